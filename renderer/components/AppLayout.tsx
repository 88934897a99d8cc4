import { Alert, Anchor, AppShell, Burger, Group, NavLink, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSessionStore } from '../stores/sessionStore';
import { SyncStatusIndicator } from '../screens/sync/SyncStatusIndicator';
import { LanguageSwitch } from './LanguageSwitch';
import { WIDE_BREAKPOINT, useWideLayout } from './useWideLayout';

const NAV = [
  { to: '/meetings', key: 'nav.meetings' },
  { to: '/directory', key: 'nav.directory' },
  { to: '/search', key: 'nav.search' },
  { to: '/profile', key: 'nav.profile' },
  { to: '/center', key: 'nav.center' },
  { to: '/backups', key: 'backups.navLabel' },
] as const;

export const NAVBAR_WIDTH = 260;
// Below WIDE_BREAKPOINT the 260-pixel column would leave the screens too little room: at
// 1366×768 and 200% zoom there are 683 CSS pixels in all. The navigation then folds behind a
// button in the header.
const NAV_ID = 'app-navigation';

/** The shell: header with the point's name, left navigation, and the current screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const pointName = useSessionStore((s) => s.profile?.pointName ?? '');
  // A point set up before the body kind was asked: documents need it, so say so everywhere.
  const kindMissing = useSessionStore((s) => s.profile !== null && s.profile.bodyKind === null);
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  const wide = useWideLayout();
  // Folded, the column is only moved off screen: inert keeps its links out of the Tab order
  // and away from screen readers until the button opens it.
  const navHidden = !wide && !navOpened;
  const burger = useRef<HTMLButtonElement>(null);
  const navRef = useRef<HTMLElement>(null);

  // Choosing a screen folds the navigation again (the new screen puts the focus on its heading).
  useEffect(() => {
    closeNav();
  }, [pathname, closeNav]);

  // Opened by its button, the navigation takes the focus on the current screen's link.
  useEffect(() => {
    if (!navOpened || wide) return;
    const links = navRef.current?.querySelectorAll<HTMLElement>('a');
    const current = navRef.current?.querySelector<HTMLElement>('a[aria-current="page"]');
    (current ?? links?.[0])?.focus();
  }, [navOpened, wide]);

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || wide || !navOpened) return;
    closeNav();
    burger.current?.focus();
  };

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{
        width: NAVBAR_WIDTH,
        breakpoint: WIDE_BREAKPOINT,
        collapsed: { mobile: !navOpened },
      }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap" miw={0}>
            <Burger
              ref={burger}
              opened={navOpened}
              onClick={toggleNav}
              hiddenFrom={WIDE_BREAKPOINT}
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={navOpened}
              aria-controls={NAV_ID}
            />
            <Title order={1} size="h3" style={{ whiteSpace: 'nowrap' }}>
              {t('app.name')}
            </Title>
            <Text c="dimmed" truncate>
              {pointName}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <SyncStatusIndicator />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        ref={navRef}
        id={NAV_ID}
        p="xs"
        component="nav"
        aria-label={t('nav.label')}
        inert={navHidden}
        onKeyDown={closeOnEscape}
      >
        {NAV.map((item) => {
          const active = pathname === item.to || pathname.startsWith(`${item.to}/`);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.key)}
              active={active}
              aria-current={active ? 'page' : undefined}
              // The same screen again changes no path: fold the navigation here too.
              onClick={closeNav}
              fz="md"
              py="sm"
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main>
        {kindMissing && pathname !== '/profile' && (
          <Alert color="yellow" mb="md" data-testid="body-kind-missing">
            {t('profile.bodyKindMissing')}{' '}
            <Anchor component={Link} to="/profile">
              {t('nav.profile')}
            </Anchor>
          </Alert>
        )}
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

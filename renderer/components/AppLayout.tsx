import { Alert, Anchor, AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSessionStore } from '../stores/sessionStore';
import { LanguageSwitch } from './LanguageSwitch';

const NAV = [
  { to: '/meetings', key: 'nav.meetings' },
  { to: '/directory', key: 'nav.directory' },
  { to: '/profile', key: 'nav.profile' },
  { to: '/backups', key: 'backups.navLabel' },
] as const;

export const NAVBAR_WIDTH = 260;

/** The shell: header with the point's name, left navigation, and the current screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const pointName = useSessionStore((s) => s.profile?.pointName ?? '');
  // A point set up before the body kind was asked: documents need it, so say so everywhere.
  const kindMissing = useSessionStore((s) => s.profile !== null && s.profile.bodyKind === null);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: NAVBAR_WIDTH, breakpoint: 0 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="md" wrap="nowrap" miw={0}>
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text c="dimmed" truncate>
              {pointName}
            </Text>
          </Group>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.label')}>
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

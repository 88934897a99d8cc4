import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnArrival } from '../../components/focus';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSessionStore } from '../../stores/sessionStore';
import { ProfileForm } from './ProfileForm';

/** Shown instead of the app until the point has a profile: reports need its name. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const profileSaved = useSessionStore((s) => s.profileSaved);
  useDocumentTitle(t('profile.firstRunTitle'));
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnArrival(heading);
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={1} ref={heading} tabIndex={-1}>
            {t('profile.firstRunTitle')}
          </Title>
          <LanguageSwitch />
        </Group>
        <Text>{t('profile.firstRunIntro')}</Text>
        <Paper withBorder p="lg">
          <ProfileForm profile={null} onSaved={profileSaved} />
        </Paper>
      </Stack>
    </Container>
  );
}

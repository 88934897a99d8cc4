import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useSessionStore } from '../../stores/sessionStore';
import { ProfileForm } from './ProfileForm';

/** Shown instead of the app until the point has a profile: reports need its name. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const profileSaved = useSessionStore((s) => s.profileSaved);
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Group justify="space-between">
          <Title order={1}>{t('profile.firstRunTitle')}</Title>
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

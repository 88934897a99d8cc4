import { Container, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ArrivalHeading } from '../../components/ArrivalHeading';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSessionStore } from '../../stores/sessionStore';
import { ProfileForm } from './ProfileForm';

/** Shown instead of the app until the point has a profile: reports need its name. */
export function FirstRunScreen() {
  const { t } = useTranslation();
  const profileSaved = useSessionStore((s) => s.profileSaved);
  useDocumentTitle(t('profile.firstRunTitle'));
  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Group justify="space-between">
          <ArrivalHeading order={1}>{t('profile.firstRunTitle')}</ArrivalHeading>
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

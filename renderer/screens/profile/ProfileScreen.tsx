import { Container, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatDateTime } from '../../format/vietnameseDate';
import { useSessionStore } from '../../stores/sessionStore';
import { ProfileForm } from './ProfileForm';

export function ProfileScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('profile.title'));
  const profile = useSessionStore((s) => s.profile);
  const profileSaved = useSessionStore((s) => s.profileSaved);
  return (
    <Container size="sm" px={0}>
      <Stack gap="md">
        <ScreenHeader title={t('profile.title')} />
        {profile && (
          <Text size="sm" c="dimmed">
            {t('profile.updatedAt', { when: formatDateTime(profile.updatedAt) })}
          </Text>
        )}
        <Paper withBorder p="lg">
          <ProfileForm profile={profile} onSaved={profileSaved} />
        </Paper>
      </Stack>
    </Container>
  );
}

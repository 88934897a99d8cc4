import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BodyKind } from '../../../shared/api/schemas';
import { documentHeading } from '../../../shared/documents/heading';

interface HeadingPreviewProps {
  bodyKind: BodyKind | null;
  parentBody: string;
  issuingBody: string;
  placeName: string;
}

/**
 * The top of every document the point will print, as the profile stands: the operator sees at
 * once which national heading the body kind gives, and how the names will read in capitals.
 */
export function HeadingPreview({
  bodyKind,
  parentBody,
  issuingBody,
  placeName,
}: HeadingPreviewProps) {
  const { t } = useTranslation();
  if (bodyKind === null) return null;
  const heading = documentHeading({ bodyKind, parentBody, issuingBody });
  return (
    <Paper withBorder p="md" aria-label={t('profile.headingPreview')} data-testid="heading-preview">
      <Text size="sm" c="dimmed" mb="xs">
        {t('profile.headingPreview')}
      </Text>
      <Group justify="space-between" align="flex-start" wrap="nowrap" ff="serif">
        <Stack gap={0} align="center" maw="45%">
          <Text size="sm">{heading.parent}</Text>
          <Text size="sm" fw={700}>
            {heading.issuer}
          </Text>
          {heading.star && <Text size="sm">*</Text>}
        </Stack>
        <Stack gap={0} align="center">
          <Text size="sm" fw={700}>
            {heading.national}
          </Text>
          {heading.motto && (
            <Text size="sm" fw={700} td="underline">
              {heading.motto}
            </Text>
          )}
          <Box mt="xs">
            <Text size="sm" fs="italic">
              {t('profile.dateLineSample', { place: placeName.trim() || '…' })}
            </Text>
          </Box>
        </Stack>
      </Group>
    </Paper>
  );
}

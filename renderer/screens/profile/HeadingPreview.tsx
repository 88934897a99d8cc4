import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BodyKind } from '../../../shared/api/schemas';
import { documentHeading } from '../../../shared/documents/heading';
import { DocumentHeadingView } from '../../components/DocumentHeadingView';

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
      <DocumentHeadingView
        heading={heading}
        dateLine={t('profile.dateLineSample', { place: placeName.trim() || '…' })}
      />
    </Paper>
  );
}

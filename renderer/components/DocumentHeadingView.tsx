import { Box, Group, Stack, Text } from '@mantine/core';
import type { MantineSize } from '@mantine/core';
import type { DocumentHeading } from '../../shared/documents/heading';

/** Times New Roman where installed, else its metric twins: what the printed document uses. */
export const DOCUMENT_FONT = '"Times New Roman", Tinos, "Liberation Serif", serif';

interface DocumentHeadingViewProps {
  heading: DocumentHeading;
  dateLine: string;
  size?: MantineSize;
}

/**
 * The top of a document as printed: the issuing body on the left (a star under it in the Party
 * layout), the national heading on the right with the motto underlined, the place and date
 * line under it in italics. One drawing for the profile's sample and the report's preview.
 */
export function DocumentHeadingView({ heading, dateLine, size = 'sm' }: DocumentHeadingViewProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" ff={DOCUMENT_FONT}>
      <Stack gap={0} align="center" maw="45%">
        <Text size={size} ta="center">
          {heading.parent}
        </Text>
        <Text size={size} fw={700} ta="center">
          {heading.issuer}
        </Text>
        {heading.star && <Text size={size}>*</Text>}
      </Stack>
      <Stack gap={0} align="center">
        {/* The Party heading carries a solid rule of its own length (Hướng dẫn 36-HD/VPTW). */}
        <Text
          size={size}
          fw={700}
          ta="center"
          style={heading.layout === 'party' ? { borderBottom: '1px solid' } : undefined}
        >
          {heading.national}
        </Text>
        {heading.motto && (
          <Text size={size} fw={700} td="underline">
            {heading.motto}
          </Text>
        )}
        <Box mt="xs">
          <Text size={size} fs="italic">
            {dateLine}
          </Text>
        </Box>
      </Stack>
    </Group>
  );
}

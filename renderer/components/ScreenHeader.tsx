import { Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A screen's title with its actions on the right. The actions never shrink: a long title wraps
 * instead, so every button keeps its full label at 1366×768.
 */
export function ScreenHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <Title order={2}>{title}</Title>
      {children && (
        <Group gap="sm" style={{ flexShrink: 0 }}>
          {children}
        </Group>
      )}
    </Group>
  );
}

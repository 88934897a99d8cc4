import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { ArrivalHeading } from './ArrivalHeading';

/**
 * A screen's title with its actions on the right. The actions never shrink: a long title wraps
 * instead, so every button keeps its full label at 1366×768; where the title and the actions
 * cannot share a line (200% zoom), the actions move under the title and wrap there, so nothing
 * runs off the side of the window.
 *
 * The heading takes the focus when the screen opens with the focus nowhere (ArrivalHeading).
 */
export function ScreenHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <ArrivalHeading order={2} style={{ flex: '1 1 18rem', minWidth: 0 }}>
        {title}
      </ArrivalHeading>
      {children && (
        <Group gap="sm" style={{ flex: '0 1 auto' }}>
          {children}
        </Group>
      )}
    </Group>
  );
}

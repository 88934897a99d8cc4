/** Statuses that need one more fact before they can be recorded. */
export type DialogStatus = 'late' | 'left_early' | 'absent_excused' | 'substituted';

export function needsDialog(status: string): status is DialogStatus {
  return (
    status === 'late' ||
    status === 'left_early' ||
    status === 'absent_excused' ||
    status === 'substituted'
  );
}

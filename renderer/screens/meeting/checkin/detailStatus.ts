/** Statuses that need one more fact before they can be recorded (asked under the row). */
export type DetailStatus = 'late' | 'left_early' | 'absent_excused' | 'substituted';

export function needsDetails(status: string): status is DetailStatus {
  return (
    status === 'late' ||
    status === 'left_early' ||
    status === 'absent_excused' ||
    status === 'substituted'
  );
}

/**
 * Operators type times the way they say them: "8:30", "830", "8h30", "08.30". All of these
 * become "08:30", the 24-hour HH:mm the core stores. Anything else is returned unchanged so the
 * core can reject it with a message beside the field.
 */
export function normalizeClock(input: string): string {
  const text = input.trim().toLowerCase();
  if (text === '') return '';
  const separated = /^(\d{1,2})\s*[:.hg]\s*(\d{2})?$/.exec(text);
  const compact = /^(\d{1,2})(\d{2})$/.exec(text);
  const hourOnly = /^(\d{1,2})$/.exec(text);
  let hours: number;
  let minutes: number;
  if (separated) {
    hours = Number(separated[1]);
    minutes = separated[2] === undefined ? 0 : Number(separated[2]);
  } else if (compact) {
    hours = Number(compact[1]);
    minutes = Number(compact[2]);
  } else if (hourOnly) {
    hours = Number(hourOnly[1]);
    minutes = 0;
  } else {
    return input;
  }
  if (hours > 23 || minutes > 59) return input;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

import { foldText } from '../text/fold';

/**
 * Times of day as operators type them, read into the 24-hour "HH:MM" the core stores.
 *
 * The rule that matters: never store a time the operator did not mean. A reading is accepted
 * only when every part of the input agrees on one time; anything else is refused with a reason
 * (an i18n key) and what was understood, so the field can say what it read instead of
 * guessing. Rules, each with its reason:
 *
 * - Digits with a separator or an hour word are hours then minutes: "14:30", "14.30",
 *   "14h30", "14g30", "14 giờ 30", "14 giờ 30 phút", "8h5" (= 08:05, as "8 giờ 5 phút" is
 *   said). After ":" or "." the minutes must have two digits: "8:5" could be 08:05 or 08:50.
 * - Three or four digits alone are HHMM ("830", "1430"), as the earlier field accepted;
 *   one or two digits alone are the hour ("8" = 08:00).
 * - Without a day-period word the hour is read as written, in 24-hour notation, which is how
 *   times are written in the room's documents: "2:00" and "2 giờ" are 02:00. The field then
 *   shows "02:00 (2 giờ sáng)", so an operator who meant the afternoon sees it before saving.
 * - A day-period word ("sáng", "trưa", "chiều", "tối", "đêm", optionally after "buổi") or
 *   "AM"/"PM" ("a.m.", "p.m."), or Windows' Vietnamese "SA"/"CH", chooses between the two
 *   readings of an hour from 1 to 12 (h or h+12). The reading must fall in the period's hours
 *   (PERIOD_HOURS); when neither does ("13 giờ sáng", "5 giờ đêm", "8 giờ chiều"), the input
 *   contradicts itself and is refused rather than resolved by preferring one of the two parts.
 *   A 24-hour hour with a matching period ("14 giờ chiều", "20 giờ tối") is accepted.
 * - Twelve: "12 giờ" alone is 12:00; "12 giờ trưa" is 12:00 and "12 giờ đêm" 00:00, as said in
 *   Vietnamese. "12 giờ sáng" has no agreed meaning, and "12 AM"/"12 PM" (also "SA"/"CH") are
 *   misread often enough that style guides advise against them; all are refused, asking for
 *   12:00 or 00:00.
 * - "rưỡi" is half past: "2 giờ rưỡi chiều" = 14:30, "2 rưỡi" = 02:30.
 * - "kém" is minutes before the named hour, and a period word describes that named hour:
 *   "3 giờ kém 15" = 02:45, "3 giờ kém 15 chiều" = 14:45 (15:00 less 15 minutes),
 *   "12 giờ kém 15 trưa" = 11:45. Going back past midnight ("0 giờ kém 5") would change the
 *   date, so it is refused.
 * - "24:00" / "24 giờ" (used in notices for the end of a day) would have to become 00:00 of the
 *   next day, which the date field does not say, so it is refused with its own reason.
 * - Accents are optional ("2 gio chieu"), case does not matter, full-width digits and colons
 *   count (NFKC), spaces are free ("14 : 30", "2h chiều", "2giờchiều"), and "lúc" may lead.
 *   Nothing else is skipped: an unknown word makes the whole input unreadable, because
 *   ignoring it could ignore the part that changes the meaning.
 */

export type DayPeriod = 'sang' | 'trua' | 'chieu' | 'toi' | 'dem';
export type ClockMarker = DayPeriod | 'am' | 'pm' | 'sa' | 'ch';

export type ClockRefusalReason =
  | 'clock.errors.empty'
  | 'clock.errors.unreadable'
  | 'clock.errors.hourOutOfRange'
  | 'clock.errors.minuteOutOfRange'
  | 'clock.errors.endOfDay'
  | 'clock.errors.periodMismatch'
  | 'clock.errors.twelveAmbiguous'
  | 'clock.errors.beforeMidnight';

/** The parts read from a refused input, as typed (before any period was applied). */
export interface ClockUnderstood {
  hour: number;
  /** Minutes past the hour as typed; null when none were. */
  minute: number | null;
  /** Minutes of "kém" (before the hour); null when there was no "kém". */
  less: number | null;
  marker: ClockMarker | null;
}

export type ClockParse =
  | { ok: true; value: string }
  | { ok: false; reason: ClockRefusalReason; understood?: ClockUnderstood };

const span = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The 24-hour hours each marker can describe. Generous where usage varies ("2 giờ trưa" is
 * common in the South, "9 giờ đêm" and "1 giờ đêm" are both said), never so wide that a period
 * holds both h and h+12, so a period word always picks at most one reading (a test checks it).
 */
export const PERIOD_HOURS: Readonly<Record<ClockMarker, readonly number[]>> = {
  sang: span(0, 11),
  trua: span(11, 14),
  chieu: span(13, 19),
  toi: span(18, 23),
  dem: [21, 22, 23, 0, 1, 2, 3, 4],
  am: span(0, 11),
  sa: span(0, 11),
  pm: span(12, 23),
  ch: span(12, 23),
};

/** Markers with which 12 has no reading everybody agrees on (see the rules above). */
const TWELVE_AMBIGUOUS: ReadonlySet<ClockMarker> = new Set(['sang', 'am', 'sa', 'pm', 'ch']);

const MARKERS: readonly ClockMarker[] = [
  'sang',
  'trua',
  'chieu',
  'toi',
  'dem',
  'am',
  'pm',
  'sa',
  'ch',
];
const HOUR_WORDS = ['gio', 'h', 'g'] as const;
const MINUTE_WORDS = ['phut', 'ph', 'p'] as const;
/** Every word the parser knows, longest first, so "sang" is never read as "sa" + "ng". */
const VOCABULARY = [...MARKERS, ...HOUR_WORDS, ...MINUTE_WORDS, 'ruoi', 'kem', 'luc', 'buoi'].sort(
  (a, b) => b.length - a.length,
);

type Token = { kind: 'num'; digits: string } | { kind: 'word'; word: string } | { kind: 'sep' };

/** Folded text → tokens, or null when some character or word is not part of a time. */
function tokenize(folded: string): Token[] | null {
  // "a.m." / "p. m." → "am" / "pm" before dots become separators.
  const text = folded.replace(/(?<![a-z])([ap])\s*\.\s*m(?![a-z])\.?/g, '$1m');
  const tokens: Token[] = [];
  for (const [piece] of text.matchAll(/\d+|[a-z]+|[:.]|\S/g)) {
    if (/^\d/.test(piece)) tokens.push({ kind: 'num', digits: piece });
    else if (piece === ':' || piece === '.') tokens.push({ kind: 'sep' });
    else if (/^[a-z]/.test(piece)) {
      // Words typed together ("giochieu", "hchieu") are split into known words, or refused.
      let rest = piece;
      while (rest !== '') {
        const word = VOCABULARY.find((w) => rest.startsWith(w));
        if (!word) return null;
        tokens.push({ kind: 'word', word });
        rest = rest.slice(word.length);
      }
    } else return null;
  }
  return tokens;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The displayed and stored form: "14:30". */
export function formatClock24(hour: number, minute: number): string {
  return `${pad2(hour)}:${pad2(minute)}`;
}

const CANONICAL = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hour and minute of a stored "HH:MM", or null when it is not one. */
export function clockParts(value: string): { hour: number; minute: number } | null {
  const m = CANONICAL.exec(value);
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

export function parseClock(input: string): ClockParse {
  const folded = foldText(input.normalize('NFKC'));
  if (folded === '') return { ok: false, reason: 'clock.errors.empty' };
  const unreadable: ClockParse = { ok: false, reason: 'clock.errors.unreadable' };
  const tokens = tokenize(folded);
  if (!tokens) return unreadable;

  let i = 0;
  const takeWord = <W extends string>(words: readonly W[]): W | null => {
    const t = tokens[i];
    if (t?.kind === 'word' && (words as readonly string[]).includes(t.word)) {
      i++;
      return t.word as W;
    }
    return null;
  };
  const takeNumber = (maxDigits: number): { value: number; digits: number } | null => {
    const t = tokens[i];
    if (t?.kind !== 'num' || t.digits.length > maxDigits) return null;
    i++;
    return { value: Number(t.digits), digits: t.digits.length };
  };

  takeWord(['luc']);
  const first = takeNumber(4);
  if (!first) return unreadable;
  let hour: number;
  let minute: number | null = null;
  let less: number | null = null;
  if (first.digits >= 3) {
    // "830", "1430": HHMM. Nothing but a period may follow.
    hour = Math.floor(first.value / 100);
    minute = first.value % 100;
  } else {
    hour = first.value;
    if (tokens[i]?.kind === 'sep') {
      i++;
      const m = takeNumber(2);
      if (!m || m.digits !== 2) return unreadable;
      minute = m.value;
    } else {
      const hourWord = takeWord(HOUR_WORDS);
      if (takeWord(['ruoi'])) minute = 30;
      else if (takeWord(['kem'])) {
        const k = takeNumber(2);
        if (!k) return unreadable;
        less = k.value;
        takeWord(MINUTE_WORDS);
      } else if (hourWord) {
        const m = takeNumber(2);
        if (m) {
          minute = m.value;
          takeWord(MINUTE_WORDS);
        }
      }
    }
  }
  const buoi = takeWord(['buoi']);
  const marker = takeWord(MARKERS);
  if (buoi && !marker) return unreadable;
  if (i !== tokens.length) return unreadable;

  const understood: ClockUnderstood = { hour, minute, less, marker };
  const refuse = (reason: ClockRefusalReason): ClockParse => ({ ok: false, reason, understood });
  if (hour > 24) return refuse('clock.errors.hourOutOfRange');
  if (minute !== null && minute > 59) return refuse('clock.errors.minuteOutOfRange');
  if (less !== null && (less < 1 || less > 59)) return refuse('clock.errors.minuteOutOfRange');
  if (hour === 24) {
    return refuse(
      (minute ?? 0) === 0 && less === null
        ? 'clock.errors.endOfDay'
        : 'clock.errors.hourOutOfRange',
    );
  }

  let hour24 = hour;
  if (marker) {
    if (hour === 12 && TWELVE_AMBIGUOUS.has(marker)) return refuse('clock.errors.twelveAmbiguous');
    const readings = hour >= 1 && hour <= 12 ? [hour, (hour + 12) % 24] : [hour];
    const fitting = readings.filter((h) => PERIOD_HOURS[marker].includes(h));
    // Never two fitting readings (PERIOD_HOURS is built so); none means a contradiction.
    if (fitting.length !== 1) return refuse('clock.errors.periodMismatch');
    hour24 = fitting[0]!;
  }
  const total = hour24 * 60 + (minute ?? 0) - (less ?? 0);
  if (total < 0) return refuse('clock.errors.beforeMidnight');
  return { ok: true, value: formatClock24(Math.floor(total / 60), total % 60) };
}

/**
 * The day period a time is spoken with: 00:xx and 23:xx "đêm", 01–10 "sáng", 11–12 "trưa",
 * 13–17 "chiều", 18–22 "tối". Each lies inside the parser's hours for that word, so every
 * spoken form reads back to its time.
 */
export function spokenPeriod(hour: number): DayPeriod {
  if (hour === 0 || hour === 23) return 'dem';
  if (hour <= 10) return 'sang';
  if (hour <= 12) return 'trua';
  if (hour <= 17) return 'chieu';
  return 'toi';
}

const PERIOD_WORDS: Readonly<Record<DayPeriod, string>> = {
  sang: 'sáng',
  trua: 'trưa',
  chieu: 'chiều',
  toi: 'tối',
  dem: 'đêm',
};

/** The 12-hour parts of a stored time, for spoken forms in either language. */
export function spokenParts(value: string): {
  hour12: number;
  minute: number;
  period: DayPeriod;
  half: 'am' | 'pm';
} {
  const parts = clockParts(value);
  if (!parts) throw new RangeError(`not a HH:MM time: ${value}`);
  const { hour, minute } = parts;
  return {
    hour12: hour % 12 === 0 ? 12 : hour % 12,
    minute,
    period: spokenPeriod(hour),
    half: hour < 12 ? 'am' : 'pm',
  };
}

/**
 * How the time is said in the room, for the confirmation beside the field: "2 giờ 30 chiều",
 * "2 giờ chiều", "8 giờ 05 sáng", "12 giờ trưa", "12 giờ đêm" (00:00).
 */
export function spokenClock(value: string): string {
  const { hour12, minute, period } = spokenParts(value);
  const minutes = minute === 0 ? '' : ` ${pad2(minute)}`;
  return `${hour12} giờ${minutes} ${PERIOD_WORDS[period]}`;
}

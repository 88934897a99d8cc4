import type { ReportContent, ReportSpeech } from './content';
import { dateLine } from '../documents/dateLine';
import { localDate } from '../time/localDate';
import { CENTER_ORIGIN, INCIDENT_WORDS, STATUS_WORDS } from './wording';

/**
 * The summary report as the document reads: numbered sections of Vietnamese prose made from
 * the structured content. Pure, so the preview on screen and the exports print the same words.
 * Items the operator wrote (conclusions, recommendations, tasks) stay Markdown; the rest is
 * plain text.
 */

type Attendance = ReportContent['attendance'];
type Person = { name: string; position: string };

/** A paragraph of prose, or a list of the operator's items (Markdown), each on its own line. */
export type ReportBlock = { kind: 'paragraph'; text: string } | { kind: 'items'; items: string[] };

export interface ReportSection {
  /** "I", "II"… */
  number: string;
  heading: string;
  blocks: ReportBlock[];
}

export interface ReportDocument {
  dateLine: string;
  title: string;
  subtitle: string;
  sections: ReportSection[];
}

/** "HH:MM" of an instant where the meeting was held; the machine's local time by default. */
export type ClockOf = (instant: string) => string;

export const localClock: ClockOf = (instant) => {
  const d = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Number.isNaN(d.getTime()) ? '' : `${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

const ROMAN: [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** Section numbers: 1 → "I", 14 → "XIV" (a report never has forty sections). */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

const sentence = (text: string) => {
  const t = text.trim();
  if (t === '') return '';
  const capital = t.charAt(0).toLocaleUpperCase('vi') + t.slice(1);
  return /[.!?…:]$/.test(capital) ? capital : `${capital}.`;
};

/** "08:30" → "08 giờ 30", as documents write the time of day. */
export function documentClock(clock: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(clock);
  return m ? `${m[1]} giờ ${m[2]}` : clock;
}

/** "2026-01-05" → "05/01/2026": deadlines inside a sentence. */
export function shortDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** 750 → "12 phút 30 giây"; 3900 → "1 giờ 05 phút"; whole minutes drop the seconds. */
export function durationText(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} giây`;
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const secs = s % 60;
  if (hours > 0) return `${hours} giờ ${String(minutes).padStart(2, '0')} phút`;
  return secs === 0 ? `${minutes} phút` : `${minutes} phút ${secs} giây`;
}

/** "đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy"; a person with no name is named by the post. */
export function comrade(p: Person): string {
  const name = p.name.trim();
  const position = p.position.trim();
  if (!name) return position ? `đồng chí ${position}` : '';
  return position ? `đồng chí ${name}, ${position}` : `đồng chí ${name}`;
}

/**
 * "Kết quả tham dự hội nghị trực tuyến …": a title that already says "Hội nghị …" is kept as
 * written (it is the meeting's name), any other is put after "hội nghị trực tuyến".
 */
export function reportSubtitle(title: string): string {
  const t = title.trim();
  if (t === '') return 'Kết quả tham dự hội nghị trực tuyến';
  return /^hội nghị(\s|$)/iu.test(t)
    ? `Kết quả tham dự ${t}`
    : `Kết quả tham dự hội nghị trực tuyến ${t}`;
}

/** "Ngày 05 tháng 01 năm 2026, từ 08 giờ 00 đến 11 giờ 30, Ban Chấp hành Trung ương tổ chức …" */
export function meetingSentence(m: ReportContent['meeting']): string {
  const when = m.endTime
    ? `từ ${documentClock(m.startTime)} đến ${documentClock(m.endTime)}`
    : `lúc ${documentClock(m.startTime)}`;
  const host = m.centerHost.trim();
  const what = m.title.trim() || 'hội nghị trực tuyến';
  const point = m.pointName.trim();
  return sentence(
    `${dateLine('', m.date)}, ${when}, ${host ? `${host} tổ chức ` : ''}${what}` +
      (point ? `; ${point} tham dự theo hình thức trực tuyến` : ''),
  );
}

/** Who chaired, at the center and at this point. */
export function chairSentences(chairs: ReportContent['chairs'], pointName: string): string[] {
  const out: string[] = [];
  const center = chairs.center.map(comrade).filter(Boolean);
  if (center.length > 0) out.push(sentence(`Chủ trì tại ${CENTER_ORIGIN}: ${center.join('; ')}`));
  const local = chairs.local ? comrade(chairs.local) : '';
  if (local) out.push(sentence(`Chủ trì tại ${pointName.trim() || 'điểm cầu'}: ${local}`));
  return out;
}

/**
 * "Dự tại điểm cầu có đồng chí A, Bí thư Tỉnh ủy; đồng chí B, …; cùng các đồng chí: Lãnh đạo
 * sở, ban, ngành (12 đồng chí)." The named leaders in order, then the others counted by group.
 */
export function attendeesSentence(a: Pick<Attendance, 'leaders' | 'others'>): string {
  const named = a.leaders.map(comrade).filter(Boolean);
  const others = a.others
    .filter((o) => o.count > 0)
    .map((o) => `${o.group.trim() || 'Đại biểu khác'} (${o.count} đồng chí)`);
  if (named.length === 0 && others.length === 0) return '';
  const parts: string[] = [];
  if (named.length > 0) parts.push(`Dự tại điểm cầu có ${named.join('; ')}`);
  if (others.length > 0)
    parts.push(
      `${named.length > 0 ? 'cùng' : 'Dự tại điểm cầu có'} các đồng chí: ${others.join('; ')}`,
    );
  return sentence(parts.join('; '));
}

const STATUS_ORDER = [
  'present',
  'late',
  'substituted',
  'left_early',
  'absent_excused',
  'absent',
  'pending',
] as const;

/**
 * "Tổng số đại biểu được mời: 25; dự tại điểm cầu: 20 đồng chí (có mặt 14, đến muộn 2, …);
 * vắng có lý do 3, …". Statuses nobody has are left out.
 */
export function countsSentence(a: Pick<Attendance, 'invited' | 'attending' | 'byStatus'>): string {
  const count = (s: (typeof STATUS_ORDER)[number]) => a.byStatus[s] ?? 0;
  const attending = STATUS_ORDER.slice(0, 4)
    .filter((s) => count(s) > 0)
    .map((s) => `${STATUS_WORDS[s]} ${count(s)}`);
  const rest = STATUS_ORDER.slice(4)
    .filter((s) => count(s) > 0)
    .map((s) => `${STATUS_WORDS[s]} ${count(s)}`);
  return sentence(
    [
      `Tổng số đại biểu được mời: ${a.invited} đồng chí`,
      `dự tại điểm cầu: ${a.attending} đồng chí${attending.length ? ` (${attending.join(', ')})` : ''}`,
      ...rest,
    ].join('; '),
  );
}

/** "Vắng có lý do: đồng chí A, … (đi công tác); …" — one sentence for each kind of absence. */
export function absenceSentences(absences: Attendance['absences']): string[] {
  const line = (list: Attendance['absences']) =>
    list
      .map((p) => {
        const who = comrade(p);
        const reason = p.reason.trim();
        return reason
          ? `${who} (${reason.charAt(0).toLocaleLowerCase('vi')}${reason.slice(1)})`
          : who;
      })
      .filter(Boolean)
      .join('; ');
  const out: string[] = [];
  const excused = line(absences.filter((p) => p.excused));
  const unexcused = line(absences.filter((p) => !p.excused));
  if (excused) out.push(sentence(`Vắng có lý do: ${excused}`));
  if (unexcused) out.push(sentence(`Vắng không lý do: ${unexcused}`));
  return out;
}

/** "Đồng chí C, … dự thay đồng chí A, …" */
export function substituteSentences(subs: Attendance['substitutes']): string[] {
  return subs
    .map((s) => {
      const who = comrade(s);
      const forWhom = comrade({ name: s.forName, position: s.forPosition });
      return who && forWhom ? sentence(`${who} dự thay ${forWhom}`) : '';
    })
    .filter(Boolean);
}

/**
 * "08 giờ 15, đồng chí Tô Lâm, Tổng Bí thư (Điểm cầu Trung ương) phát biểu về …; thời lượng
 * 20 phút." Whatever is missing is left out rather than guessed.
 */
export function speechSentence(s: ReportSpeech, clockOf: ClockOf = localClock): string {
  const at = s.startedAt ? clockOf(s.startedAt) : '';
  const who = comrade({ name: s.speaker, position: s.position }) || 'đại diện';
  const origin = s.origin.trim() ? ` (${s.origin.trim()})` : '';
  const topic = s.topic.trim() ? ` về ${s.topic.trim()}` : '';
  const duration =
    s.durationSeconds !== null && s.durationSeconds > 0
      ? `; thời lượng ${durationText(s.durationSeconds)}`
      : '';
  return sentence(
    `${at ? `${documentClock(at)}, ` : ''}${who}${origin} phát biểu${topic}${duration}`,
  );
}

/** The course of the meeting: speeches in order, the agenda item named where it changes. */
export function courseBlocks(speeches: readonly ReportSpeech[], clockOf: ClockOf = localClock) {
  const blocks: ReportBlock[] = [];
  let agenda = '';
  for (const s of speeches) {
    const item = s.agendaItem.trim();
    if (item && item !== agenda)
      blocks.push({ kind: 'paragraph', text: sentence(`Nội dung: ${item}`) });
    agenda = item || agenda;
    blocks.push({ kind: 'paragraph', text: speechSentence(s, clockOf) });
  }
  return blocks;
}

/** The task's text (Markdown), then who carries it out and by when. */
export function taskText(t: ReportContent['tasks'][number]): string {
  const extra = [
    t.owner.trim() ? `Đơn vị thực hiện: ${t.owner.trim()}` : '',
    t.deadline ? `thời hạn: ${shortDate(t.deadline)}` : '',
  ].filter(Boolean);
  return extra.length ? `${t.text.trim()} (${extra.join('; ')})` : t.text.trim();
}

/** "Mất tiếng từ 09 giờ 10 đến 09 giờ 12: …"; an incident never closed says so. */
export function incidentSentence(
  i: ReportContent['incidents'][number],
  clockOf: ClockOf = localClock,
): string {
  const from = documentClock(clockOf(i.startedAt));
  const span = i.endedAt
    ? `từ ${from} đến ${documentClock(clockOf(i.endedAt))}`
    : `từ ${from} (không ghi nhận thời điểm khắc phục)`;
  const note = i.note.trim() ? `: ${i.note.trim()}` : '';
  return sentence(`${INCIDENT_WORDS[i.kind]} ${span}${note}`);
}

/** The date the report bears: when it was finalized, else when saved, else today. */
export function reportIssueDate(
  revision: { savedAt: string; finalizedAt: string | null } | null,
  now: Date,
): string {
  const at = revision ? (revision.finalizedAt ?? revision.savedAt) : null;
  return localDate(at ? new Date(at) : now);
}

const paragraphs = (texts: readonly string[]): ReportBlock[] =>
  texts.filter((t) => t !== '').map((text) => ({ kind: 'paragraph', text }));

const items = (list: readonly string[]): ReportBlock[] => {
  const kept = list.map((t) => t.trim()).filter((t) => t !== '');
  return kept.length ? [{ kind: 'items', items: kept }] : [];
};

/**
 * The whole document. Sections with nothing to say are left out (and the rest numbered on),
 * except the technical one: "no incident" is itself news to the center.
 */
export function reportDocument(
  c: ReportContent,
  options: { issuedOn: string; clockOf?: ClockOf },
): ReportDocument {
  const clockOf = options.clockOf ?? localClock;
  const a = c.attendance;
  const drafts: { heading: string; blocks: ReportBlock[] }[] = [
    {
      heading: 'Thông tin chung',
      blocks: paragraphs([
        meetingSentence(c.meeting),
        ...chairSentences(c.chairs, c.meeting.pointName),
      ]),
    },
    {
      heading: 'Thành phần tham dự tại điểm cầu',
      blocks: paragraphs([
        attendeesSentence(a),
        ...substituteSentences(a.substitutes),
        countsSentence(a),
        ...absenceSentences(a.absences),
      ]),
    },
    {
      heading: 'Diễn biến hội nghị',
      blocks: [
        ...courseBlocks(c.speeches, clockOf),
        ...(c.opinions.some((o) => o.text.trim())
          ? [
              { kind: 'paragraph' as const, text: 'Các ý kiến tại hội nghị:' },
              ...items(c.opinions.map((o) => o.text)),
            ]
          : []),
      ],
    },
    {
      heading: 'Kết luận của đồng chí chủ trì hội nghị',
      blocks: items(c.conclusions.map((i) => i.text)),
    },
    {
      heading: 'Kiến nghị, đề xuất của địa phương',
      blocks: items(c.recommendations.map((i) => i.text)),
    },
    {
      heading: 'Nhiệm vụ được giao',
      blocks: items(c.tasks.filter((t) => t.text.trim()).map(taskText)),
    },
    {
      heading: 'Tình hình kỹ thuật tại điểm cầu',
      blocks: c.incidents.length
        ? paragraphs(c.incidents.map((i) => incidentSentence(i, clockOf)))
        : paragraphs(['Đường truyền ổn định, không xảy ra sự cố kỹ thuật.']),
    },
    {
      heading: 'Ý kiến khác',
      blocks: c.remarks.trim() ? [{ kind: 'items', items: [c.remarks.trim()] }] : [],
    },
  ];
  const sections = drafts
    .filter((d) => d.blocks.length > 0)
    .map((d, i) => ({ number: romanNumeral(i + 1), heading: d.heading, blocks: d.blocks }));
  return {
    dateLine: dateLine(c.meeting.placeName, options.issuedOn),
    title: 'BÁO CÁO',
    subtitle: reportSubtitle(c.meeting.title),
    sections,
  };
}

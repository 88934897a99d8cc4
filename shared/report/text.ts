import type { ReportContent } from './content';

/**
 * The report's words as one text, for the full-text index and search excerpts: what the
 * operator wrote or may look for, not the figures.
 */
export function reportSearchText(c: ReportContent): string {
  const people = (list: readonly { name: string; position: string }[]) =>
    list.map((p) => `${p.name}, ${p.position}`);
  return [
    c.meeting.title,
    c.meeting.centerHost,
    ...people(c.chairs.center),
    ...(c.chairs.local ? people([c.chairs.local]) : []),
    ...people(c.attendance.leaders),
    ...c.attendance.absences.map((a) => `${a.name}, ${a.position} ${a.reason}`),
    ...c.speeches.map((s) => `${s.speaker}, ${s.position}, ${s.origin}: ${s.topic}`),
    ...c.opinions.map((i) => i.text),
    ...c.conclusions.map((i) => i.text),
    ...c.recommendations.map((i) => i.text),
    ...c.tasks.map((t) => `${t.text} ${t.owner}`),
    ...c.incidents.map((i) => i.note),
    c.remarks,
  ]
    .filter((t) => t.trim() !== '')
    .join('\n');
}

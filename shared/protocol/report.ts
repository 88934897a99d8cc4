import { z } from 'zod';
import { ATTENDANCE_STATUSES } from '../api/schemas';
import { ATTENDING_STATUSES } from '../attendance/headcount';
import { INCIDENT_KINDS } from '../notes/model';
import { pointCode, wireDate, wireId, wireInstant, wireText } from './fields';

/**
 * One revision of a point's report as the center receives it (protocol version 1). The desktop
 * fills it from its structured report (shared/report/content.ts) and its attendance; every
 * string and list is bounded so a revision has a known worst case, and the whole canonical text
 * is capped at MAX_PAYLOAD_BYTES.
 */

export const PROTOCOL_VERSION = 1;

/** Canonical UTF-8 bytes of one revision, at most. */
export const MAX_PAYLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_ATTENDANCE_LIST = 3000;
export const MAX_REPORT_ITEMS = 500;

const count = z.number().int().min(0).max(1_000_000);

export const attendanceStatusSchema = z.enum(ATTENDANCE_STATUSES);
export const incidentKindSchema = z.enum(INCIDENT_KINDS);

export const attendanceEntrySchema = z
  .object({
    /** Place in the list as printed (protocol order), from 1. */
    order: z.number().int().min(1).max(1_000_000),
    name: wireText(120),
    position: wireText(200),
    unit: wireText(200),
    group: wireText(200),
    status: attendanceStatusSchema,
    checkedInAt: wireInstant.nullable(),
    note: wireText(500),
  })
  .strict();

export const reportSpeechSchema = z
  .object({
    speaker: wireText(120),
    position: wireText(200),
    /** As printed: "Trung ương", "Điểm cầu tỉnh Đắk Lắk". */
    origin: wireText(200),
    originKind: z.enum(['center', 'local', 'point']),
    topic: wireText(300),
    agendaItem: wireText(300),
    startedAt: wireInstant.nullable(),
    durationSeconds: z.number().int().min(0).max(86_400).nullable(),
  })
  .strict();

export const reportTaskSchema = z
  .object({ text: wireText(5000), owner: wireText(200), deadline: wireDate.nullable() })
  .strict();

export const reportIncidentSchema = z
  .object({
    kind: incidentKindSchema,
    startedAt: wireInstant,
    endedAt: wireInstant.nullable(),
    note: wireText(500),
  })
  .strict();

export const reportRevisionPayloadSchema = z
  .object({
    protocol: z.literal(PROTOCOL_VERSION),
    pointCode,
    meeting: z
      .object({
        /** The center's meeting id when the meeting was pulled from the center, else null. */
        centerMeetingId: wireId.nullable(),
        localId: wireId,
        title: wireText(300),
        startsAt: wireInstant,
      })
      .strict(),
    /** The desktop's report id: with pointCode and revision, the revision's permanent key. */
    reportId: wireId,
    revision: z.number().int().min(1).max(1_000_000),
    generatedAt: wireInstant,
    appVersion: wireText(40),
    attendance: z
      .object({
        byStatus: z.record(attendanceStatusSchema, count),
        byGroup: z
          .array(z.object({ group: wireText(200), invited: count, attending: count }).strict())
          .max(MAX_REPORT_ITEMS),
        list: z.array(attendanceEntrySchema).max(MAX_ATTENDANCE_LIST),
      })
      .strict(),
    speeches: z.array(reportSpeechSchema).max(MAX_REPORT_ITEMS),
    /** The report's prose, Markdown. */
    summary: wireText(100_000),
    conclusions: z.array(wireText(5000)).max(MAX_REPORT_ITEMS),
    recommendations: z.array(wireText(5000)).max(MAX_REPORT_ITEMS),
    tasks: z.array(reportTaskSchema).max(MAX_REPORT_ITEMS),
    incidents: z.array(reportIncidentSchema).max(MAX_REPORT_ITEMS),
  })
  .strict();

export type ReportRevisionPayload = z.infer<typeof reportRevisionPayloadSchema>;
export type AttendanceEntry = z.infer<typeof attendanceEntrySchema>;

/** Headcounts the center shows for a revision, counted as the desktop counts them. */
export function headcounts(payload: Pick<ReportRevisionPayload, 'attendance'>): {
  invited: number;
  attending: number;
} {
  const by = payload.attendance.byStatus as Record<string, number>;
  const invited = Object.values(by).reduce((a, b) => a + b, 0);
  const attending = [...ATTENDING_STATUSES].reduce((a, s) => a + (by[s] ?? 0), 0);
  return { invited, attending };
}

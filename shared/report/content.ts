import { z } from 'zod';
import { blockText, id, isoDate, clockTime, instant, optionalText } from '../api/fields';
import { AttendanceStatus } from '../api/schemas';
import { INCIDENT_KINDS } from '../notes/model';

/**
 * The meeting's summary report as structured data: what the draft generator produces, what the
 * operator edits, what the exports print and what the center receives. Every text in it is
 * cleaned on the way in, like any other input; the lists keep the order the operator gives.
 */

/** Bumped when the shape changes, so the center can read reports from older points. */
export const REPORT_SCHEMA_VERSION = 1;

const MAX_ITEMS = 500;
const line = (max = 300) => optionalText(max);
const para = blockText(5000);

const PersonLine = z.object({ name: line(120), position: line(200) }).strict();

export const ReportSpeech = z
  .object({
    speaker: line(120),
    position: line(200),
    /** As printed: "Trung ương", "Điểm cầu tỉnh Đắk Lắk", "Điểm cầu Thanh Hóa". */
    origin: line(200),
    originKind: z.enum(['center', 'local', 'point']),
    topic: line(300),
    agendaItem: line(300),
    startedAt: instant.nullable(),
    durationSeconds: z.number().int().min(0).nullable(),
  })
  .strict();

export const ReportItem = z.object({ text: para }).strict();
export const ReportTask = z
  .object({ text: para, owner: line(200), deadline: isoDate.nullable() })
  .strict();
export const ReportIncident = z
  .object({
    kind: z.enum(INCIDENT_KINDS),
    startedAt: instant,
    endedAt: instant.nullable(),
    note: line(500),
  })
  .strict();

const count = z.number().int().min(0);

export const ReportContent = z
  .object({
    schema: z.literal(REPORT_SCHEMA_VERSION),
    meeting: z
      .object({
        id,
        title: line(300),
        centerHost: line(200),
        date: isoDate,
        startTime: clockTime,
        endTime: clockTime.nullable(),
        pointName: line(200),
        pointCode: line(32),
        placeName: line(100),
      })
      .strict(),
    chairs: z
      .object({ center: z.array(PersonLine).max(20), local: PersonLine.nullable() })
      .strict(),
    attendance: z
      .object({
        invited: count,
        attending: count,
        byStatus: z.record(AttendanceStatus, count),
        byGroup: z
          .array(z.object({ group: line(200), invited: count, attending: count }).strict())
          .max(MAX_ITEMS),
        /** Named in the report, in protocol order. */
        leaders: z.array(PersonLine).max(MAX_ITEMS),
        /** Those present but not named, counted by group: "cùng 12 đồng chí lãnh đạo sở". */
        others: z.array(z.object({ group: line(200), count }).strict()).max(MAX_ITEMS),
        absences: z
          .array(
            PersonLine.extend({
              excused: z.boolean(),
              reason: line(500),
            }).strict(),
          )
          .max(MAX_ITEMS),
        substitutes: z
          .array(PersonLine.extend({ forName: line(120), forPosition: line(200) }).strict())
          .max(MAX_ITEMS),
      })
      .strict(),
    speeches: z.array(ReportSpeech).max(MAX_ITEMS),
    opinions: z.array(ReportItem).max(MAX_ITEMS),
    conclusions: z.array(ReportItem).max(MAX_ITEMS),
    recommendations: z.array(ReportItem).max(MAX_ITEMS),
    tasks: z.array(ReportTask).max(MAX_ITEMS),
    incidents: z.array(ReportIncident).max(MAX_ITEMS),
    /** Anything else the operator wants the center to read. */
    remarks: para,
  })
  .strict();
export type ReportContent = z.output<typeof ReportContent>;
export type ReportContentInput = z.input<typeof ReportContent>;
export type ReportSpeech = z.output<typeof ReportSpeech>;

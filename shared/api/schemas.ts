import { z } from 'zod';
import { clockTime, id, instant, isoDate, optionalText, phone, requiredText } from './fields';

// ---- Reference data -------------------------------------------------------------------------

export const Province = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['city', 'province']),
  /** true for the 34 units in force since 1 July 2025. */
  current: z.boolean(),
  /** For a former unit: the code of the current unit it was merged into. */
  successor: z.string().nullable(),
});
export type Province = z.infer<typeof Province>;

export const ProtocolGroup = z.object({
  id,
  name: z.string(),
  sortOrder: z.number().int(),
});
export type ProtocolGroup = z.infer<typeof ProtocolGroup>;

// ---- Profile of this connection point -------------------------------------------------------

export const OTHER_PROVINCE = 'other';

/**
 * What kind of body the point belongs to; it decides the national heading every document
 * carries (see shared/documents/heading.ts).
 */
export const BODY_KINDS = [
  'party',
  'people_council',
  'people_committee',
  'state_other',
  'mass_org',
  'other',
] as const;
export const BodyKind = z.enum(BODY_KINDS);
export type BodyKind = z.infer<typeof BodyKind>;

/** The code the center knows the point by: letters, digits, dot, dash, underscore. */
export const pointCode = z
  .string()
  .trim()
  .toUpperCase()
  .max(32, 'too_long')
  .regex(/^(?:[A-Z0-9][A-Z0-9._-]{1,31})?$/, 'invalid_point_code')
  .default('');

export const ProfileInput = z
  .object({
    pointName: requiredText(200),
    provinceCode: requiredText(16),
    /** Free text when the province is "other" (a ministry's point, an overseas mission…). */
    provinceOther: optionalText(100),
    bodyKind: BodyKind,
    /** Top left, first line: the body above the issuer ("TỈNH ỦY THANH HÓA", "UBND TỈNH …"). */
    parentBody: optionalText(200),
    /** Top left, second line, bold: the issuing body itself ("VĂN PHÒNG"). */
    issuingBody: optionalText(200),
    /** The place of the date line: "Thanh Hóa, ngày 28 tháng 7 năm 2023". */
    placeName: requiredText(100),
    pointCode,
    operatorName: requiredText(100),
  })
  .refine((p) => p.provinceCode !== OTHER_PROVINCE || p.provinceOther.length > 0, {
    path: ['provinceOther'],
    message: 'required',
  });
export type ProfileInput = z.input<typeof ProfileInput>;

export const Profile = z.object({
  pointName: z.string(),
  provinceCode: z.string(),
  provinceOther: z.string(),
  /** null for a point set up before the body kind was asked: the app asks for it. */
  bodyKind: BodyKind.nullable(),
  parentBody: z.string(),
  issuingBody: z.string(),
  placeName: z.string(),
  pointCode: z.string(),
  operatorName: z.string(),
  updatedAt: instant,
});
export type Profile = z.infer<typeof Profile>;

// ---- Directory ------------------------------------------------------------------------------

const personFields = {
  fullName: requiredText(120),
  /** Sort name override: the tail of the full name used as tên ("Ngọc Anh"); empty = last word. */
  givenName: optionalText(60),
  position: optionalText(200),
  unit: optionalText(200),
  groupId: id.nullable().default(null),
  rank: z
    .number()
    .int('invalid_number')
    .min(1, 'invalid_number')
    .max(9999)
    .nullable()
    .default(null),
  phone,
  note: optionalText(500),
};

export const PersonInput = z.object(personFields);
export type PersonInput = z.input<typeof PersonInput>;

export const Person = z.object({
  id,
  fullName: z.string(),
  givenName: z.string(),
  /** true when givenName was set by the operator rather than derived. */
  givenNameCustom: z.boolean(),
  position: z.string(),
  unit: z.string(),
  groupId: id.nullable(),
  rank: z.number().int().nullable(),
  phone: z.string(),
  note: z.string(),
  sortKey: z.string(),
  retiredAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Person = z.infer<typeof Person>;

// ---- Meetings -------------------------------------------------------------------------------

export const MEETING_STATUSES = ['planned', 'in_progress', 'ended', 'finalized'] as const;
export const MeetingStatus = z.enum(MEETING_STATUSES);
export type MeetingStatus = z.infer<typeof MeetingStatus>;

export const CenterChair = z.object({
  name: requiredText(120),
  position: optionalText(200),
});
export type CenterChair = z.infer<typeof CenterChair>;

export const AgendaItemInput = z.object({
  /** An existing item keeps its id (speeches refer to it); a new one has none. */
  id: id.optional(),
  title: requiredText(300),
  presenter: optionalText(200),
  plannedStart: clockTime.nullable().default(null),
  durationMinutes: z
    .number()
    .int('invalid_number')
    .min(0, 'invalid_number')
    .max(1440)
    .nullable()
    .default(null),
  /** The time each speech under this item is given by default, in minutes. */
  speechMinutes: z
    .number()
    .int('invalid_number')
    .min(1, 'invalid_number')
    .max(180, 'invalid_number')
    .nullable()
    .default(null),
});
export type AgendaItemInput = z.input<typeof AgendaItemInput>;
export const AgendaItem = AgendaItemInput.extend({ id });
export type AgendaItem = z.infer<typeof AgendaItem>;

export const MeetingInput = z
  .object({
    title: requiredText(300),
    centerHost: optionalText(200),
    centerChairs: z.array(CenterChair).max(20).default([]),
    localChairId: id.nullable().default(null),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime.nullable().default(null),
    agenda: z.array(AgendaItemInput).max(100).default([]),
  })
  .refine((m) => m.endTime === null || m.endTime > m.startTime, {
    path: ['endTime'],
    message: 'end_before_start',
  });
export type MeetingInput = z.input<typeof MeetingInput>;

export const Meeting = z.object({
  id,
  title: z.string(),
  centerHost: z.string(),
  centerChairs: z.array(CenterChair),
  localChairId: id.nullable(),
  localChairName: z.string().nullable(),
  date: isoDate,
  startTime: clockTime,
  endTime: clockTime.nullable(),
  agenda: z.array(AgendaItem),
  status: MeetingStatus,
  archivedAt: instant.nullable(),
  clonedFromId: id.nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingSummary = Meeting.pick({
  id: true,
  title: true,
  centerHost: true,
  date: true,
  startTime: true,
  endTime: true,
  status: true,
  archivedAt: true,
}).extend({ invitedCount: z.number().int(), attendingCount: z.number().int() });
export type MeetingSummary = z.infer<typeof MeetingSummary>;

export const MeetingWhen = z.enum(['upcoming', 'today', 'past', 'archived']);
export type MeetingWhen = z.infer<typeof MeetingWhen>;

// ---- Invitees and attendance ----------------------------------------------------------------

export const ATTENDANCE_STATUSES = [
  'pending',
  'present',
  'late',
  'absent_excused',
  'absent',
  'substituted',
  'left_early',
] as const;
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

export const Invitee = z.object({
  id,
  meetingId: id,
  personId: id.nullable(),
  walkIn: z.boolean(),
  /** Name, position and unit as they were when invited: the record of this meeting. */
  fullName: z.string(),
  position: z.string(),
  unit: z.string(),
  groupId: id.nullable(),
  groupName: z.string().nullable(),
  groupOrder: z.number().int().nullable(),
  rank: z.number().int().nullable(),
  sortKey: z.string(),
  status: AttendanceStatus,
  statusAt: instant.nullable(),
  /** Arrival time when late, departure time when left early. */
  eventTime: instant.nullable(),
  reason: z.string(),
  substituteName: z.string(),
  substitutePosition: z.string(),
  /** Said of this meeting, not of the person: "Chủ trì", "Vắng - đi công tác". */
  remark: z.string(),
  updatedAt: instant,
});
export type Invitee = z.infer<typeof Invitee>;

export const MAX_REMARK = 300;

export const AttendanceChange = z.discriminatedUnion('status', [
  z.object({ inviteeId: id, status: z.literal('pending') }),
  z.object({ inviteeId: id, status: z.literal('present') }),
  z.object({ inviteeId: id, status: z.literal('absent') }),
  z.object({ inviteeId: id, status: z.literal('late'), time: instant.optional() }),
  z.object({ inviteeId: id, status: z.literal('left_early'), time: instant.optional() }),
  z.object({
    inviteeId: id,
    status: z.literal('absent_excused'),
    reason: requiredText(500, 'reason_required'),
  }),
  z.object({
    inviteeId: id,
    status: z.literal('substituted'),
    substituteName: requiredText(120, 'substitute_name_required'),
    substitutePosition: requiredText(200, 'substitute_position_required'),
  }),
]);
export type AttendanceChange = z.input<typeof AttendanceChange>;

export const AttendanceEvent = z.object({
  id: z.number().int(),
  inviteeId: id,
  fullName: z.string(),
  status: AttendanceStatus,
  eventTime: instant.nullable(),
  reason: z.string(),
  substituteName: z.string(),
  substitutePosition: z.string(),
  /** When the operator recorded the change (UTC). */
  recordedAt: instant,
});
export type AttendanceEvent = z.infer<typeof AttendanceEvent>;

export const StatusCounts = z.record(AttendanceStatus, z.number().int());
export type StatusCounts = z.infer<typeof StatusCounts>;

export const HeadcountRow = z.object({
  groupId: id.nullable(),
  groupName: z.string().nullable(),
  invited: z.number().int(),
  /** In the room at some point: present, late, substitutes and those who left early. */
  attending: z.number().int(),
  byStatus: StatusCounts,
});
export type HeadcountRow = z.infer<typeof HeadcountRow>;

export const Headcount = z.object({
  total: HeadcountRow,
  byGroup: z.array(HeadcountRow),
});
export type Headcount = z.infer<typeof Headcount>;

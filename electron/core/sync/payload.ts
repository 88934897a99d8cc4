import { createHash } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import type { Invitee } from '../../../shared/api/schemas';
import { ATTENDING_STATUSES } from '../../../shared/attendance/headcount';
import { sortByProtocolOrder } from '../../../shared/order/protocolOrder';
import { canonicalize } from '../../../shared/protocol/canonicalJson';
import type { AttendanceEntry, ReportRevisionPayload } from '../../../shared/protocol/report';
import {
  MAX_PAYLOAD_BYTES,
  PROTOCOL_VERSION,
  reportRevisionPayloadSchema,
} from '../../../shared/protocol/report';
import type { ReportContent } from '../../../shared/report/content';
import { reportDocument, reportIssueDate } from '../../../shared/report/prose';
import { UNGROUPED } from '../../../shared/report/wording';
import type { ReadableDB, WritableDB } from '../db/handles';
import { listInvitees } from '../db/queries/invitees';
import { getProfile } from '../db/queries/profile';
import { getRevision } from '../db/queries/reports';
import { centerIdOf } from '../db/queries/sync';
import { requireMeeting } from '../domain/guards';
import { signBytes } from './keys';
import { vietnamInstant, vietnamWallClock } from './meetings';
import { ensurePointKey } from './pointKey';

/**
 * One finalized report revision as the center receives it (shared/protocol/report.ts), built
 * from what the core already keeps: the revision's structured content (what the operator
 * finalized), and the meeting's attendance list as it stands.
 */

/** Text cut to the wire's bound without splitting a surrogate pair. */
function fit(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** What the list says of one invitee besides the status: the substitute, the reason, the remark. */
function noteOf(i: Invitee): string {
  if (i.status === 'substituted') {
    return [i.substituteName, i.substitutePosition].filter(Boolean).join(', ');
  }
  if (i.status === 'absent_excused' && i.reason) return i.reason;
  return i.remark;
}

export function attendanceList(invitees: readonly Invitee[]): AttendanceEntry[] {
  return sortByProtocolOrder(invitees).map((i, index) => ({
    order: index + 1,
    name: fit(i.fullName, 120),
    position: fit(i.position, 200),
    unit: fit(i.unit, 200),
    group: fit(i.groupName ?? UNGROUPED, 200),
    status: i.status,
    checkedInAt: ATTENDING_STATUSES.has(i.status)
      ? i.status === 'late'
        ? (i.eventTime ?? i.statusAt)
        : i.statusAt
      : null,
    note: fit(noteOf(i), 500),
  }));
}

/**
 * The report's prose as Markdown: the same sections, in the same words, as the printed report
 * (shared/report/prose.ts), with times in Vietnam time whatever the machine's zone.
 */
export function summaryMarkdown(
  content: ReportContent,
  revision: { savedAt: string; finalizedAt: string | null },
): string {
  const doc = reportDocument(content, {
    issuedOn: reportIssueDate(revision, new Date(revision.savedAt)),
    clockOf: (instant) => vietnamWallClock(instant).startTime,
  });
  const lines: string[] = [`# ${doc.title}`, '', doc.subtitle, ''];
  for (const section of doc.sections) {
    lines.push(`## ${section.number}. ${section.heading}`, '');
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') lines.push(block.text, '');
      else lines.push(...block.items.map((item) => `- ${item}`), '');
    }
  }
  return lines.join('\n').trim();
}

export function buildPayload(
  db: ReadableDB,
  meetingId: string,
  revision: number,
  options: { appVersion: string; generatedAt: string },
): ReportRevisionPayload {
  const meeting = requireMeeting(db, meetingId);
  const row = getRevision(db, meetingId, revision);
  if (!row) {
    throw new AppError('NOT_FOUND', `No revision ${revision} of meeting ${meetingId}'s report`, {
      entity: 'reportRevision',
      id: `${meetingId}:${revision}`,
    });
  }
  if (!row.finalized_at) {
    throw new AppError('REPORT_NOT_FINALIZED', `Revision ${revision} is not finalized`, {
      revision,
    });
  }
  const content = JSON.parse(row.content) as ReportContent;
  const a = content.attendance;
  return {
    protocol: PROTOCOL_VERSION,
    pointCode: getProfile(db)?.pointCode ?? '',
    meeting: {
      centerMeetingId: centerIdOf(db, meetingId),
      localId: meetingId,
      title: fit(content.meeting.title || meeting.title, 300),
      startsAt: vietnamInstant(content.meeting.date, content.meeting.startTime),
    },
    reportId: meetingId,
    revision,
    generatedAt: options.generatedAt,
    appVersion: fit(options.appVersion, 40),
    attendance: {
      byStatus: a.byStatus,
      byGroup: a.byGroup,
      list: attendanceList(listInvitees(db, meetingId)),
    },
    speeches: content.speeches,
    summary: summaryMarkdown(content, {
      savedAt: row.saved_at,
      finalizedAt: row.finalized_at,
    }),
    conclusions: content.conclusions.map((c) => c.text).filter((t) => t.trim() !== ''),
    recommendations: content.recommendations.map((r) => r.text).filter((t) => t.trim() !== ''),
    tasks: content.tasks.filter((t) => t.text.trim() !== ''),
    incidents: content.incidents,
  };
}

export interface SignedBytes {
  payload: Buffer;
  signature: Buffer;
  /** Hex SHA-256 of the payload bytes: what the center's receipt names. */
  sha256: string;
}

/**
 * The revision's canonical bytes, checked against the protocol and signed with the point's
 * key (made now if the point has none yet: a point may queue reports before it can enrol).
 */
export function signRevision(
  db: WritableDB,
  meetingId: string,
  revision: number,
  options: { appVersion: string; generatedAt: string },
): SignedBytes {
  const payload = buildPayload(db, meetingId, revision, options);
  const checked = reportRevisionPayloadSchema.safeParse(payload);
  if (!checked.success) {
    throw new AppError('VALIDATION', 'The report cannot be sent as it is', {
      issues: checked.error.issues.map((i) => ({
        path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
        message: i.path[0] === 'pointCode' ? 'invalid_point_code' : 'invalid_value',
      })),
    });
  }
  const bytes = Buffer.from(canonicalize(payload), 'utf8');
  if (bytes.length > MAX_PAYLOAD_BYTES) {
    throw new AppError('VALIDATION', `The report is ${bytes.length} bytes`, {
      issues: [{ path: [], message: 'file_too_large' }],
    });
  }
  const { privateKey } = ensurePointKey(db, options.generatedAt);
  return {
    payload: bytes,
    signature: signBytes(privateKey, bytes),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}

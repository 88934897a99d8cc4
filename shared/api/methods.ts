import { z } from 'zod';
import { BackupInfo } from './backupSchemas';
import { base64, id, isoDate, optionalText, requiredText, verbatimText } from './fields';
import {
  Place,
  SpeakingStats,
  SpeechAction,
  SpeechChange,
  SpeechFieldsInput,
  SpeechFieldsPatch,
  SpeechList,
} from './speakingSchemas';
import { MAX_IMPORT_BASE64 } from './transport';
import {
  Incident,
  IncidentFields,
  IncidentKind,
  Note,
  NoteCreate,
  NoteSave,
  NoteVersion,
  SearchHit,
  TimelineEntry,
  TimelineKind,
} from './notesSchemas';
import { ReportRevision, ReportSave, RevisionInfo } from './reportSchemas';
import {
  CenterMeeting,
  DrainResult,
  EnrolInput,
  OutboxEntry,
  ReceiptsImport,
  SyncSettings,
  SyncSettingsInput,
  SyncStatus,
} from './syncSchemas';
import { ReportContent } from '../report/content';
import { ATTENDANCE_FILTERS } from '../documents/attendance';
import { DocumentKind, DocumentModel } from '../documents/model';
import {
  AttendanceChange,
  AttendanceEvent,
  Headcount,
  Invitee,
  Meeting,
  MeetingInput,
  MeetingStatus,
  MeetingSummary,
  MAX_REMARK,
  MeetingWhen,
  Person,
  PersonInput,
  Profile,
  ProfileInput,
  ProtocolGroup,
  Province,
} from './schemas';
import {
  ExportedFile,
  GroupsWithRules,
  ImportCommit,
  ImportFile,
  ImportOverrides,
  ImportPreview,
  ImportResult,
  PositionRule,
  PositionRuleInput,
  Preset,
} from './directorySchemas';

/**
 * The method map: the one definition of the API. The renderer's client, the preload's
 * window.api, the Electron IPC wrapper, the loopback host and the handler table are all typed
 * from it, so a method cannot drift between its caller and its implementation.
 *
 * Each method also says what kind of work it is, and the core runs it accordingly:
 * - `read`: answers from the database, writes nothing;
 * - `write`: runs inside the one write transaction, its output checked before commit, its
 *   change events sent after;
 * - `job`: asynchronous file work (parsing, building documents) in the core's worker; it may
 *   read, and write through the same write path once the file work is done.
 */
export type MethodKind = 'read' | 'write' | 'job';

const define =
  <K extends MethodKind>(kind: K) =>
  <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ kind, input, output });
const read = define('read');
const write = define('write');
const job = define('job');

const none = z.object({}).strict().default({});
const byId = z.object({ id }).strict();
const ok = z.object({ ok: z.literal(true) });
/** A name the caller gives a job so that it can cancel it (`jobs.cancel`). */
const jobId = id.optional();

const DocumentRequest = z
  .object({
    meetingId: id,
    document: DocumentKind,
    /** Which people an attendance list shows; the other documents ignore it. */
    filter: z.enum(ATTENDANCE_FILTERS).default('all'),
    /** The report's saved revision; omitted, the latest (or the draft, if none is saved). */
    revision: z.number().int().min(1).optional(),
  })
  .strict();

export const methods = {
  'app.info': read(
    none,
    z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      transport: z.enum(['ipc', 'http']),
    }),
  ),

  'profile.get': read(none, Profile.nullable()),
  'profile.save': write(ProfileInput, Profile),

  'reference.provinces': read(none, z.array(Province)),
  'groups.list': read(none, z.array(ProtocolGroup)),
  'groups.create': write(z.object({ name: requiredText(200) }).strict(), ProtocolGroup),
  'groups.rename': write(z.object({ id, name: requiredText(200) }).strict(), ProtocolGroup),
  /** The complete new order: every group's id once. */
  'groups.reorder': write(z.object({ ids: z.array(id).min(1) }).strict(), z.array(ProtocolGroup)),
  /** Only a group nobody belongs to (in the directory or in any meeting's list). */
  'groups.delete': write(byId, ok),
  'groups.presets': read(none, z.array(Preset)),
  /** Adds the preset's missing groups and rules and puts its groups first, in its order. */
  'groups.applyPreset': write(z.object({ presetId: id }).strict(), GroupsWithRules),
  'rules.list': read(none, z.array(PositionRule)),
  /** Replaces the whole rule list. */
  'rules.save': write(
    z.object({ rules: z.array(PositionRuleInput).max(1000) }).strict(),
    z.array(PositionRule),
  ),

  /**
   * Reads a roster file and keeps it open in the core (`sessionId`), so later readings send
   * only the operator's choices. Nothing is written.
   */
  'import.open': job(
    ImportFile.extend({
      /** The roster is a meeting's list: its "Ghi chú" column is about that meeting. */
      forMeeting: z.boolean().default(false),
      jobId,
    }).strict(),
    ImportPreview,
  ),
  /** Reads the open file again with other choices (encoding, sheet, header row, columns). */
  'import.preview': job(
    z.object({ sessionId: id, overrides: ImportOverrides.default({}), jobId }).strict(),
    ImportPreview,
  ),
  /** Forgets the open file (the wizard was closed or committed). */
  'import.close': job(z.object({ sessionId: id }).strict(), ok),
  'import.commit': write(ImportCommit, ImportResult),
  'directory.export': job(
    z
      .object({
        format: z.enum(['xlsx', 'csv']),
        includeRetired: z.boolean().default(false),
        jobId,
      })
      .strict(),
    ExportedFile,
  ),
  /** The speakers' log: who spoke and who is waiting, in order, with the core's clock. */
  'speeches.list': read(z.object({ meetingId: id }).strict(), SpeechList),
  'speeches.add': write(
    z.object({ meetingId: id, fields: SpeechFieldsInput, place: Place.default('end') }).strict(),
    SpeechChange,
  ),
  'speeches.edit': write(
    z.object({ speechId: id, fields: SpeechFieldsPatch }).strict(),
    SpeechChange,
  ),
  /** Only a speech that never started: what was said stays in the record. */
  'speeches.remove': write(z.object({ speechId: id }).strict(), SpeechChange),
  /** Puts a waiting speech right after `afterId` (null: first of those waiting). */
  'speeches.move': write(z.object({ speechId: id, afterId: id.nullable() }).strict(), SpeechChange),
  /**
   * One step of the queue: send a request to the center, mark it called, not called or
   * withdrawn, start a speech (or the next), pause, resume, end, add someone again.
   */
  'speeches.act': write(
    z
      .object({
        meetingId: id,
        action: SpeechAction,
        speechId: id.optional(),
        place: Place.default('end'),
      })
      .strict(),
    SpeechChange,
  ),
  'speeches.stats': read(z.object({ meetingId: id }).strict(), SpeakingStats),
  /** Keeps a written contribution (tham luận) in the data folder with the speech. */
  'speeches.attach': job(
    z
      .object({ speechId: id, fileName: requiredText(255), dataBase64: base64(MAX_IMPORT_BASE64) })
      .strict(),
    SpeechChange,
  ),
  /** Opens the contribution with the system's viewer where the app can (the desktop). */
  'speeches.openAttachment': job(
    z.object({ speechId: id }).strict(),
    z.object({ opened: z.boolean() }),
  ),
  /** The contribution's bytes, for the browser build to download. */
  'speeches.attachment': job(z.object({ speechId: id }).strict(), ExportedFile),

  /** A meeting's notes in the order they were taken. */
  'notes.list': read(z.object({ meetingId: id }).strict(), z.object({ notes: z.array(Note) })),
  /**
   * Opens a note stamped with the core's clock, linked by default to the speech being heard
   * and its agenda item.
   */
  'notes.create': write(NoteCreate, Note),
  /** Saves the note's next version (autosave); unchanged text saves nothing. */
  'notes.save': write(NoteSave, Note),
  'notes.versions': read(
    z.object({ noteId: id }).strict(),
    z.object({ versions: z.array(NoteVersion) }),
  ),
  /** Makes an earlier version the current text again, as a new version. */
  'notes.restore': write(
    z
      .object({ noteId: id, version: z.number().int().min(1), baseVersion: z.number().int() })
      .strict(),
    Note,
  ),
  /** Out of the meeting's notes; its versions are kept. */
  'notes.remove': write(z.object({ noteId: id }).strict(), ok),
  /** Every meeting's notes and reports, accent-insensitively, newest written first. */
  'notes.search': read(
    z
      .object({
        query: optionalText(200),
        limit: z.number().int().min(1).max(100).default(30),
      })
      .strict(),
    z.object({ hits: z.array(SearchHit) }),
  ),

  'incidents.list': read(
    z.object({ meetingId: id }).strict(),
    z.object({ incidents: z.array(Incident) }),
  ),
  /** Starts an incident now: lost sound, lost picture, unstable line, backup line. */
  'incidents.open': write(
    z
      .object({ meetingId: id, kind: IncidentKind.default('other'), note: optionalText(500) })
      .strict(),
    Incident,
  ),
  /** Ends the named incident, or the latest one still open. */
  'incidents.close': write(
    z.object({ meetingId: id, incidentId: id.optional() }).strict(),
    Incident,
  ),
  'incidents.edit': write(z.object({ incidentId: id, fields: IncidentFields }).strict(), Incident),
  'incidents.remove': write(z.object({ incidentId: id }).strict(), ok),

  /** Speeches, notes, check-ins and incidents in time order, narrowed to `kinds`. */
  'timeline.list': read(
    z.object({ meetingId: id, kinds: z.array(TimelineKind).max(4).optional() }).strict(),
    z.object({ entries: z.array(TimelineEntry) }),
  ),

  /** The summary report drafted from the meeting's data now; nothing is saved. */
  'reports.draft': read(
    z.object({ meetingId: id }).strict(),
    z.object({ content: ReportContent, now: z.number() }),
  ),
  /** Saved revisions, newest first. */
  'reports.revisions': read(
    z.object({ meetingId: id }).strict(),
    z.object({ revisions: z.array(RevisionInfo) }),
  ),
  'reports.get': read(
    z.object({ meetingId: id, revision: z.number().int().min(1) }).strict(),
    ReportRevision,
  ),
  /** Saves the edited report as a new revision; no revision is ever changed. */
  'reports.save': write(ReportSave, ReportRevision),
  /** Freezes the latest revision with the time and the operator. */
  'reports.finalize': write(
    z.object({ meetingId: id, revision: z.number().int().min(1) }).strict(),
    ReportRevision,
  ),

  /**
   * A document of the meeting as data: what the preview, printing and the PDF show. A job:
   * the worker builds it (a 2,000-person list is long work for the thread that answers
   * check-in).
   */
  'documents.model': job(DocumentRequest, DocumentModel),
  /** The same document as a DOCX, or its list as XLSX or CSV, built in the worker. */
  'documents.export': job(
    DocumentRequest.extend({ format: z.enum(['docx', 'xlsx', 'csv']), jobId }).strict(),
    ExportedFile,
  ),
  /**
   * The document as a PDF, printed from the same template as the preview (desktop app only;
   * the browser build prints the route itself: PLATFORM_UNSUPPORTED here).
   */
  'documents.pdf': job(DocumentRequest.extend({ jobId }).strict(), ExportedFile),
  /**
   * Asks where to save (the desktop's save dialog), builds the document in that format and
   * writes it whole or not at all (a temporary file beside it, fsync, rename), reporting
   * progress as `jobs.progress`. `saved` is false when the operator closed the dialog. The
   * browser build has no dialog (PLATFORM_UNSUPPORTED): it downloads documents.export.
   */
  'documents.save': job(
    DocumentRequest.extend({ format: z.enum(['docx', 'xlsx', 'csv', 'pdf']), jobId }).strict(),
    z.object({
      saved: z.boolean(),
      fileName: z.string(),
      path: z.string().nullable(),
      rows: z.number().int(),
    }),
  ),

  /** Copies of the database kept in the data folder, newest first. */
  'backups.list': job(none, z.array(BackupInfo)),
  /** A copy now, at the operator's request (SQLite's online backup, checked). */
  'backups.take': job(none, BackupInfo),
  /**
   * Puts a backup in place of the database. The current state is copied first (`safetyCopy`),
   * so a restore can itself be undone.
   */
  'backups.restore': job(
    z.object({ name: z.string().regex(/^diemcau-[0-9A-Za-z-]+$/, 'invalid_value') }).strict(),
    z.object({ restored: BackupInfo, safetyCopy: BackupInfo }),
  ),
  /**
   * Opens the meeting's room display in the desktop app's own window on the second screen;
   * false where the app cannot (the browser build), and the page opens `#/display/<id>` itself.
   */
  'display.open': job(z.object({ meetingId: id }).strict(), z.object({ opened: z.boolean() })),
  /**
   * Moving to a new machine: the whole data folder (a consistent copy of the database, the
   * attachments, the settings) as one file sealed with the operator's password (scrypt,
   * AES-256-GCM in chunks).
   */
  'transfer.export': job(
    z.object({ password: verbatimText(200).min(8, 'too_short') }).strict(),
    ExportedFile,
  ),
  /**
   * Receives a sealed file in parts of at most 20 MB (the transports' file size), appended in
   * order under an id the page chooses; answers the bytes received so far.
   */
  'transfer.receive': job(
    z
      .object({
        uploadId: z.string().regex(/^[A-Za-z0-9]{8,40}$/, 'invalid_value'),
        offset: z.number().int().min(0),
        dataBase64: base64(MAX_IMPORT_BASE64),
      })
      .strict(),
    z.object({ bytes: z.number().int() }),
  ),
  /**
   * Opens a received file with its password, checks all of it, and only then puts it in place of
   * this machine's data, after a safety copy (TRANSFER_WRONG_PASSWORD, TRANSFER_DAMAGED or
   * TRANSFER_UNSUPPORTED otherwise, with nothing changed). The received file is removed.
   */
  'transfer.import': job(
    z
      .object({
        uploadId: z.string().regex(/^[A-Za-z0-9]{8,40}$/, 'invalid_value'),
        password: verbatimText(200).min(1, 'required'),
      })
      .strict(),
    z.object({
      exportedAt: z.string(),
      appVersion: z.string(),
      files: z.number().int(),
      safetyCopy: BackupInfo,
    }),
  ),
  /**
   * "Gửi nhật ký lỗi": the last logs with the app's and the system's versions, redacted of
   * personal data, as one text file for the operator to save and send.
   */
  'logs.collect': job(none, ExportedFile),
  /** The center's address, its CA and the point's enrolment (never the token itself). */
  'sync.settings': read(none, SyncSettings),
  /** A new address or CA; a new address forgets the token, which belonged to the old center. */
  'sync.saveSettings': write(SyncSettingsInput, SyncSettings),
  /**
   * Enrols the point with the secret the center gave: sends the point's public key (made
   * once, here, if the point has none), keeps the token the center answers.
   */
  'sync.enrol': job(EnrolInput, SyncSettings),
  /**
   * "Gửi về Trung ương": signs the finalized revision and puts it in the outbox, in one
   * transaction; the drain worker sends it. Sending the same revision again changes nothing.
   */
  'sync.send': write(
    z.object({ meetingId: id, revision: z.number().int().min(1) }).strict(),
    OutboxEntry,
  ),
  /** Offline or online, what waits, what failed and why, the latest receipts. */
  'sync.status': read(none, SyncStatus),
  /** The outbox rows of one meeting's report, newest revision first. */
  'sync.outbox': read(
    z.object({ meetingId: id }).strict(),
    z.object({ entries: z.array(OutboxEntry) }),
  ),
  /** Tries the center now, whatever the backoff says. */
  'sync.now': job(none, DrainResult),
  /** A failed row back into the queue. */
  'sync.retry': write(z.object({ id: z.number().int() }).strict(), OutboxEntry),
  /** A failed row out of the failed list (kept, as everything sent is). */
  'sync.dismiss': write(z.object({ id: z.number().int() }).strict(), OutboxEntry),
  /**
   * Enrolment by file, for a point with no network: its code, the secret the center gave and
   * its public key, for `npm run center -- point enrol <file>`. Makes the key if needed.
   */
  'sync.exportEnrolment': write(EnrolInput, ExportedFile),
  /** The pending signed revisions as one bundle file, for a point with no network. */
  'sync.exportBundle': job(z.object({ jobId }).strict().default({}), ExportedFile),
  /** The center's receipts file (from a carried bundle): marks those rows delivered. */
  'sync.importReceipts': write(
    z.object({ dataBase64: base64(MAX_IMPORT_BASE64) }).strict(),
    ReceiptsImport,
  ),
  /** The meetings the center published, as last pulled. */
  'sync.centerMeetings': read(none, z.object({ meetings: z.array(CenterMeeting) })),
  /** Asks the center for its published meetings now. */
  'sync.pullMeetings': job(none, z.object({ meetings: z.array(CenterMeeting) })),
  /** A local meeting from one the center published (title, time, agenda). */
  'sync.createMeeting': write(z.object({ centerMeetingId: id }).strict(), Meeting),

  /** Stops a running job the caller named with `jobId`; false when none was running. */
  'jobs.cancel': job(z.object({ id }).strict(), z.object({ cancelled: z.boolean() })),

  'people.search': read(
    z
      .object({
        query: optionalText(200),
        groupId: id.nullable().default(null),
        includeRetired: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.object({ items: z.array(Person), total: z.number().int() }),
  ),
  'people.get': read(byId, Person),
  'people.create': write(PersonInput.strict(), Person),
  'people.update': write(PersonInput.extend({ id }).strict(), Person),
  'people.retire': write(byId, Person),
  'people.restore': write(byId, Person),
  /** Only for someone never invited; anyone with a meeting record can only be retired. */
  'people.delete': write(byId, ok),

  'meetings.list': read(
    z.object({ when: MeetingWhen, today: isoDate.optional() }).strict(),
    z.array(MeetingSummary),
  ),
  'meetings.get': read(byId, Meeting),
  'meetings.create': write(MeetingInput, Meeting),
  'meetings.update': write(z.object({ id, meeting: MeetingInput }).strict(), Meeting),
  'meetings.setStatus': write(z.object({ id, status: MeetingStatus }).strict(), Meeting),
  'meetings.archive': write(byId, Meeting),
  'meetings.unarchive': write(byId, Meeting),
  'meetings.clone': write(
    z.object({ id, date: isoDate, withInvitees: z.boolean().default(true) }).strict(),
    Meeting,
  ),

  'invitees.list': read(z.object({ meetingId: id }).strict(), z.array(Invitee)),
  'invitees.addPeople': write(
    z.object({ meetingId: id, personIds: z.array(id).min(1).max(5000) }).strict(),
    z.object({ added: z.number().int(), alreadyInvited: z.number().int() }),
  ),
  'invitees.addGroup': write(
    z.object({ meetingId: id, groupId: id }).strict(),
    z.object({ added: z.number().int(), alreadyInvited: z.number().int() }),
  ),
  'invitees.addWalkIn': write(
    z
      .object({
        meetingId: id,
        person: PersonInput,
        saveToDirectory: z.boolean().default(false),
      })
      .strict(),
    Invitee,
  ),
  'invitees.remove': write(z.object({ inviteeId: id }).strict(), ok),
  /** What is said of this invitee at this meeting ("Chủ trì"); empty clears it. */
  'invitees.setRemark': write(
    z.object({ inviteeId: id, remark: optionalText(MAX_REMARK) }).strict(),
    Invitee,
  ),

  'attendance.set': write(AttendanceChange, Invitee),
  'attendance.markRestAbsent': write(
    z.object({ meetingId: id }).strict(),
    z.object({ count: z.number().int() }),
  ),
  'attendance.history': read(
    z.object({ meetingId: id, inviteeId: id.optional() }).strict(),
    z.array(AttendanceEvent),
  ),
  'attendance.headcount': read(z.object({ meetingId: id }).strict(), Headcount),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/** Events pushed from the core to every window. */
export const events = {
  'attendance.changed': z.object({ meetingId: id }),
  'meetings.changed': z.object({ meetingId: id.nullable() }),
  'directory.changed': z.object({}),
  'speeches.changed': z.object({ meetingId: id }),
  'notes.changed': z.object({ meetingId: id }),
  'incidents.changed': z.object({ meetingId: id }),
  'reports.changed': z.object({ meetingId: id }),
  /**
   * The system clock was set by `deltaMs` while the app ran: timers on screen take the core's
   * clock again (speeches.list answers with it).
   */
  'clock.changed': z.object({ deltaMs: z.number() }),
  /** The outbox or the center's state changed (a send, a receipt, a failure, an enrolment). */
  'sync.changed': z.object({}),
  /** How far a named job (`jobId`) has got, from 0 to 1, for a progress bar. */
  'jobs.progress': z.object({ jobId: id, fraction: z.number().min(0).max(1) }),
  /** A backup was restored: everything on screen is out of date. */
  'data.replaced': z.object({}),
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

/** The surface window.api has in both transports. */
export interface ApiBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** What transports actually move: untyped envelopes, checked on arrival. */
export interface RawBridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

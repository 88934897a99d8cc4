import { z } from 'zod';
import { id, isoDate, requiredText } from './fields';
import {
  AttendanceChange,
  AttendanceEvent,
  Headcount,
  Invitee,
  Meeting,
  MeetingInput,
  MeetingStatus,
  MeetingSummary,
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
 */
const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({
  input,
  output,
});

const none = z.object({}).strict().default({});
const byId = z.object({ id }).strict();
const ok = z.object({ ok: z.literal(true) });

export const methods = {
  'app.info': method(
    none,
    z.object({
      version: z.string(),
      schemaVersion: z.number().int(),
      dataDir: z.string(),
      transport: z.enum(['ipc', 'http']),
    }),
  ),

  'profile.get': method(none, Profile.nullable()),
  'profile.save': method(ProfileInput, Profile),

  'reference.provinces': method(none, z.array(Province)),
  'groups.list': method(none, z.array(ProtocolGroup)),
  'groups.create': method(z.object({ name: requiredText(200) }).strict(), ProtocolGroup),
  'groups.rename': method(z.object({ id, name: requiredText(200) }).strict(), ProtocolGroup),
  /** The complete new order: every group's id once. */
  'groups.reorder': method(z.object({ ids: z.array(id).min(1) }).strict(), z.array(ProtocolGroup)),
  /** Only a group nobody belongs to (in the directory or in any meeting's list). */
  'groups.delete': method(byId, ok),
  'groups.presets': method(none, z.array(Preset)),
  /** Adds the preset's missing groups and rules and puts its groups first, in its order. */
  'groups.applyPreset': method(z.object({ presetId: z.string() }).strict(), GroupsWithRules),
  'rules.list': method(none, z.array(PositionRule)),
  /** Replaces the whole rule list. */
  'rules.save': method(
    z.object({ rules: z.array(PositionRuleInput).max(1000) }).strict(),
    z.array(PositionRule),
  ),

  'import.preview': method(
    ImportFile.extend({ overrides: ImportOverrides.default({}) }).strict(),
    ImportPreview,
  ),
  'import.commit': method(ImportCommit, ImportResult),
  'directory.export': method(
    z
      .object({ format: z.enum(['xlsx', 'csv']), includeRetired: z.boolean().default(false) })
      .strict(),
    ExportedFile,
  ),

  'people.search': method(
    z
      .object({
        query: z.string().max(200).default(''),
        groupId: id.nullable().default(null),
        includeRetired: z.boolean().default(false),
        limit: z.number().int().min(1).max(500).default(50),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.object({ items: z.array(Person), total: z.number().int() }),
  ),
  'people.get': method(byId, Person),
  'people.create': method(PersonInput.strict(), Person),
  'people.update': method(PersonInput.extend({ id }).strict(), Person),
  'people.retire': method(byId, Person),
  'people.restore': method(byId, Person),
  /** Only for someone never invited; anyone with a meeting record can only be retired. */
  'people.delete': method(byId, ok),

  'meetings.list': method(
    z.object({ when: MeetingWhen, today: isoDate.optional() }).strict(),
    z.array(MeetingSummary),
  ),
  'meetings.get': method(byId, Meeting),
  'meetings.create': method(MeetingInput, Meeting),
  'meetings.update': method(z.object({ id, meeting: MeetingInput }).strict(), Meeting),
  'meetings.setStatus': method(z.object({ id, status: MeetingStatus }).strict(), Meeting),
  'meetings.archive': method(byId, Meeting),
  'meetings.unarchive': method(byId, Meeting),
  'meetings.clone': method(
    z.object({ id, date: isoDate, withInvitees: z.boolean().default(true) }).strict(),
    Meeting,
  ),

  'invitees.list': method(z.object({ meetingId: id }).strict(), z.array(Invitee)),
  'invitees.addPeople': method(
    z.object({ meetingId: id, personIds: z.array(id).min(1).max(5000) }).strict(),
    z.object({ added: z.number().int(), alreadyInvited: z.number().int() }),
  ),
  'invitees.addGroup': method(
    z.object({ meetingId: id, groupId: id }).strict(),
    z.object({ added: z.number().int(), alreadyInvited: z.number().int() }),
  ),
  'invitees.addWalkIn': method(
    z
      .object({
        meetingId: id,
        person: PersonInput,
        saveToDirectory: z.boolean().default(false),
      })
      .strict(),
    Invitee,
  ),
  'invitees.remove': method(z.object({ inviteeId: id }).strict(), ok),

  'attendance.set': method(AttendanceChange, Invitee),
  'attendance.markRestAbsent': method(
    z.object({ meetingId: id }).strict(),
    z.object({ count: z.number().int() }),
  ),
  'attendance.history': method(
    z.object({ meetingId: id, inviteeId: id.optional() }).strict(),
    z.array(AttendanceEvent),
  ),
  'attendance.headcount': method(z.object({ meetingId: id }).strict(), Headcount),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Methods[M]['output']>;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(methods, name);
}

/** Events pushed from the core to every window. */
export const events = {
  'attendance.changed': z.object({ meetingId: id }),
  'meetings.changed': z.object({ meetingId: id.nullable() }),
  'directory.changed': z.object({}),
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

export const IPC_CHANNEL_PREFIX = 'diemcau:';
export const IPC_INVOKE_CHANNEL = `${IPC_CHANNEL_PREFIX}invoke`;
export const IPC_EVENT_CHANNEL = `${IPC_CHANNEL_PREFIX}event`;

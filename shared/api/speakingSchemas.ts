import { z } from 'zod';
import { SPEECH_STATES } from '../speaking/model';
import { id, optionalText, patchField, verbatimText } from './fields';

/** Contracts of the speakers' log (shared/speaking holds the rules). */

export const OriginInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('center') }).strict(),
  z.object({ kind: z.literal('local') }).strict(),
  z
    .object({
      kind: z.literal('point'),
      /** A province from the list, or null when the point is named by hand. */
      provinceCode: id.nullable().default(null),
      name: optionalText(200),
    })
    .strict(),
]);

export const SpeakerInput = z
  .object({
    personId: id.nullable().default(null),
    inviteeId: id.nullable().default(null),
    /** Filled from the person or invitee when empty. */
    name: optionalText(120),
    position: optionalText(200),
  })
  .strict();

/** Up to three hours per speech; null: no limit. */
const allottedSeconds = z
  .number()
  .int('invalid_number')
  .min(1, 'invalid_number')
  .max(3 * 3600, 'invalid_number')
  .nullable();

export const SpeechFieldsInput = z
  .object({
    speaker: SpeakerInput,
    origin: OriginInput,
    topic: optionalText(300),
    agendaItemId: id.nullable().default(null),
    /** Omitted: the agenda item's default time per speech. */
    allottedSeconds: allottedSeconds.optional(),
  })
  .strict();
export type SpeechFieldsInput = z.input<typeof SpeechFieldsInput>;

export const SpeechFieldsPatch = z
  .object({
    speaker: SpeakerInput.optional(),
    origin: OriginInput.optional(),
    topic: patchField(optionalText(300)),
    agendaItemId: id.nullable().optional(),
    allottedSeconds: allottedSeconds.optional(),
  })
  .strict();

export const Place = z.enum(['end', 'next']);

export const SpeechState = z.enum(SPEECH_STATES);

export const Origin = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('center') }),
  z.object({ kind: z.literal('local') }),
  z.object({ kind: z.literal('point'), provinceCode: z.string().nullable(), name: z.string() }),
]);

export const Speech = z.object({
  id,
  meetingId: id,
  orderKey: z.string(),
  state: SpeechState,
  speaker: z.object({
    personId: id.nullable(),
    inviteeId: id.nullable(),
    name: z.string(),
    position: z.string(),
  }),
  origin: Origin,
  topic: z.string(),
  agendaItemId: id.nullable(),
  allottedSeconds: z.number().int().nullable(),
  trail: z.array(z.object({ state: SpeechState, at: z.number() })),
  segments: z.array(z.object({ start: z.number(), end: z.number().nullable() })),
  readdedFrom: id.nullable(),
  createdAt: z.number(),
  /** A written contribution (tham luận) kept in the data folder. */
  attachmentName: z.string().nullable(),
});
export type Speech = z.infer<typeof Speech>;

/** What a change did: the speeches it changed (whole) and those it removed. */
export const SpeechChange = z.object({
  changed: z.array(Speech),
  removed: z.array(id),
  /** The core's clock when it answered, so timers on screen start from the right second. */
  now: z.number(),
});
export type SpeechChange = z.infer<typeof SpeechChange>;

export const SpeechList = z.object({
  speeches: z.array(Speech),
  now: z.number(),
});
export type SpeechList = z.infer<typeof SpeechList>;

export const SPEECH_ACTIONS = [
  'send',
  'call',
  'notCalled',
  'withdraw',
  'start',
  'startNext',
  'pause',
  'resume',
  'end',
  'readd',
] as const;
export const SpeechAction = z.enum(SPEECH_ACTIONS);

const Tally = { count: z.number().int(), totalMs: z.number() };
export const SpeakingStats = z.object({
  ...Tally,
  overruns: z.number().int(),
  overrunMs: z.number(),
  bySpeaker: z.array(
    z.object({ ...Tally, key: z.string(), name: z.string(), position: z.string(), origin: Origin }),
  ),
  byOrigin: z.array(z.object({ ...Tally, key: z.string(), origin: Origin })),
  byAgendaItem: z.array(
    z.object({
      ...Tally,
      agendaItemId: id.nullable(),
      plannedStart: z.string().nullable(),
      plannedMinutes: z.number().int().nullable(),
      actualStart: z.number().nullable(),
      actualEnd: z.number().nullable(),
    }),
  ),
  now: z.number(),
});

export const AttachmentFile = z.object({
  fileName: verbatimText(255),
  dataBase64: z.string(),
});

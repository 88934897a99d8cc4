import type { Speech } from '../api/speakingSchemas';

/**
 * A speech as the core lists one: someone at the center, waiting, no time limit, unless told
 * otherwise (tests only). The order key is the id, so fixtures list in the order of their ids.
 */
export function speechFixture(fields: Partial<Speech> & Pick<Speech, 'id'>): Speech {
  return {
    meetingId: 'm',
    orderKey: fields.id,
    state: 'queued',
    speaker: { personId: null, inviteeId: null, name: `Speaker ${fields.id}`, position: '' },
    origin: { kind: 'center' },
    topic: '',
    agendaItemId: null,
    allottedSeconds: null,
    trail: [{ state: 'queued', at: 1_000 }],
    segments: [],
    readdedFrom: null,
    createdAt: 1_000,
    attachmentName: null,
    ...fields,
  };
}

import { AppError } from '../../../shared/api/errors';
import type { Incident } from '../../../shared/api/notesSchemas';
import type { ReadableDB } from '../db/handles';
import {
  getIncident,
  insertIncident,
  listIncidents,
  openIncident,
  removeIncident,
  updateIncident,
} from '../db/queries/incidents';
import { requireEditableMeeting, requireMeeting } from '../domain/guards';
import { defineHandlers } from '../handlerTypes';

function requireIncident(db: ReadableDB, id: string): Incident {
  const i = getIncident(db, id);
  if (!i) throw new AppError('NOT_FOUND', `No incident ${id}`, { entity: 'incident', id });
  return i;
}

/** An incident cannot end before it began: the report would print a negative outage. */
function checkTimes(i: Incident): void {
  if (i.endedAt !== null && Date.parse(i.endedAt) < Date.parse(i.startedAt)) {
    throw new AppError('VALIDATION', 'Incident ends before it starts', {
      issues: [{ path: ['fields', 'endedAt'], message: 'end_before_start' }],
    });
  }
}

export const incidentHandlers = defineHandlers<'incidents.'>({
  'incidents.list': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return { incidents: listIncidents(ctx.db, input.meetingId) };
  },

  'incidents.open': (input, tx) => {
    const meeting = requireEditableMeeting(tx.db, input.meetingId);
    const incident: Incident = {
      id: tx.newId(),
      meetingId: meeting.id,
      kind: input.kind,
      startedAt: tx.at,
      endedAt: null,
      note: input.note,
    };
    insertIncident(tx.db, incident, tx.at);
    tx.changed('incidents.changed', { meetingId: meeting.id });
    return incident;
  },

  /** Ends the named incident, or the latest one still open: one keystroke, no choosing. */
  'incidents.close': (input, tx) => {
    requireEditableMeeting(tx.db, input.meetingId);
    const incident = input.incidentId
      ? requireIncident(tx.db, input.incidentId)
      : openIncident(tx.db, input.meetingId);
    if (!incident || incident.meetingId !== input.meetingId || incident.endedAt !== null) {
      throw new AppError('NO_OPEN_INCIDENT', 'No incident is open', {
        meetingId: input.meetingId,
      });
    }
    const closed = { ...incident, endedAt: tx.at };
    updateIncident(tx.db, closed, tx.at);
    tx.changed('incidents.changed', { meetingId: incident.meetingId });
    return closed;
  },

  'incidents.edit': (input, tx) => {
    const incident = requireIncident(tx.db, input.incidentId);
    requireEditableMeeting(tx.db, incident.meetingId);
    const edited = { ...incident, ...input.fields };
    checkTimes(edited);
    updateIncident(tx.db, edited, tx.at);
    tx.changed('incidents.changed', { meetingId: incident.meetingId });
    return edited;
  },

  'incidents.remove': (input, tx) => {
    const incident = requireIncident(tx.db, input.incidentId);
    requireEditableMeeting(tx.db, incident.meetingId);
    removeIncident(tx.db, incident.id, tx.at);
    tx.changed('incidents.changed', { meetingId: incident.meetingId });
    return { ok: true as const };
  },
});

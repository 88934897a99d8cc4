import { AppError } from '../../../shared/api/errors';
import { refreshPlannedSnapshots } from '../db/queries/invitees';
import * as q from '../db/queries/people';
import { searchPeople } from '../db/queries/peopleSearch';
import { requirePerson } from '../domain/guards';
import { addPerson, buildPersonRecord } from '../domain/personRecord';
import { defineHandlers } from '../handlerTypes';

export const peopleHandlers = defineHandlers<'people.'>({
  'people.search': (input, ctx) => searchPeople(ctx.db, input),

  'people.get': (input, ctx) => requirePerson(ctx.db, input.id),

  'people.create': (input, tx) => addPerson(tx, input),

  'people.update': (input, tx) => {
    requirePerson(tx.db, input.id);
    const record = buildPersonRecord(tx.db, input.id, input);
    q.updatePerson(tx.db, record, tx.at);
    refreshPlannedSnapshots(tx.db, { ...record, personId: record.id }, tx.at);
    tx.changed('directory.changed', {});
    return requirePerson(tx.db, input.id);
  },

  'people.retire': (input, tx) => {
    const p = requirePerson(tx.db, input.id);
    if (p.retiredAt === null) q.setRetired(tx.db, p.id, tx.at, tx.at);
    tx.changed('directory.changed', {});
    return requirePerson(tx.db, p.id);
  },

  'people.restore': (input, tx) => {
    const p = requirePerson(tx.db, input.id);
    q.setRetired(tx.db, p.id, null, tx.at);
    tx.changed('directory.changed', {});
    return requirePerson(tx.db, p.id);
  },

  /** Only for someone never invited: a meeting's record must keep pointing at a real person. */
  'people.delete': (input, tx) => {
    requirePerson(tx.db, input.id);
    if (q.hasMeetingRecord(tx.db, input.id)) {
      throw new AppError('PERSON_HAS_HISTORY', 'This person has a meeting record; retire instead', {
        id: input.id,
      });
    }
    q.deletePerson(tx.db, input.id);
    tx.changed('directory.changed', {});
    return { ok: true as const };
  },
});

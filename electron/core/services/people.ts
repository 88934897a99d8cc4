import type { MethodOutput, MethodParsedInput } from '../../../shared/api/methods';
import type { Person } from '../../../shared/api/schemas';
import type { PersonInput } from '../../../shared/api/schemas';
import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import { nameSortKey } from '../../../shared/text/collation';
import { foldText } from '../../../shared/text/fold';
import { isValidGivenName, splitName } from '../../../shared/text/names';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { groupExists } from '../db/queries/groups';
import { refreshPlannedSnapshots } from '../db/queries/invitees';
import type { PersonRecord } from '../db/queries/people';
import * as q from '../db/queries/people';

type ParsedPerson = z.output<typeof PersonInput>;

/** Normalised record for storage: NFC, one tone placement, derived sort and search columns. */
export function buildPersonRecord(ctx: CoreContext, id: string, input: ParsedPerson): PersonRecord {
  const fullName = normaliseVietnamese(input.fullName);
  const position = normaliseVietnamese(input.position);
  const unit = normaliseVietnamese(input.unit);
  const override = normaliseVietnamese(input.givenName);
  if (override && !isValidGivenName(fullName, override)) {
    throw new AppError('VALIDATION', 'Given name must be the end of the full name', {
      issues: [{ path: ['givenName'], message: 'given_name_not_tail' }],
    });
  }
  if (input.groupId !== null && !groupExists(ctx.db, input.groupId)) {
    throw new AppError('NOT_FOUND', `Unknown protocol group ${input.groupId}`, {
      issues: [{ path: ['groupId'], message: 'unknown_group' }],
    });
  }
  const givenName = splitName(fullName, override || null).given;
  const derivedGiven = splitName(fullName).given;
  return {
    id,
    fullName,
    givenName,
    givenNameCustom: givenName !== derivedGiven,
    position,
    unit,
    groupId: input.groupId,
    rank: input.rank,
    phone: input.phone.replace(/\s+/g, ' '),
    note: input.note,
    sortKey: nameSortKey(fullName, givenName),
    searchText: foldText([fullName, position, unit, input.phone].join(' ')),
  };
}

export function requirePerson(ctx: CoreContext, id: string): Person {
  const person = q.getPerson(ctx.db, id);
  if (!person) throw new AppError('NOT_FOUND', `No person ${id}`, { entity: 'person', id });
  return person;
}

export function createPerson(ctx: CoreContext, input: ParsedPerson): Person {
  const record = buildPersonRecord(ctx, ctx.newId(), input);
  q.insertPerson(ctx.db, record, nowIso(ctx));
  return requirePerson(ctx, record.id);
}

function directoryChanged<T>(ctx: CoreContext, value: T): T {
  ctx.emit('directory.changed', {});
  return value;
}

export const peopleHandlers = {
  'people.search': (input: MethodParsedInput<'people.search'>, ctx: CoreContext) =>
    q.searchPeople(ctx.db, input),

  'people.get': (input: MethodParsedInput<'people.get'>, ctx: CoreContext) =>
    requirePerson(ctx, input.id),

  'people.create': (input: MethodParsedInput<'people.create'>, ctx: CoreContext) => {
    const person = ctx.db.transaction(() => createPerson(ctx, input))();
    ctx.emit('directory.changed', {});
    return person;
  },

  'people.update': (input: MethodParsedInput<'people.update'>, ctx: CoreContext): Person => {
    const person = ctx.db.transaction(() => {
      requirePerson(ctx, input.id);
      const record = buildPersonRecord(ctx, input.id, input);
      const now = nowIso(ctx);
      q.updatePerson(ctx.db, record, now);
      refreshPlannedSnapshots(ctx.db, { ...record, personId: record.id }, now);
      return requirePerson(ctx, input.id);
    })();
    ctx.emit('directory.changed', {});
    return person;
  },

  'people.retire': (input: MethodParsedInput<'people.retire'>, ctx: CoreContext) =>
    directoryChanged(
      ctx,
      ctx.db.transaction(() => {
        const p = requirePerson(ctx, input.id);
        if (p.retiredAt === null) q.setRetired(ctx.db, p.id, nowIso(ctx), nowIso(ctx));
        return requirePerson(ctx, p.id);
      })(),
    ),

  'people.restore': (input: MethodParsedInput<'people.restore'>, ctx: CoreContext) =>
    directoryChanged(
      ctx,
      ctx.db.transaction(() => {
        const p = requirePerson(ctx, input.id);
        q.setRetired(ctx.db, p.id, null, nowIso(ctx));
        return requirePerson(ctx, p.id);
      })(),
    ),

  'people.delete': (
    input: MethodParsedInput<'people.delete'>,
    ctx: CoreContext,
  ): MethodOutput<'people.delete'> =>
    directoryChanged(
      ctx,
      ctx.db.transaction(() => {
        requirePerson(ctx, input.id);
        if (q.hasMeetingRecord(ctx.db, input.id)) {
          throw new AppError(
            'PERSON_HAS_HISTORY',
            'This person has a meeting record; retire instead',
            {
              id: input.id,
            },
          );
        }
        q.deletePerson(ctx.db, input.id);
        return { ok: true as const };
      })(),
    ),
};

import type { z } from 'zod';
import { AppError } from '../../../shared/api/errors';
import type { Person, PersonInput } from '../../../shared/api/schemas';
import { nameSortKey } from '../../../shared/text/collation';
import { foldText, searchWords } from '../../../shared/text/fold';
import { isValidGivenName, splitName } from '../../../shared/text/names';
import { normaliseVietnamese } from '../../../shared/text/tone';
import type { WriteContext } from '../context';
import type { ReadableDB } from '../db/handles';
import { groupExists } from '../db/queries/groups';
import type { PersonRecord } from '../db/queries/people';
import { insertPerson } from '../db/queries/people';
import { requirePerson } from './guards';

export type ParsedPerson = z.output<typeof PersonInput>;

/**
 * A person as stored, from what the operator (or a roster, or a walk-in form) gave: NFC with
 * one tone placement, the given name checked against the full name, and the derived sort and
 * search columns. Directory entries and walk-ins are built by this one function.
 */
export function buildPersonRecord(db: ReadableDB, id: string, input: ParsedPerson): PersonRecord {
  const fullName = normaliseVietnamese(input.fullName);
  const position = normaliseVietnamese(input.position);
  const unit = normaliseVietnamese(input.unit);
  const override = normaliseVietnamese(input.givenName);
  if (override && !isValidGivenName(fullName, override)) {
    throw new AppError('VALIDATION', 'Given name must be the end of the full name', {
      issues: [{ path: ['givenName'], message: 'given_name_not_tail' }],
    });
  }
  if (input.groupId !== null && !groupExists(db, input.groupId)) {
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
    searchText: searchWords(foldText([fullName, position, unit, input.phone].join(' '))).join(' '),
  };
}

/** Adds someone to the directory and announces it. */
export function addPerson(tx: WriteContext, input: ParsedPerson): Person {
  const record = buildPersonRecord(tx.db, tx.newId(), input);
  insertPerson(tx.db, record, tx.at);
  tx.changed('directory.changed', {});
  return requirePerson(tx.db, record.id);
}

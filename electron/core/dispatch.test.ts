import { describe, expect, it } from 'vitest';
import type { WriteContext } from './context';
import type { HandlerTable } from './handlerTypes';
import { handlers } from './handlers';
import { MEETING, invite, meeting, person } from './testing/fixtures';
import type { Harness } from './testing/harness';
import { call, counts, fail, rows, start } from './testing/harness';

/** A core dispatching to `table`, recording its events; `checkReads` as a packaged build sets it. */
function coreWith(table: HandlerTable = handlers, checkReads = true): Harness {
  return start(undefined, undefined, { handlers: table, checkReads });
}

const peopleCount = (h: Harness) => rows(h, 'people');

/** people.create that writes and announces, then answers something that is not a person. */
const brokenCreate: HandlerTable = {
  ...handlers,
  'people.create': ((input: Parameters<HandlerTable['people.create']>[0], tx: WriteContext) => {
    handlers['people.create'](input, tx);
    return { not: 'a person' };
  }) as unknown as HandlerTable['people.create'],
};

describe('dispatch', () => {
  it('rolls a write back, and announces nothing, when its output breaks the contract', () => {
    const h = coreWith(brokenCreate);
    const env = h.core.dispatch('people.create', { fullName: 'Lê Văn Tám' });
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(peopleCount(h)).toBe(0);
    expect(h.events).toEqual([]);
  });

  it('checks write outputs inside the transaction even where read outputs are not checked', () => {
    // Packaged builds skip read checks; writes must take the very same path in every build.
    const h = coreWith(brokenCreate, false);
    expect(h.core.dispatch('people.create', { fullName: 'Lê Văn Tám' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(peopleCount(h)).toBe(0);
  });

  it('sends a write’s change events after the commit, each once', () => {
    const h = coreWith({
      ...handlers,
      'people.create': ((input: Parameters<HandlerTable['people.create']>[0], tx: WriteContext) => {
        tx.changed('directory.changed', {});
        const person = handlers['people.create'](input, tx);
        // Nothing is sent while the transaction is still open.
        expect(h.events).toEqual([]);
        expect(tx.db.inTransaction).toBe(true);
        return person;
      }) as unknown as HandlerTable['people.create'],
    });
    expect(h.core.dispatch('people.create', { fullName: 'Lê Văn Tám' }).ok).toBe(true);
    expect(h.events).toEqual([['directory.changed', {}]]);
  });

  it('runs reads outside any transaction', () => {
    const h = coreWith({
      ...handlers,
      'people.search': ((input: Parameters<HandlerTable['people.search']>[0], ctx) => {
        expect(ctx.db.inTransaction).toBe(false);
        return handlers['people.search'](input, ctx);
      }) as HandlerTable['people.search'],
    });
    expect(h.core.dispatch('people.search', {}).ok).toBe(true);
  });

  it('answers an unknown method and invalid input without calling any handler', () => {
    const h = coreWith();
    expect(h.core.dispatch('people.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(h.core.dispatch('people.create', { fullName: 42 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: ['fullName'] }] } },
    });
    expect(peopleCount(h)).toBe(0);
  });

  it('runs jobs through call(), and refuses them on the synchronous entry', async () => {
    const h = coreWith();
    expect(h.core.dispatch('directory.export', { format: 'csv' })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    const env = await h.core.call('directory.export', { format: 'csv' });
    expect(env).toMatchObject({ ok: true, value: { rows: 0 } });
  });
});

describe('invalid input through an open core', () => {
  function setup() {
    const h = start();
    const m = meeting(h);
    const [inv] = invite(h, m, person(h, 'Lê Văn An'));
    call(h, 'attendance.set', { inviteeId: inv!.id, status: 'present' });
    return { h, m, inv: inv! };
  }

  it('answers UNKNOWN_METHOD for a method not in the map, including Object builtins', () => {
    const { h } = setup();
    for (const method of ['people.drop', 'toString', '__proto__', 'constructor', '']) {
      expect(fail(h, method, {}).code, method).toBe('UNKNOWN_METHOD');
    }
  });

  it.each([
    [
      'attendance.set without a reason',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'absent_excused' }),
      'reason_required',
    ],
    [
      'attendance.set with a blank reason',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'absent_excused', reason: ' ' }),
      'reason_required',
    ],
    [
      'attendance.set without a substitute name',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'substituted', substitutePosition: 'P' }),
      'substitute_name_required',
    ],
    [
      'attendance.set without a substitute position',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'substituted', substituteName: 'N' }),
      'substitute_position_required',
    ],
    [
      'attendance.set with an unknown status',
      'attendance.set',
      (inv: string) => ({ inviteeId: inv, status: 'asleep' }),
      undefined,
    ],
    [
      'attendance.set with a number for an id',
      'attendance.set',
      () => ({ inviteeId: 42, status: 'present' }),
      undefined,
    ],
    [
      'people.create with a number for a name',
      'people.create',
      () => ({ fullName: 42 }),
      undefined,
    ],
    [
      'people.create with an unknown field',
      'people.create',
      () => ({ fullName: 'Lê Văn B', age: 40 }),
      'unknown_field',
    ],
    ['people.create with no input', 'people.create', () => undefined, 'required'],
    [
      'meetings.create with a bad time',
      'meetings.create',
      () => ({ ...MEETING, startTime: '8h' }),
      'invalid_time',
    ],
    [
      'meetings.list with an unknown filter',
      'meetings.list',
      () => ({ when: 'someday' }),
      undefined,
    ],
    [
      'invitees.addPeople with no one',
      'invitees.addPeople',
      () => ({ meetingId: 'm', personIds: [] }),
      undefined,
    ],
  ] as const)('answers VALIDATION for %s and writes nothing', (_name, method, input, message) => {
    const { h, inv } = setup();
    const before = counts(h);
    const listed = call(h, 'invitees.list', { meetingId: inv.meetingId });
    const error = fail(h, method, input(inv.id));
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.issues?.length).toBeGreaterThan(0);
    if (message) expect(error.details!.issues!.map((i) => i.message)).toContain(message);
    expect(counts(h)).toEqual(before);
    expect(call(h, 'invitees.list', { meetingId: inv.meetingId })).toEqual(listed);
  });

  it('answers NOT_FOUND for unknown ids and writes nothing', () => {
    const { h, m } = setup();
    const before = counts(h);
    expect(fail(h, 'attendance.set', { inviteeId: 'nobody', status: 'present' }).code).toBe(
      'NOT_FOUND',
    );
    expect(fail(h, 'attendance.markRestAbsent', { meetingId: 'nope' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'attendance.history', { meetingId: 'nope' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'people.get', { id: 'nobody' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'people.retire', { id: 'nobody' }).code).toBe('NOT_FOUND');
    expect(fail(h, 'invitees.addPeople', { meetingId: m.id, personIds: ['nobody'] }).code).toBe(
      'NOT_FOUND',
    );
    expect(fail(h, 'invitees.remove', { inviteeId: 'nobody' }).code).toBe('NOT_FOUND');
    expect(counts(h)).toEqual(before);
  });

  it('puts the field path in validation issues', () => {
    const { h, inv } = setup();
    expect(
      fail(h, 'attendance.set', { inviteeId: inv.id, status: 'absent_excused' }).details,
    ).toEqual({
      issues: [{ path: ['reason'], message: 'reason_required' }],
    });
  });

  it('sends envelopes that survive JSON, as both transports carry them', () => {
    const { h, inv } = setup();
    const ok = h.core.dispatch('invitees.list', { meetingId: inv.meetingId });
    const err = h.core.dispatch('attendance.set', { inviteeId: inv.id, status: 'absent_excused' });
    expect(JSON.parse(JSON.stringify(ok))).toEqual(ok);
    expect(JSON.parse(JSON.stringify(err))).toEqual(err);
    expect(err).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.any(String) },
    });
  });
});

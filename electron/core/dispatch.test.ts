import { describe, expect, it } from 'vitest';
import type { CoreContext } from './context';
import { openMemoryDatabase } from './db/open';
import { createDispatch } from './dispatch';
import type { HandlerTable } from './handlers';
import { handlers } from './handlers';
import { MEETING, invite, meeting, person } from './testing/fixtures';
import { call, counts, fail, start } from './testing/harness';

function context(): CoreContext {
  let n = 0;
  return {
    db: openMemoryDatabase(),
    dataDir: ':memory:',
    now: () => new Date('2025-01-01T00:00:00Z'),
    newId: () => `id-${++n}`,
    emit: () => {},
    transport: 'http',
    version: 'test',
  };
}

const count = (ctx: CoreContext) =>
  (ctx.db.prepare('SELECT count(*) AS n FROM people').get() as { n: number }).n;

describe('dispatch', () => {
  it('rolls a write back when the handler’s output breaks the contract', () => {
    const ctx = context();
    const broken: HandlerTable = {
      ...handlers,
      'people.create': ((input: Parameters<HandlerTable['people.create']>[0], c: CoreContext) => {
        handlers['people.create'](input, c);
        return { not: 'a person' };
      }) as unknown as HandlerTable['people.create'],
    };
    const { dispatch } = createDispatch(broken, ctx, { checkOutput: true });
    const env = dispatch('people.create', { fullName: 'Lê Văn Tám' });
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(count(ctx)).toBe(0);
  });

  it('answers an unknown method and invalid input without calling any handler', () => {
    const ctx = context();
    const { dispatch } = createDispatch(handlers, ctx);
    expect(dispatch('people.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(dispatch('people.create', { fullName: 42 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: { issues: [{ path: ['fullName'] }] } },
    });
    expect(count(ctx)).toBe(0);
  });

  it('runs asynchronous methods through call()', async () => {
    const ctx = context();
    const { call } = createDispatch(handlers, ctx);
    const env = await call('directory.export', { format: 'csv' });
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

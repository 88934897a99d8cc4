import { describe, expect, it } from 'vitest';
import type { CoreContext } from './context';
import { openMemoryDatabase } from './db/open';
import { createDispatch } from './dispatch';
import type { HandlerTable } from './handlers';
import { handlers } from './handlers';

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

import { describe, expect, it } from 'vitest';
import type { ReadContext, WriteContext } from '../context';
import { readable } from './handles';
import type { WritableDB } from './handles';
import { openMemoryDatabase } from './open';
import { setRetired } from './queries/people';
import { listGroups } from './queries/groups';

/**
 * The brands are checked by the compiler (`npm run typecheck` covers test files): each
 * `@ts-expect-error` below fails the type check the day a read handle is accepted for a write.
 */
describe('database handles', () => {
  it('lets a read handle read, and refuses it to every write query at compile time', () => {
    const db = readable(openMemoryDatabase());
    expect(listGroups(db).length).toBeGreaterThan(0);
    const ctx = { db } as ReadContext;
    // @ts-expect-error a read handler’s database is not writable
    const writeFromRead = () => setRetired(ctx.db, 'p1', null, '2025-01-01T00:00:00Z');
    expect(typeof writeFromRead).toBe('function');
    db.close();
  });

  it('lets a writable handle do both, so writes compose with reads', () => {
    const tx = { db: openMemoryDatabase() as WritableDB } as WriteContext;
    expect(listGroups(tx.db).length).toBeGreaterThan(0);
    expect(() => setRetired(tx.db, 'nobody', null, '2025-01-01T00:00:00Z')).not.toThrow();
    tx.db.close();
  });
});

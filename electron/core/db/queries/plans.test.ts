import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readable } from '../handles';
import type { ReadableDB } from '../handles';
import { openMemoryDatabase } from '../open';
import { attendanceHistory } from './attendance';
import { listInvitees } from './invitees';
import { searchPeople } from './people';

/**
 * The hot queries must stay on their indexes: a check-in list of 500 and a directory of a few
 * thousand people are read on every keystroke and every tap. These tests capture the SQL the
 * query functions really prepare and ask SQLite how it would run it.
 */
let db: ReadableDB;
beforeEach(() => {
  db = readable(openMemoryDatabase());
});
afterEach(() => {
  db.close();
});

/** Runs `fn`, then returns the query plan (detail lines) of every statement it prepared. */
function plansOf(fn: () => void, params: Record<string, unknown> | unknown[]): string[][] {
  const spy = vi.spyOn(db, 'prepare');
  let sqls: string[];
  try {
    fn();
  } finally {
    sqls = spy.mock.calls.map((c) => c[0] as string);
    spy.mockRestore();
  }
  expect(sqls.length).toBeGreaterThan(0);
  return sqls.map((sql) =>
    (
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(Array.isArray(params) ? params : [params])) as {
        detail: string;
      }[]
    ).map((r) => r.detail),
  );
}

const fullScanOf = (table: string) => new RegExp(`^SCAN ${table}(?: |$)(?!.*VIRTUAL TABLE)`);

describe('query plans', () => {
  it('invitees of a meeting are found through invitees_by_meeting', () => {
    const [plan] = plansOf(() => listInvitees(db, 'm1'), ['m1']);
    expect(
      plan!.some((d) => /^SEARCH i USING INDEX invitees_by_meeting \(meeting_id=\?\)/.test(d)),
    ).toBe(true);
    expect(plan!.some((d) => fullScanOf('i').test(d))).toBe(false);
  });

  it('people search with a query is driven by the FTS table, never a scan of people', () => {
    const plans = plansOf(
      () =>
        searchPeople(db, {
          query: 'do trong',
          groupId: null,
          includeRetired: false,
          limit: 50,
          offset: 0,
        }),
      { match: '"do"* "trong"*', limit: 50, offset: 0 },
    );
    expect(plans.length).toBeGreaterThanOrEqual(1);
    for (const plan of plans) {
      expect(
        plan.some((d) => /SCAN people_fts VIRTUAL TABLE INDEX \d+:M/.test(d)),
        plan.join('\n'),
      ).toBe(true);
      expect(
        plan.some((d) => fullScanOf('(?:p|people)').test(d)),
        plan.join('\n'),
      ).toBe(false);
    }
  });

  it('attendance history of one invitee uses attendance_events_by_invitee', () => {
    const [plan] = plansOf(() => attendanceHistory(db, 'm1', 'i1'), {
      meetingId: 'm1',
      inviteeId: 'i1',
    });
    expect(
      plan!.some((d) =>
        /^SEARCH e USING (?:COVERING )?INDEX attendance_events_by_invitee \(invitee_id=\?/.test(d),
      ),
      plan!.join('\n'),
    ).toBe(true);
    expect(plan!.some((d) => fullScanOf('e').test(d))).toBe(false);
  });

  it('attendance history of a whole meeting reaches events through the invitee index too', () => {
    const [plan] = plansOf(() => attendanceHistory(db, 'm1'), { meetingId: 'm1', inviteeId: null });
    expect(
      plan!.some((d) => /attendance_events_by_invitee/.test(d)),
      plan!.join('\n'),
    ).toBe(true);
    expect(plan!.some((d) => fullScanOf('e').test(d))).toBe(false);
  });
});

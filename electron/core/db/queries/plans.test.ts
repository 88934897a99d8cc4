import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readable } from '../handles';
import type { ReadableDB } from '../handles';
import { openMemoryDatabase } from '../open';
import { attendanceHistory } from './attendance';
import { listInvitees } from './invitees';
import type { PeopleFilter } from './peopleSearch';
import { pageOfMatches, queryMatch, searchPeople } from './peopleSearch';

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

/** Runs `fn`, then returns each statement it prepared with its query plan (detail lines). */
function statementsOf(
  fn: () => void,
  params: Record<string, unknown> | unknown[],
): { sql: string; plan: string[] }[] {
  const spy = vi.spyOn(db, 'prepare');
  let sqls: string[];
  try {
    fn();
  } finally {
    sqls = spy.mock.calls.map((c) => c[0] as string);
    spy.mockRestore();
  }
  expect(sqls.length).toBeGreaterThan(0);
  return sqls.map((sql) => ({
    sql,
    plan: (
      db
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...(Array.isArray(params) ? params : [params])) as {
        detail: string;
      }[]
    ).map((r) => r.detail),
  }));
}

/** The query plans (detail lines) of every statement `fn` prepared. */
const plansOf = (fn: () => void, params: Record<string, unknown> | unknown[]): string[][] =>
  statementsOf(fn, params).map((s) => s.plan);

const fullScanOf = (table: string) => new RegExp(`^SCAN ${table}(?: |$)(?!.*VIRTUAL TABLE)`);
/** A scan of the table's rows themselves, as opposed to an ordered walk of a covering index. */
const tableScanOf = (table: string) => new RegExp(`^SCAN ${table}$`);

const SEARCH: PeopleFilter = {
  query: '',
  groupId: null,
  includeRetired: false,
  limit: 50,
  offset: 0,
};
const PARAMS = {
  match: '"do"*',
  w0: ' do',
  w1: ' trong',
  groupId: 'grp-btv',
  limit: 50,
  offset: 0,
};

/**
 * A few people, one retired, so that every count and page statement of a search is prepared
 * (an empty directory answers before it reaches the page).
 */
function seedPeople(): void {
  const insert = db.prepare(
    `INSERT INTO people (id, full_name, given_name, group_id, sort_key, order_key, search_text,
       retired_at, created_at, updated_at)
     VALUES (?, ?, 'x', ?, 'k', ?, ?, ?, 't', 't')`,
  );
  const fts = db.prepare('INSERT INTO people_fts (rowid, search_text) VALUES (?, ?)');
  ['do trong hung', 'do van an', 'le thi do'].forEach((text, i) => {
    const { lastInsertRowid } = insert.run(
      `p${i}`,
      text,
      i === 2 ? null : 'grp-btv',
      `00003000000${i}k`,
      text,
      i === 1 ? 't' : null,
    );
    fts.run(lastInsertRowid, text);
  });
}

describe('query plans', () => {
  it('invitees of a meeting are found through invitees_by_meeting', () => {
    const [plan] = plansOf(() => listInvitees(db, 'm1'), ['m1']);
    expect(
      plan!.some((d) => /^SEARCH i USING INDEX invitees_by_meeting \(meeting_id=\?\)/.test(d)),
    ).toBe(true);
    expect(plan!.some((d) => fullScanOf('i').test(d))).toBe(false);
  });

  it('people search counts from the FTS index and reads people only by rowid or a covering index', () => {
    seedPeople();
    const filters: PeopleFilter[] = [
      { ...SEARCH, query: 'do trong' },
      { ...SEARCH, query: 'do', includeRetired: true },
      { ...SEARCH, query: 'do', groupId: 'grp-btv' },
      { ...SEARCH, query: 'do', groupId: 'grp-btv', includeRetired: true },
    ];
    const statements = statementsOf(() => {
      for (const f of filters) {
        searchPeople(db, f);
        for (const plan of ['walk_order', 'sort_matches'] as const)
          pageOfMatches(db, queryMatch(f.query)!, f, plan);
      }
    }, PARAMS);
    expect(statements.filter((s) => /MATCH/.test(s.sql)).length).toBeGreaterThanOrEqual(6);
    for (const { sql, plan } of statements) {
      const text = `${sql}\n${plan.join('\n')}`;
      if (/MATCH/.test(sql)) {
        expect(
          plan.some((d) => /SCAN people_fts VIRTUAL TABLE INDEX \d+:M/.test(d)),
          text,
        ).toBe(true);
      }
      expect(
        plan.some((d) => tableScanOf('(?:p|people)').test(d)),
        text,
      ).toBe(false);
      for (const d of plan.filter((x) => /^(?:SCAN|SEARCH) (?:p|people) /.test(x)))
        expect(d, text).toMatch(/USING (?:COVERING INDEX|INTEGER PRIMARY KEY \(rowid=\?\))/);
    }
  });

  it('a page of a broad match walks the covering order index, in order, with no sort', () => {
    seedPeople();
    const [everyone, inGroup] = [null, 'grp-btv'].map((groupId) =>
      plansOf(
        () =>
          pageOfMatches(db, queryMatch('do')!, { ...SEARCH, query: 'do', groupId }, 'walk_order'),
        PARAMS,
      ).flat(),
    );
    expect(everyone).toContain('SCAN people USING COVERING INDEX people_in_order');
    expect(inGroup).toContain('SEARCH people USING COVERING INDEX people_by_group (group_id=?)');
    for (const plan of [everyone!, inGroup!]) {
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
      expect(plan.filter((d) => /^SEARCH p USING INTEGER PRIMARY KEY/.test(d))).toHaveLength(1);
    }
  });

  it('a directory page without a query steps over covering index entries, and counts no rows', () => {
    seedPeople();
    const plans = plansOf(() => {
      searchPeople(db, { ...SEARCH, offset: 1 });
      searchPeople(db, { ...SEARCH, offset: 1, groupId: 'grp-btv' });
    }, PARAMS);
    const all = plans.flat();
    expect(all).toContain('SCAN people USING COVERING INDEX people_in_order');
    expect(all).toContain('SEARCH people USING COVERING INDEX people_by_group (group_id=?)');
    expect(all).toContain('SEARCH people USING COVERING INDEX people_retired (retired_at>?)');
    expect(all.join('\n')).not.toMatch(/TEMP B-TREE/);
    for (const plan of plans) {
      for (const d of plan.filter((x) => /^(?:SCAN|SEARCH) (?:p|people)\b/.test(x)))
        expect(d, plan.join('\n')).toMatch(
          /USING (?:COVERING INDEX|INTEGER PRIMARY KEY \(rowid=\?\))/,
        );
    }
  });

  // Migration 10: events are clustered by meeting; both histories walk the meeting's run
  // backwards, in id order, with no sort and no index besides the table itself.
  for (const [who, inviteeId] of [
    ['one invitee', 'i1'],
    ['a whole meeting', null],
  ] as const) {
    it(`attendance history of ${who} reads its meeting's run of events, in order`, () => {
      const [plan] = plansOf(() => attendanceHistory(db, 'm1', inviteeId ?? undefined), {
        meetingId: 'm1',
        inviteeId,
      });
      expect(plan, plan!.join('\n')).toContain('SEARCH e USING PRIMARY KEY (meeting_id=?)');
      expect(plan!.some((d) => fullScanOf('e').test(d))).toBe(false);
      expect(plan!.join('\n')).not.toMatch(/TEMP B-TREE/);
    });
  }
});

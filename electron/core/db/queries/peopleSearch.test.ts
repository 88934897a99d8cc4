import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { generateBenchRoster } from '../../../../bench/rosters';
import { foldText, matchesQuery } from '../../../../shared/text/fold';
import { buildPersonRecord } from '../../domain/personRecord';
import type { WritableDB } from '../handles';
import { migrate } from '../migrations';
import { openMemoryDatabase } from '../open';
import { listGroups } from './groups';
import { deletePerson, getPerson, insertPerson, setRetired } from './people';
import type { PeopleFilter } from './peopleSearch';
import { chooseMatchPlan, pageOfMatches, queryMatch, searchPeople } from './peopleSearch';

const NOW = '2025-03-01T00:00:00.000Z';

/**
 * A directory shaped like a real one, written straight through the query functions: people in
 * every group and in none, with and without a rank, some retired, and a run of namesakes with the
 * same group and rank (one order key), whom only the id tells apart.
 */
function seed(db: WritableDB, count: number): void {
  const groups = listGroups(db);
  const roster = generateBenchRoster(count, 7);
  let n = 0;
  const add = (fullName: string, position: string, unit: string, i: number) => {
    // Ids in no particular relation to insertion order, so a tie broken by rowid would show.
    const id = `p-${((n * 7919) % 100_003).toString(36).padStart(4, '0')}-${n}`;
    n++;
    const record = buildPersonRecord(db, id, {
      fullName,
      givenName: '',
      position,
      unit,
      groupId: i % 6 === 0 ? null : groups[i % groups.length]!.id,
      rank: i % 4 === 0 ? null : (i % 9) + 1,
      phone: i % 3 === 0 ? `0912${String(i).padStart(6, '0')}` : '',
      note: '',
    });
    insertPerson(db, record, NOW);
    if (i % 17 === 0) setRetired(db, id, NOW, NOW);
  };
  roster.forEach((r, i) => add(r.fullName, r.position, r.unit, i));
  for (let k = 0; k < 30; k++) add('Nguyễn Văn An', 'Chuyên viên', 'Sở Y tế', 12);
  // Words run into punctuation and into letters no query can type: a word begins after them.
  add('Trần Thị Hòa', 'Trưởng phòng Tổ chức–Cán bộ', 'UBND tỉnh (Thanh Hóa)-Sở Y tế', 3);
  add('Ivanов Straße', 'Chuyên gia', 'Đại sứ quán/Lãnh sự', 5);
}

interface Row {
  id: string;
  order_key: string;
  search_text: string;
  group_id: string | null;
  retired_at: string | null;
}

const rowsOf = (d: WritableDB) =>
  d.prepare('SELECT id, order_key, search_text, group_id, retired_at FROM people').all() as Row[];

/** What a search must answer, computed the plain way: filter in JavaScript, sort, slice. */
function expected(rows: Row[], f: PeopleFilter) {
  const all = rows
    .filter(
      (r) =>
        (f.includeRetired || r.retired_at === null) &&
        (!f.groupId || r.group_id === f.groupId) &&
        matchesQuery(r.search_text, f.query),
    )
    .sort((a, b) =>
      a.order_key < b.order_key ? -1 : a.order_key > b.order_key ? 1 : a.id < b.id ? -1 : 1,
    );
  return { ids: all.slice(f.offset, f.offset + f.limit).map((r) => r.id), total: all.length };
}

const QUERIES = ['', 'th', 'hung', 'nguyen van', 'do trong', 'Hòa', 'so tai chinh', 'giám đốc'];
const MORE = ['lê thị thảo', 'an', 'nguyen van an', '0912', 'xyz', 'can bo', 'hoa so', 'ivan e'];

let db: WritableDB;
beforeEach(() => {
  db = openMemoryDatabase() as WritableDB;
});
afterEach(() => {
  db.close();
});

describe('directory search', () => {
  it('answers every query, filter and offset as the plain filter-and-sort does', () => {
    seed(db, 1200);
    const rows = rowsOf(db);
    const groupId = listGroups(db)[1]!.id;
    for (const query of [...QUERIES, ...MORE]) {
      for (const filters of [
        { groupId: null, includeRetired: false },
        { groupId: null, includeRetired: true },
        { groupId, includeRetired: false },
        { groupId, includeRetired: true },
      ]) {
        for (const [offset, limit] of [
          [0, 50],
          [37, 7],
          [400, 50],
          [1180, 50],
          [5000, 50],
        ] as const) {
          const f = { query, ...filters, offset, limit };
          const want = expected(rows, f);
          const got = searchPeople(db, f);
          const label = JSON.stringify(f);
          expect(got.total, label).toBe(want.total);
          expect(
            got.items.map((p) => p.id),
            label,
          ).toEqual(want.ids);
        }
      }
    }
  });

  it('gives the same page whether it walks the order index or sorts the matches', () => {
    seed(db, 800);
    const rows = rowsOf(db);
    const groupId = listGroups(db)[2]!.id;
    for (const query of [...QUERIES, ...MORE].filter(Boolean)) {
      const match = queryMatch(query)!;
      for (const f of [
        { query, groupId: null, includeRetired: false, offset: 0, limit: 50 },
        { query, groupId: null, includeRetired: true, offset: 13, limit: 20 },
        { query, groupId, includeRetired: false, offset: 5, limit: 50 },
      ]) {
        const walked = pageOfMatches(db, match, f, 'walk_order');
        expect(pageOfMatches(db, match, f, 'sort_matches'), JSON.stringify(f)).toEqual(walked);
        expect(walked.map((p) => p.id)).toEqual(expected(rows, f).ids);
      }
    }
  });

  it('begins a word after punctuation and after letters no query can type, as the renderer does', () => {
    seed(db, 0);
    const find = (query: string) => {
      const f = { query, groupId: null, includeRetired: true, offset: 0, limit: 50 };
      const got = searchPeople(db, f);
      return { total: got.total, names: got.items.map((p) => p.fullName) };
    };
    expect(find('can bo')).toEqual({ total: 1, names: ['Trần Thị Hòa'] });
    expect(find('hoa so y')).toEqual({ total: 1, names: ['Trần Thị Hòa'] });
    expect(find('ivan e')).toEqual({ total: 1, names: ['Ivanов Straße'] });
    expect(find('su quan lanh su')).toEqual({ total: 1, names: ['Ivanов Straße'] });
    expect(matchesQuery(foldText('Ivanов Straße'), 'ivan e')).toBe(true);
    // Inside a word is still not the beginning of one.
    expect(find('anov')).toEqual({ total: 0, names: [] });
  });

  it('pages through namesakes (one order key) in id order, across every page boundary', () => {
    seed(db, 200);
    const rows = rowsOf(db);
    for (const query of ['', 'nguyen van an']) {
      const f = { query, groupId: null, includeRetired: true, offset: 0, limit: 1_000_000 };
      const all = expected(rows, f).ids;
      const paged: string[] = [];
      for (let offset = 0; offset < all.length; offset += 7) {
        paged.push(...searchPeople(db, { ...f, offset, limit: 7 }).items.map((p) => p.id));
      }
      expect(paged).toEqual(all);
    }
  });

  it('returns whole people, exactly as people.get would', () => {
    seed(db, 50);
    const [first] = searchPeople(db, {
      query: '',
      groupId: null,
      includeRetired: true,
      offset: 0,
      limit: 1,
    }).items;
    expect(first).toEqual(getPerson(db, first!.id));
  });

  it('walks the order index for broad matches and sorts narrow ones, deep pages sooner', () => {
    expect(chooseMatchPlan(5000, 10_000, { offset: 0, limit: 50 })).toBe('walk_order');
    expect(chooseMatchPlan(900, 10_000, { offset: 0, limit: 50 })).toBe('walk_order');
    expect(chooseMatchPlan(100, 10_000, { offset: 0, limit: 50 })).toBe('sort_matches');
    expect(chooseMatchPlan(0, 10_000, { offset: 0, limit: 50 })).toBe('sort_matches');
    expect(chooseMatchPlan(600, 10_000, { offset: 0, limit: 50 })).toBe('walk_order');
    expect(chooseMatchPlan(600, 10_000, { offset: 200, limit: 50 })).toBe('sort_matches');
  });
});

describe('remembered totals', () => {
  const th = (d: WritableDB, extra: Partial<PeopleFilter> = {}) =>
    searchPeople(d, {
      query: 'th',
      groupId: null,
      includeRetired: false,
      offset: 0,
      limit: 5,
      ...extra,
    }).total;
  const add = (d: WritableDB, id: string, fullName: string) =>
    insertPerson(
      d,
      buildPersonRecord(d, id, {
        fullName,
        givenName: '',
        position: '',
        unit: '',
        groupId: null,
        rank: null,
        phone: '',
        note: '',
      }),
      NOW,
    );

  it('follow every write of this connection: add, retire, restore, delete', () => {
    seed(db, 300);
    const before = th(db);
    expect(th(db)).toBe(before);
    add(db, 'new-1', 'Lê Thanh Tâm');
    expect(th(db)).toBe(before + 1);
    const everyone = { query: '', groupId: null, includeRetired: false, offset: 0, limit: 1 };
    expect(searchPeople(db, everyone).total).toBe(expected(rowsOf(db), everyone).total);
    setRetired(db, 'new-1', NOW, NOW);
    expect(th(db)).toBe(before);
    expect(searchPeople(db, everyone).total).toBe(expected(rowsOf(db), everyone).total);
    const withRetired = { ...everyone, query: 'th', includeRetired: true };
    expect(th(db, withRetired)).toBe(expected(rowsOf(db), withRetired).total);
    setRetired(db, 'new-1', null, NOW);
    expect(th(db)).toBe(before + 1);
    deletePerson(db, 'new-1');
    expect(th(db)).toBe(before);
  });

  it('are not kept from inside a transaction that is then rolled back', () => {
    seed(db, 300);
    const before = th(db);
    expect(() =>
      db.transaction(() => {
        add(db, 'new-1', 'Lê Thanh Tâm');
        expect(th(db)).toBe(before + 1);
        throw new Error('roll back');
      })(),
    ).toThrow('roll back');
    expect(th(db)).toBe(before);
  });

  it("follow another connection's commits", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diemcau-search-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'two.sqlite');
    const a = new Database(file) as WritableDB;
    a.pragma('journal_mode = WAL');
    migrate(a);
    const b = new Database(file) as WritableDB;
    onTestFinished(() => {
      b.close();
      a.close();
    });
    add(a, 'p-1', 'Trần Thị Thu');
    expect(th(a)).toBe(1);
    add(b, 'p-2', 'Lê Thanh Tâm');
    expect(th(a)).toBe(2);
  });
});

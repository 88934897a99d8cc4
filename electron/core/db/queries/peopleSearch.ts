import type { Person } from '../../../../shared/api/schemas';
import { foldText, searchWords } from '../../../../shared/text/fold';
import type { ReadableDB } from '../handles';
import { stmt } from '../statements';

/**
 * The directory search: people in protocol order (group order, rank, Vietnamese name order,
 * then id), optionally narrowed by a word-prefix query, a group and retirement, one page at a
 * time with the total. It runs on every keystroke and every scroll, so each step is chosen for
 * speed: the page is found from an index (or from the matches alone) as row ids, and only the
 * page's rows are read; totals are counted without visiting rows and kept until the next write.
 */

export interface PeopleFilter {
  query: string;
  groupId: string | null;
  includeRetired: boolean;
  limit: number;
  offset: number;
}

/**
 * What a query asks for: every one of its words must begin a word of the person's search text
 * (which holds `searchWords` only, migration 8). `match` says it to the full-text index; `words`
 * are the same words for testing an index entry's search text directly while walking.
 */
export interface Match {
  match: string;
  words: string[];
}

export function queryMatch(query: string): Match | null {
  const words = searchWords(foldText(query));
  if (words.length === 0) return null;
  return { match: words.map((w) => `"${w}"*`).join(' '), words };
}

/**
 * SQL that is true when every query word begins a word of `search_text`, and its parameters:
 * the text with a space in front contains " word" exactly then, since its words are separated
 * by single spaces and hold nothing `instr` could read differently.
 */
function wordTests(words: readonly string[]): { sql: string[]; params: Record<string, string> } {
  const params: Record<string, string> = {};
  const sql = words.map((w, i) => {
    params[`w${i}`] = ` ${w}`;
    return `instr(' ' || search_text, @w${i}) > 0`;
  });
  return { sql, params };
}

// ---- Rows ----------------------------------------------------------------------------------

/**
 * A page's rows are read as arrays (better-sqlite3's raw mode): building an object with
 * fourteen named keys per row cost about half again as much, and it was a third of a search.
 */
const COLUMNS = `p.id, p.full_name, p.given_name, p.given_name_custom, p.position, p.unit,
  p.group_id, p.rank, p.phone, p.note, p.sort_key, p.retired_at, p.created_at, p.updated_at`;

type RawPerson = [
  string,
  string,
  string,
  number,
  string,
  string,
  string | null,
  number | null,
  string,
  string,
  string,
  string | null,
  string,
  string,
];

const fromRaw = (r: RawPerson): Person => ({
  id: r[0],
  fullName: r[1],
  givenName: r[2],
  givenNameCustom: r[3] === 1,
  position: r[4],
  unit: r[5],
  groupId: r[6],
  rank: r[7],
  phone: r[8],
  note: r[9],
  sortKey: r[10],
  retiredAt: r[11],
  createdAt: r[12],
  updatedAt: r[13],
});

/**
 * `pageIds` selects the page as (rid, ok, pid) = (rowid, order_key, id) in protocol order; only
 * those rows are then read from the table, in the same order.
 */
function readPage(db: ReadableDB, pageIds: string, params: Record<string, unknown>): Person[] {
  const sql = `WITH page AS (${pageIds})
    SELECT ${COLUMNS} FROM page CROSS JOIN people p ON p.rowid = page.rid
    ORDER BY page.ok, page.pid`;
  return (stmt(db, sql).raw(true).all(params) as RawPerson[]).map(fromRaw);
}

// ---- Filters -------------------------------------------------------------------------------

/**
 * Both order indexes hold (…, order_key, id, retired_at, search_text) (migration 8), so walking
 * one in protocol order, skipping retired people and testing words never reads the table.
 */
const orderIndex = (f: Pick<PeopleFilter, 'groupId'>) =>
  f.groupId ? 'people_by_group' : 'people_in_order';

function filterTerms(f: Pick<PeopleFilter, 'groupId' | 'includeRetired'>, alias = ''): string[] {
  const terms: string[] = [];
  if (f.groupId) terms.push(`${alias}group_id = @groupId`);
  if (!f.includeRetired) terms.push(`${alias}retired_at IS NULL`);
  return terms;
}

const MATCHES = 'SELECT rowid FROM people_fts WHERE people_fts MATCH @match';

// ---- Totals --------------------------------------------------------------------------------

interface Totals {
  changes: number;
  dataVersion: number;
  byKey: Map<string, number>;
}

const totalsByDb = new WeakMap<ReadableDB, Totals>();
/** Distinct searches remembered between two writes; more are simply counted again. */
const MAX_TOTALS = 256;

/**
 * Totals of earlier searches, until the data changes. Paging through one result, and every
 * refresh of the same search, would otherwise count all its matches again. The key is what the
 * database says about itself: total_changes() moves with every row this connection writes
 * (a rolled-back write only discards a valid entry), data_version with every commit of another
 * connection. Inside a transaction there is none (null), since what it sees may be rolled back.
 */
function rememberedTotals(db: ReadableDB): Map<string, number> | null {
  if (db.inTransaction) return null;
  const now = stmt(
    db,
    'SELECT total_changes() AS changes, data_version AS dataVersion FROM pragma_data_version',
  ).get() as { changes: number; dataVersion: number };
  let totals = totalsByDb.get(db);
  if (
    !totals ||
    totals.changes !== now.changes ||
    totals.dataVersion !== now.dataVersion ||
    totals.byKey.size >= MAX_TOTALS
  ) {
    totals = { ...now, byKey: new Map() };
    totalsByDb.set(db, totals);
  }
  return totals.byKey;
}

/** Retired people have their own partial index (migration 4): counting them reads only it. */
function countRetired(db: ReadableDB): number {
  return (
    stmt(
      db,
      'SELECT count(*) AS n FROM people INDEXED BY people_retired WHERE retired_at IS NOT NULL',
    ).get() as { n: number }
  ).n;
}

/** People the filter lets through, without a query. */
function countPeople(db: ReadableDB, f: Pick<PeopleFilter, 'groupId' | 'includeRetired'>) {
  if (f.groupId) {
    const where = filterTerms(f).join(' AND ');
    return (
      stmt(db, `SELECT count(*) AS n FROM people INDEXED BY people_by_group WHERE ${where}`).get({
        groupId: f.groupId,
      }) as { n: number }
    ).n;
  }
  // A bare count(*) is answered from the b-tree's pages without decoding a row.
  const all = (stmt(db, 'SELECT count(*) AS n FROM people').get() as { n: number }).n;
  return f.includeRetired ? all : all - countRetired(db);
}

/** People the filter lets through whose search text matches `q`. */
function countMatches(
  db: ReadableDB,
  { match, words }: Match,
  f: Pick<PeopleFilter, 'groupId' | 'includeRetired'>,
): number {
  if (f.groupId) {
    // The group's entries in its order index, each one's words tested: bounded by the group's
    // size, where joining every match to its row is bounded by the matches.
    const tests = wordTests(words);
    const where = [...filterTerms(f), ...tests.sql].join(' AND ');
    return (
      stmt(db, `SELECT count(*) AS n FROM people INDEXED BY people_by_group WHERE ${where}`).get({
        groupId: f.groupId,
        ...tests.params,
      }) as { n: number }
    ).n;
  }
  // The full-text index counts its matches alone; retired matches, usually none, are taken off.
  const all = (
    stmt(db, 'SELECT count(*) AS n FROM people_fts WHERE people_fts MATCH @match').get({
      match,
    }) as { n: number }
  ).n;
  if (f.includeRetired || countRetired(db) === 0) return all;
  const retired = (
    stmt(
      db,
      `SELECT count(*) AS n FROM people INDEXED BY people_retired
       WHERE retired_at IS NOT NULL AND rowid IN (${MATCHES})`,
    ).get({ match }) as { n: number }
  ).n;
  return all - retired;
}

function total(
  db: ReadableDB,
  remembered: Map<string, number> | null,
  q: Match | null,
  f: Pick<PeopleFilter, 'groupId' | 'includeRetired'>,
): number {
  const key = `${q?.match ?? ''}\u0000${f.groupId ?? ''}\u0000${f.includeRetired ? 1 : 0}`;
  let n = remembered?.get(key);
  if (n === undefined) {
    n = q === null ? countPeople(db, f) : countMatches(db, q, f);
    remembered?.set(key, n);
  }
  return n;
}

// ---- Pages ---------------------------------------------------------------------------------

/** Two ways to the page of a query's matches; both give the same rows in the same order. */
export type MatchPlan = 'walk_order' | 'sort_matches';

/**
 * Sorting costs about this many walk steps per match: it reads each match's row for its order
 * key (0.45–0.85 µs a match on the bench's directory of 10,000, depending on how busy the
 * machine's caches are), where a step of the walk, with its word tests, is about 0.2 µs.
 * Walking steps over about (offset + limit) × entries / matches entries before the page is
 * complete. Near the crossover (about 400 matches for a first page of 50) both cost the same.
 */
const SORT_PER_MATCH = 3;

export function chooseMatchPlan(
  matches: number,
  entries: number,
  page: Pick<PeopleFilter, 'offset' | 'limit'>,
): MatchPlan {
  const walked = Math.min(entries, ((page.offset + page.limit) * entries) / Math.max(matches, 1));
  return walked < SORT_PER_MATCH * matches ? 'walk_order' : 'sort_matches';
}

/** The page of a query's matches, by either plan (tests check that both agree). */
export function pageOfMatches(
  db: ReadableDB,
  q: Match,
  f: PeopleFilter,
  plan: MatchPlan,
): Person[] {
  const page = { groupId: f.groupId, limit: f.limit, offset: f.offset };
  if (plan === 'walk_order') {
    // Broad matches ("th"): walk the order index, testing each entry's words; the first page
    // is complete after a few entries, and no match outside it is ever read.
    const tests = wordTests(q.words);
    const where = [...filterTerms(f), ...tests.sql].join(' AND ');
    return readPage(
      db,
      `SELECT rowid AS rid, order_key AS ok, id AS pid FROM people INDEXED BY ${orderIndex(f)}
       WHERE ${where} ORDER BY order_key, id LIMIT @limit OFFSET @offset`,
      { ...page, ...tests.params },
    );
  }
  // Narrow matches: read the few matches' order keys and sort them.
  const where = ['people_fts MATCH @match', ...filterTerms(f, 'p.')].join(' AND ');
  return readPage(
    db,
    `SELECT p.rowid AS rid, p.order_key AS ok, p.id AS pid
     FROM people_fts CROSS JOIN people p ON p.rowid = people_fts.rowid
     WHERE ${where} ORDER BY p.order_key, p.id LIMIT @limit OFFSET @offset`,
    { ...page, match: q.match },
  );
}

/** A page of everyone the filter lets through: index entries are stepped over, not rows. */
function pageInOrder(db: ReadableDB, f: PeopleFilter): Person[] {
  const terms = filterTerms(f);
  const where = terms.length ? `WHERE ${terms.join(' AND ')}` : '';
  return readPage(
    db,
    `SELECT rowid AS rid, order_key AS ok, id AS pid FROM people INDEXED BY ${orderIndex(f)}
     ${where} ORDER BY order_key, id LIMIT @limit OFFSET @offset`,
    { groupId: f.groupId, limit: f.limit, offset: f.offset },
  );
}

/** Search in protocol order: group order, rank, then Vietnamese name order, then id. */
export function searchPeople(db: ReadableDB, f: PeopleFilter): { items: Person[]; total: number } {
  const q = queryMatch(f.query);
  // Text with nothing searchable in it ("!!!", another script) matches no one, not everyone.
  if (q === null && foldText(f.query) !== '') return { items: [], total: 0 };
  const remembered = rememberedTotals(db);
  const n = total(db, remembered, q, f);
  if (n <= f.offset) return { items: [], total: n };
  if (q === null) return { items: pageInOrder(db, f), total: n };
  // What the walk steps over: every entry of the index it walks, retired people included.
  const entries = total(db, remembered, null, { groupId: f.groupId, includeRetired: true });
  return { items: pageOfMatches(db, q, f, chooseMatchPlan(n, entries, f)), total: n };
}

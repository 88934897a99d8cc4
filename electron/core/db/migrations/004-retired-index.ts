import type Database from 'better-sqlite3';

/**
 * Retired people are few; an index of just them lets a directory search count its matches from
 * the full-text index alone and subtract the retired ones, instead of visiting every match.
 */
export function up(db: Database.Database): void {
  db.exec('CREATE INDEX people_retired ON people(retired_at) WHERE retired_at IS NOT NULL;');
}

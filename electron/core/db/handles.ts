import type Database from 'better-sqlite3';

declare const readableBrand: unique symbol;
declare const writableBrand: unique symbol;

/**
 * Database handles by what they may do (Signal Desktop's habit). Query functions that only
 * read take a `ReadableDB`; those that write take a `WritableDB`, which only the write path
 * (electron/core/write.ts) hands out, inside its transaction. A write outside that path is
 * therefore a type error, not a review comment. A WritableDB is also a ReadableDB.
 */
export type ReadableDB = Database.Database & { readonly [readableBrand]: true };
export type WritableDB = ReadableDB & { readonly [writableBrand]: true };

/** The connection as the read side sees it; no write query accepts it. */
export const readable = (db: Database.Database): ReadableDB => db as ReadableDB;

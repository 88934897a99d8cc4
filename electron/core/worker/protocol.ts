import type { AppErrorData } from '../../../shared/api/errors';
import type { JobName } from './jobs';
import type { WorkerDatabase } from './reader';

/** What the process is started with: the database it may read, if its owner has one. */
export interface WorkerData {
  database: WorkerDatabase | null;
}

/** Messages between the core and its file worker. */
export interface JobRequest {
  id: number;
  job: JobName;
  args: unknown;
}

/** The core has taken in a piece of job `ack`'s answer; the worker may send the next. */
export interface PieceAck {
  ack: number;
}

export type ToWorker = JobRequest | PieceAck;

/**
 * A long array of an answer (`key` at its top level), sent ahead of the rest in pieces of at
 * most PIECE_ITEMS, one at a time: receiving a message is work on the core's thread (every
 * object is rebuilt there), and 90,000 preview rows in one message held it for most of a second.
 */
export interface JobPiece {
  id: number;
  piece: { key: string; items: unknown[] };
}

/** How far job `id` has got, from 0 to 1 (a long document's rows, say). */
export interface JobProgress {
  id: number;
  progress: number;
}

export type JobReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: AppErrorData }
  | JobPiece
  | JobProgress;

/** A job's means to say how far it has got (0–1); most jobs never call it. */
export type ReportProgress = (fraction: number) => void;

/** Small enough that rebuilding one piece takes a few milliseconds on the core's thread. */
export const PIECE_ITEMS = 1000;

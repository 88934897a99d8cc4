import type { FastifyInstance } from 'fastify';
import type { CenterDb } from './db/schema';

/** The center's dashboard (server-rendered HTML, Vietnamese, no external assets). */
export function registerDashboard(_app: FastifyInstance, _db: CenterDb): void {}

import type { ClockReading } from '../../clock/clockWatch';
import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';

export function lastHeartbeat(db: ReadableDB): ClockReading | undefined {
  return stmt(
    db,
    'SELECT wall_ms AS wallMs, uptime_ms AS uptimeMs, boot_id AS bootId FROM clock_heartbeat WHERE id = 1',
  ).get() as ClockReading | undefined;
}

export function saveHeartbeat(db: WritableDB, r: ClockReading): void {
  stmt(
    db,
    `INSERT INTO clock_heartbeat (id, boot_id, wall_ms, uptime_ms) VALUES (1, @bootId, @wallMs, @uptimeMs)
     ON CONFLICT (id) DO UPDATE SET boot_id = excluded.boot_id, wall_ms = excluded.wall_ms,
       uptime_ms = excluded.uptime_ms`,
  ).run(r);
}

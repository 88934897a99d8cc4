/**
 * One center process for the center bench, as `npm run center -- serve` runs it but with rate
 * limits and the dashboard off: 10,000 points uploading from one loopback address would
 * otherwise be refused by the per-address limit, which a real burst (one address per province)
 * does not meet. The database comes from the environment, as for the real server.
 */
import { buildCenter } from '../center/app';
import { openCenterDatabase } from '../center/db/open';

async function main(): Promise<void> {
  const database = await openCenterDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataFile: process.env.DIEMCAU_CENTER_DATA,
    pgSchema: process.env.DIEMCAU_BENCH_PG_SCHEMA || undefined,
  });
  const app = await buildCenter({
    db: database.db,
    logger: false,
    rateLimits: false,
    dashboard: false,
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  process.stdout.write(`center listening on ${url}\n`);
  process.once('SIGTERM', () => {
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { Migrator } from 'kysely';
import type { DialectName } from './schema';

/**
 * Migrations in code (bundled with the center, no folder to find at run time), written once for
 * both dialects; only the binary column type differs. Kysely's Migrator takes a lock on
 * PostgreSQL, so several center processes starting together migrate once.
 */
function migrations(dialect: DialectName): Record<string, Migration> {
  const bytes = dialect === 'postgres' ? 'bytea' : 'blob';
  return {
    '0001_initial': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('points')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('code', 'text', (c) => c.notNull().unique())
          .addColumn('name', 'text', (c) => c.notNull())
          .addColumn('public_key', 'text')
          .addColumn('secret_hash', 'text')
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('enrolled_at', 'text')
          .execute();
        await db.schema
          .createTable('tokens')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('point_id', 'text', (c) => c.notNull().references('points.id'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema.createIndex('tokens_point').on('tokens').column('point_id').execute();
        await db.schema
          .createTable('meetings')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('title', 'text', (c) => c.notNull())
          .addColumn('starts_at', 'text', (c) => c.notNull())
          .addColumn('agenda', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('reports')
          .addColumn('point_id', 'text', (c) => c.notNull().references('points.id'))
          .addColumn('report_id', 'text', (c) => c.notNull())
          .addColumn('revision', 'integer', (c) => c.notNull())
          .addColumn('payload', bytes, (c) => c.notNull())
          .addColumn('signature', bytes, (c) => c.notNull())
          .addColumn('sha256', 'text', (c) => c.notNull())
          .addColumn('center_meeting_id', 'text')
          .addColumn('local_meeting_id', 'text', (c) => c.notNull())
          .addColumn('meeting_title', 'text', (c) => c.notNull())
          .addColumn('meeting_starts_at', 'text', (c) => c.notNull())
          .addColumn('generated_at', 'text', (c) => c.notNull())
          .addColumn('invited', 'integer', (c) => c.notNull())
          .addColumn('attending', 'integer', (c) => c.notNull())
          .addColumn('received_at', 'text', (c) => c.notNull())
          // The permanent idempotency key: one copy per (point, report, revision), ever.
          .addPrimaryKeyConstraint('reports_pk', ['point_id', 'report_id', 'revision'])
          .execute();
        await db.schema
          .createIndex('reports_center_meeting')
          .on('reports')
          .column('center_meeting_id')
          .execute();
      },
    },
    '0002_dashboard_viewers': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('viewers')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('revoked_at', 'text')
          .execute();
        await db.schema
          .createTable('sessions')
          .addColumn('token_hash', 'text', (c) => c.primaryKey())
          .addColumn('viewer_id', 'text', (c) => c.notNull().references('viewers.id'))
          .addColumn('created_at', 'text', (c) => c.notNull())
          .addColumn('expires_at', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('sessions_viewer').on('sessions').column('viewer_id').execute();
      },
    },
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations(this.dialect);
  }
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: DialectName): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `center database migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(
        error instanceof Error ? error.message : error,
      )}`,
    );
  }
}

import type Database from 'better-sqlite3';

/**
 * Sending reports to the center.
 * - `sync_settings` (one row): the center's URL, an optional CA certificate (PEM) for a
 *   private PKI, the point's Ed25519 key pair (made once; the private key as PKCS8 DER), the
 *   bearer token the enrolment gave (`token` encrypted by the OS where it can, `token_protection`
 *   says how it is kept), and what the last contact with the center said.
 * - `sync_outbox`: one row per report revision sent, holding the exact bytes that were signed
 *   and the signature, so what reaches the center is what was signed, whenever it gets there.
 *   `state` moves pending → sent | failed, failed → pending (retry) | dismissed; the drain
 *   worker's schedule (attempts, next attempt) is in the row, so it survives a restart. The
 *   center's receipt is kept as it came. A row is never deleted.
 * - `center_meetings`: the meetings the center published, as last pulled, and the local meeting
 *   made from one (so its report names the center's meeting).
 */
export function up(db: Database.Database): void {
  db.exec(`
    CREATE TABLE sync_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      center_url TEXT NOT NULL DEFAULT '',
      ca_pem TEXT,
      public_key BLOB,
      private_key BLOB,
      key_created_at TEXT,
      token BLOB,
      token_protection TEXT CHECK (token_protection IN ('os', 'plain')),
      enrolled_at TEXT,
      center_state TEXT NOT NULL DEFAULT 'unknown'
        CHECK (center_state IN ('unknown', 'online', 'offline', 'unauthorized')),
      center_checked_at TEXT,
      center_error TEXT,
      updated_at TEXT NOT NULL,
      CHECK ((public_key IS NULL) = (private_key IS NULL)),
      CHECK ((token IS NULL) = (token_protection IS NULL))
    ) STRICT;

    CREATE TABLE sync_outbox (
      id INTEGER PRIMARY KEY,
      meeting_id TEXT NOT NULL REFERENCES meetings(id),
      revision INTEGER NOT NULL CHECK (revision >= 1),
      payload BLOB NOT NULL,
      signature BLOB NOT NULL,
      sha256 TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sent', 'failed', 'dismissed')),
      attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      next_attempt_at TEXT NOT NULL,
      last_error TEXT,
      receipt TEXT,
      delivered_by TEXT CHECK (delivered_by IN ('network', 'receipts_file')),
      created_at TEXT NOT NULL,
      sent_at TEXT,
      UNIQUE (meeting_id, revision),
      FOREIGN KEY (meeting_id, revision) REFERENCES report_revisions(meeting_id, revision),
      CHECK ((state = 'sent') = (receipt IS NOT NULL AND sent_at IS NOT NULL))
    ) STRICT;
    CREATE INDEX sync_outbox_due ON sync_outbox(next_attempt_at, id) WHERE state = 'pending';
    CREATE TRIGGER sync_outbox_signed_once BEFORE UPDATE OF meeting_id, revision, payload, signature, sha256
      ON sync_outbox
      BEGIN SELECT RAISE(ABORT, 'what was signed is never changed'); END;
    CREATE TRIGGER sync_outbox_not_deleted BEFORE DELETE ON sync_outbox
      BEGIN SELECT RAISE(ABORT, 'outbox rows are never deleted'); END;

    CREATE TABLE center_meetings (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      starts_at TEXT NOT NULL,
      agenda TEXT NOT NULL,
      pulled_at TEXT NOT NULL,
      local_meeting_id TEXT UNIQUE REFERENCES meetings(id)
    ) STRICT;
  `);
}

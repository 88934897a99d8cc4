import type { Kysely } from 'kysely';

/** The center's tables. Times are ISO 8601 text in UTC on both dialects, so they sort as text. */
export interface PointsTable {
  id: string;
  code: string;
  name: string;
  /** Base64 of the raw 32-byte Ed25519 key; null until the point enrols. */
  public_key: string | null;
  /** SHA-256 (hex) of the one-time enrolment secret; null once used. */
  secret_hash: string | null;
  state: 'active' | 'revoked';
  created_at: string;
  enrolled_at: string | null;
}

export interface TokensTable {
  /** SHA-256 (hex) of the bearer token: the token itself is never stored. */
  token_hash: string;
  point_id: string;
  created_at: string;
  revoked_at: string | null;
}

export interface MeetingsTable {
  id: string;
  title: string;
  starts_at: string;
  /** JSON array of agenda item titles. */
  agenda: string;
  created_at: string;
}

export interface ReportsTable {
  point_id: string;
  report_id: string;
  revision: number;
  /** The exact signed bytes (canonical JSON, UTF-8). */
  payload: Uint8Array;
  signature: Uint8Array;
  sha256: string;
  center_meeting_id: string | null;
  local_meeting_id: string;
  meeting_title: string;
  meeting_starts_at: string;
  generated_at: string;
  invited: number;
  attending: number;
  received_at: string;
}

/** Who may read the dashboard (center/viewers.ts). */
export interface ViewersTable {
  id: string;
  name: string;
  /** SHA-256 (hex) of the generated password. */
  password_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session cookie's token. */
  token_hash: string;
  viewer_id: string;
  created_at: string;
  expires_at: string;
}

export interface CenterTables {
  points: PointsTable;
  tokens: TokensTable;
  meetings: MeetingsTable;
  reports: ReportsTable;
  viewers: ViewersTable;
  sessions: SessionsTable;
}

export type CenterDb = Kysely<CenterTables>;
export type DialectName = 'sqlite' | 'postgres';

/** A database handle with what the center needs to know about it. */
export interface CenterDatabase {
  db: CenterDb;
  dialect: DialectName;
  close(): Promise<void>;
}

import { z } from 'zod';
import { id, instant, isoDate, clockTime, verbatimText } from './fields';
import type { Receipt } from '../protocol/receipt';
import { receiptSchema } from '../protocol/receipt';

/** Contracts of sending reports to the center (electron/core/sync, services/sync.ts). */

/** The center's receipt as the desktop keeps and shows it. */
export const ReceiptView = receiptSchema;
export type ReceiptView = Receipt;

export const CenterState = z.enum(['unknown', 'online', 'offline', 'unauthorized']);
export type CenterState = z.infer<typeof CenterState>;

export const SyncSettings = z.object({
  centerUrl: z.string(),
  /** The private CA's subject, when one is set. */
  caSubject: z.string().nullable(),
  /** Plain HTTP to a local network: allowed, and said. */
  urlWarning: z.enum(['plain_http_lan']).nullable(),
  pointCode: z.string(),
  /** The point's Ed25519 public key (raw 32 bytes, base64); null before the first enrolment. */
  publicKey: z.string().nullable(),
  enrolledAt: instant.nullable(),
  /** How the token is kept: by the OS key store, or as is (no key store here). */
  tokenProtection: z.enum(['os', 'plain']).nullable(),
});
export type SyncSettings = z.infer<typeof SyncSettings>;

/** PEM text of a CA certificate, as read from the file the operator picked. */
export const MAX_CA_PEM = 64 * 1024;

export const SyncSettingsInput = z
  .object({
    centerUrl: verbatimText(500),
    /** Absent: keep the CA saved before; null: no private CA. */
    caPem: verbatimText(MAX_CA_PEM).nullable().optional(),
  })
  .strict();

export const OutboxState = z.enum(['pending', 'sent', 'failed', 'dismissed']);

export const OutboxEntry = z.object({
  id: z.number().int(),
  meetingId: id,
  meetingTitle: z.string(),
  revision: z.number().int(),
  sha256: z.string(),
  state: OutboxState,
  attempts: z.number().int(),
  nextAttemptAt: instant,
  lastError: z.string().nullable(),
  receipt: ReceiptView.nullable(),
  deliveredBy: z.enum(['network', 'receipts_file']).nullable(),
  createdAt: instant,
  sentAt: instant.nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const SyncStatus = z.object({
  configured: z.boolean(),
  enrolled: z.boolean(),
  center: z.object({
    state: CenterState,
    checkedAt: instant.nullable(),
    error: z.string().nullable(),
  }),
  pending: z.number().int(),
  nextAttemptAt: instant.nullable(),
  lastSentAt: instant.nullable(),
  failed: z.array(OutboxEntry),
  recent: z.array(OutboxEntry),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const DrainResult = z.object({
  sent: z.number().int(),
  failed: z.number().int(),
  stoppedBy: z.enum(['not_enrolled', 'unreachable', 'unauthorized', 'closed']).nullable(),
});

export const CenterMeeting = z.object({
  id: z.string(),
  title: z.string(),
  startsAt: z.string(),
  /** Local date and time of the start (Vietnam time), as a meeting here is entered. */
  date: isoDate,
  startTime: clockTime,
  agenda: z.array(z.object({ title: z.string() })),
  pulledAt: instant,
  localMeetingId: id.nullable(),
});
export type CenterMeeting = z.infer<typeof CenterMeeting>;

export const ReceiptsImport = z.object({
  /** Rows now marked delivered. */
  delivered: z.number().int(),
  /** Receipts of rows already delivered. */
  already: z.number().int(),
  /** Receipts that match no row of this point (another point's, or a changed file). */
  unmatched: z.number().int(),
});

/** The enrolment secret exactly as the center printed it (spaces around it aside). */
export const EnrolInput = z
  .object({
    secret: verbatimText(200).refine((s) => s.trim() !== '', 'required'),
  })
  .strict();

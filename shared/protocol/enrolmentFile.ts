import { z } from 'zod';
import { wireInstant } from './fields';
import { enrolRequestSchema } from './routes';

/**
 * Enrolment by file, for a point that never reaches the center's network: the same three
 * things the enrolment request carries (the point's code, its one-time secret, its public key),
 * written to a file the operator carries to the center with the first bundle. The center's
 * operator runs `npm run center -- point enrol <file>`: the secret is checked and consumed as
 * online, the key is registered, and no token is issued (nothing would use it). The file holds
 * the secret, so it is carried as the secret itself would be; once used it is worthless.
 */
export const ENROLMENT_FILE_FORMAT = 'diemcau-enrolment' as const;

export const enrolmentFileSchema = z
  .object({
    ...enrolRequestSchema.shape,
    format: z.literal(ENROLMENT_FILE_FORMAT),
    version: z.literal(1),
    createdAt: wireInstant,
  })
  .strict();
export type EnrolmentFile = z.infer<typeof enrolmentFileSchema>;

/** Whether a typed secret has the shape the center issues (checked before a trip is made). */
export function isEnrolmentSecret(text: string): boolean {
  return enrolRequestSchema.shape.secret.safeParse(text).success;
}

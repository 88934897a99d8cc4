import type { EnrolmentFile } from '../../../shared/protocol/enrolmentFile';
import { ENROLMENT_FILE_FORMAT, enrolmentFileSchema } from '../../../shared/protocol/enrolmentFile';

/** The enrolment file for a point with no network (shared/protocol/enrolmentFile.ts). */
export function buildEnrolmentFile(
  pointCode: string,
  secret: string,
  publicKey: Buffer,
  now: Date,
): { fileName: string; bytes: Buffer } {
  const file: EnrolmentFile = enrolmentFileSchema.parse({
    format: ENROLMENT_FILE_FORMAT,
    version: 1,
    pointCode,
    secret,
    publicKey: publicKey.toString('base64'),
    createdAt: now.toISOString(),
  });
  return {
    fileName: `diemcau-dang-ky-${pointCode}.json`,
    bytes: Buffer.from(JSON.stringify(file, null, 1), 'utf8'),
  };
}

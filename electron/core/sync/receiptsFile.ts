import { AppError } from '../../../shared/api/errors';
import { receiptsFileSchema } from '../../../shared/protocol/bundle';

/** The center's receipts file, read whole or refused whole (a changed file marks nothing). */
export function readReceiptsFile(bytes: Buffer): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new AppError('SYNC_FILE_INVALID', 'Not JSON', { reason: 'not_json' });
  }
  const parsed = receiptsFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('SYNC_FILE_INVALID', 'Not a receipts file', { reason: 'not_receipts' });
  }
  return parsed.data.receipts;
}

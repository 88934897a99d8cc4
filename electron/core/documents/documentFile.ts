import { AppError } from '../../../shared/api/errors';
import type { DocumentModel } from '../../../shared/documents/model';
import { mainTable } from '../../../shared/documents/model';
import { writeDocx } from './docx';
import type { FileFormat } from './fileTypes';
import { documentToCsv, documentToXlsx } from './sheet';

/** The model's file in `format`; `progress` hears how far (0–1) it has got. */
export async function documentFileBytes(
  model: DocumentModel,
  format: FileFormat,
  progress?: (fraction: number) => void,
): Promise<Uint8Array> {
  if (format !== 'docx' && !mainTable(model)) {
    // A text (the report) has no list to put in a sheet.
    throw new AppError('VALIDATION', `${model.kind} has no table for ${format}`, {
      issues: [{ path: ['format'], message: 'invalid_value' }],
    });
  }
  switch (format) {
    case 'docx':
      return writeDocx(model, progress);
    case 'xlsx':
      return documentToXlsx(model, progress);
    case 'csv':
      return documentToCsv(model);
  }
}

/**
 * The bytes in an ArrayBuffer of their own: a Buffer may be a view on a larger or shared pool,
 * and a structured clone (Electron's utility process sends its messages so) copies a view's
 * whole buffer, not only the view.
 */
export function ownBuffer(bytes: Uint8Array): Uint8Array {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.constructor === Uint8Array ? bytes : new Uint8Array(bytes);
}

import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { defineHandlers } from '../handlerTypes';
import { TRANSFER_WORK_DIR } from '../transfer/transfer';

/** Where the parts of a file being received are gathered (removed by the import). */
const receivedFile = (dataDir: string, uploadId: string) =>
  path.join(dataDir, TRANSFER_WORK_DIR, `incoming-${uploadId}.diemcau`);

export const transferHandlers = defineHandlers<'transfer.'>({
  'transfer.export': async (input, ctx) => {
    const sealed = await ctx.backups.exportAll(input.password);
    try {
      const bytes = fs.readFileSync(sealed.file);
      return {
        fileName: sealed.fileName,
        mimeType: 'application/octet-stream',
        dataBase64: bytes.toString('base64'),
        rows: sealed.manifest.files.length,
      };
    } finally {
      sealed.dispose();
    }
  },

  'transfer.receive': async (input, ctx) => {
    const file = receivedFile(ctx.dataDir, input.uploadId);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
    // Parts arrive in order; a repeated or skipped part would make a file nobody sealed.
    if (input.offset !== size) {
      if (input.offset === 0) fs.rmSync(file, { force: true });
      else throw new AppError('CONFLICT', `Expected the part at ${size}, got ${input.offset}`);
    }
    fs.appendFileSync(file, Buffer.from(input.dataBase64, 'base64'));
    return { bytes: fs.statSync(file).size };
  },

  'transfer.import': async (input, ctx) => {
    const file = receivedFile(ctx.dataDir, input.uploadId);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', 'No file was received');
    try {
      const { manifest, safetyCopy } = await ctx.backups.importAll(file, input.password);
      return {
        exportedAt: manifest.createdAt,
        appVersion: manifest.appVersion,
        files: manifest.files.length,
        safetyCopy,
      };
    } finally {
      // A refused file goes too: a second try sends it again, with the password retyped.
      fs.rmSync(file, { force: true });
    }
  },
});

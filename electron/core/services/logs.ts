import { schemaVersion } from '../db/migrations';
import { defineHandlers } from '../handlerTypes';
import { buildLogBundle } from '../logging/logBundle';

export const logHandlers = defineHandlers<'logs.'>({
  /** "Gửi nhật ký lỗi": one text file, saved by the page like any exported file. */
  'logs.collect': async (_input, ctx) => {
    const at = ctx.now();
    const text = buildLogBundle(
      ctx.dataDir,
      { appVersion: ctx.version, schemaVersion: schemaVersion(ctx.db), transport: ctx.transport },
      at,
    );
    const stamp = at.toISOString().slice(0, 19).replace(/[:T]/g, '-');
    return {
      fileName: `diemcau-nhat-ky-loi-${stamp}.txt`,
      mimeType: 'text/plain;charset=utf-8',
      dataBase64: Buffer.from(text, 'utf8').toString('base64'),
      rows: text.split('\n').length,
    };
  },
});

import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { SpeechCommand } from '../../../shared/speaking/queue';
import { speakingStats } from '../../../shared/speaking/stats';
import { attachmentOf, getSpeech, listSpeeches, setAttachment } from '../db/queries/speeches';
import { requireEditableMeeting, requireMeeting } from '../domain/guards';
import { loadQueue, resolveFields, resolvePatch, runSpeechCommand } from '../domain/speaking';
import type { ReadableDB } from '../db/handles';
import { defineHandlers } from '../handlerTypes';

function requireSpeech(db: ReadableDB, id: string) {
  const s = getSpeech(db, id);
  if (!s) throw new AppError('NOT_FOUND', `No speech ${id}`, { entity: 'speech', id });
  return s;
}

/** Where a speech's contribution is kept, inside the data folder. */
export const ATTACHMENTS_DIR = 'attachments';

/** A file name that is safe on every file system and keeps what the operator will recognise. */
function safeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/'));
  const cleaned = base.replace(/[<>:"/\\|?*\p{Cc}]/gu, '_').replace(/^\.+/, '_');
  return cleaned.slice(-120) || 'tham-luan';
}

const MIME: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.txt': 'text/plain;charset=utf-8',
};

export const speechHandlers = defineHandlers<'speeches.'>({
  'speeches.list': (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    return { speeches: listSpeeches(ctx.db, input.meetingId), now: ctx.now().getTime() };
  },

  'speeches.add': (input, tx) => {
    requireEditableMeeting(tx.db, input.meetingId);
    const fields = resolveFields(tx.db, input.meetingId, input.fields);
    return runSpeechCommand(tx, input.meetingId, {
      kind: 'add',
      speechId: tx.newId(),
      fields,
      place: input.place,
    });
  },

  'speeches.edit': (input, tx) => {
    const speech = requireSpeech(tx.db, input.speechId);
    const fields = resolvePatch(tx.db, speech, input.fields);
    return runSpeechCommand(tx, speech.meetingId, { kind: 'edit', speechId: speech.id, fields });
  },

  'speeches.remove': (input, tx) => {
    const speech = requireSpeech(tx.db, input.speechId);
    return runSpeechCommand(tx, speech.meetingId, { kind: 'remove', speechId: speech.id });
  },

  'speeches.move': (input, tx) => {
    const speech = requireSpeech(tx.db, input.speechId);
    return runSpeechCommand(tx, speech.meetingId, {
      kind: 'move',
      speechId: speech.id,
      afterId: input.afterId,
    });
  },

  'speeches.act': (input, tx) => {
    const needsSpeech = !['startNext', 'pause', 'resume', 'end'].includes(input.action);
    if (needsSpeech && !input.speechId) {
      throw new AppError('VALIDATION', `${input.action} needs a speech`, {
        issues: [{ path: ['speechId'], message: 'required' }],
      });
    }
    if (input.speechId) {
      const speech = requireSpeech(tx.db, input.speechId);
      if (speech.meetingId !== input.meetingId) {
        throw new AppError('NOT_FOUND', `No speech ${input.speechId} in this meeting`, {
          entity: 'speech',
          id: input.speechId,
        });
      }
    }
    const speechId = input.speechId ?? '';
    const command: SpeechCommand =
      input.action === 'readd'
        ? { kind: 'readd', speechId, newId: tx.newId(), place: input.place }
        : input.action === 'startNext' ||
            input.action === 'pause' ||
            input.action === 'resume' ||
            input.action === 'end'
          ? { kind: input.action }
          : { kind: input.action, speechId };
    return runSpeechCommand(tx, input.meetingId, command);
  },

  'speeches.stats': (input, ctx) => {
    const meeting = requireMeeting(ctx.db, input.meetingId);
    const now = ctx.now().getTime();
    const { queue } = loadQueue(ctx.db, input.meetingId);
    return { ...speakingStats([...queue.speeches.values()], meeting.agenda, now), now };
  },

  'speeches.attach': async (input, ctx) => {
    const speech = requireSpeech(ctx.db, input.speechId);
    requireEditableMeeting(ctx.db, speech.meetingId);
    const name = safeFileName(input.fileName);
    const relative = path.join(ATTACHMENTS_DIR, speech.id, name);
    const target = path.join(ctx.dataDir, relative);
    await fs.mkdir(path.dirname(target), { recursive: true });
    // Complete or absent: a half-written copy never takes the contribution's name.
    const partial = `${target}.partial`;
    await fs.writeFile(partial, Buffer.from(input.dataBase64, 'base64'));
    await fs.rename(partial, target);
    return ctx.write((tx) => {
      requireEditableMeeting(tx.db, speech.meetingId);
      setAttachment(tx.db, speech.id, { name, file: relative }, tx.at);
      tx.changed('speeches.changed', { meetingId: speech.meetingId });
      return { changed: [requireSpeech(tx.db, speech.id)], removed: [], now: Date.parse(tx.at) };
    });
  },

  'speeches.openAttachment': async (input, ctx) => {
    const attachment = attachmentOf(ctx.db, input.speechId);
    if (!attachment) throw new AppError('NOT_FOUND', 'No contribution', { entity: 'attachment' });
    if (!ctx.platform.openPath) return { opened: false };
    return { opened: await ctx.platform.openPath(path.join(ctx.dataDir, attachment.file)) };
  },

  'speeches.attachment': async (input, ctx) => {
    const attachment = attachmentOf(ctx.db, input.speechId);
    if (!attachment) throw new AppError('NOT_FOUND', 'No contribution', { entity: 'attachment' });
    const bytes = await fs.readFile(path.join(ctx.dataDir, attachment.file));
    return {
      fileName: attachment.name,
      mimeType: MIME[path.extname(attachment.name).toLowerCase()] ?? 'application/octet-stream',
      dataBase64: bytes.toString('base64'),
      rows: 0,
    };
  },
});

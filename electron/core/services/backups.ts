import { defineHandlers } from '../handlerTypes';

export const backupHandlers = defineHandlers<'backups.'>({
  'backups.list': async (_input, ctx) => ctx.backups.list(),
  'backups.take': async (_input, ctx) => ctx.backups.take('manual'),
  'backups.restore': async (input, ctx) => ctx.backups.restore(input.name),
});

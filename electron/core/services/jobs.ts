import { defineHandlers } from '../handlerTypes';

export const jobHandlers = defineHandlers<'jobs.'>({
  'jobs.cancel': async (input, ctx) => ({ cancelled: ctx.cancelJob(input.id) }),
});

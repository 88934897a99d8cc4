import { requireMeeting } from '../domain/guards';
import { defineHandlers } from '../handlerTypes';

export const displayHandlers = defineHandlers<'display.'>({
  /**
   * A job because the desktop shell opens a window, which is asynchronous; it writes nothing.
   * The meeting must exist, so no window ever opens on a page that can only say "not found".
   */
  'display.open': async (input, ctx) => {
    requireMeeting(ctx.db, input.meetingId);
    if (!ctx.platform.openDisplay) return { opened: false };
    return { opened: await ctx.platform.openDisplay(input.meetingId) };
  },
});

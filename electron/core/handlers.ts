import type { MethodName, MethodOutput, MethodParsedInput } from '../../shared/api/methods';
import type { CoreContext } from './context';
import { schemaVersion } from './db/migrations';
import { attendanceHandlers } from './services/attendance';
import { groupHandlers } from './services/groups';
import { importHandlers } from './services/imports';
import { inviteeHandlers } from './services/invitees';
import { meetingHandlers } from './services/meetings';
import { peopleHandlers } from './services/people';
import { profileHandlers } from './services/profile';

export type Handler<M extends MethodName> = (
  input: MethodParsedInput<M>,
  ctx: CoreContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

/**
 * One handler per method of the map (async only where the work is: reading and writing files); the type makes a missing or extra method a compile error. */
export type HandlerTable = { [M in MethodName]: Handler<M> };

export const handlers: HandlerTable = {
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    schemaVersion: schemaVersion(ctx.db),
    dataDir: ctx.dataDir,
    transport: ctx.transport,
  }),
  ...profileHandlers,
  ...peopleHandlers,
  ...meetingHandlers,
  ...inviteeHandlers,
  ...attendanceHandlers,
  ...groupHandlers,
  ...importHandlers,
};

import { schemaVersion } from './db/migrations';
import type { HandlerTable } from './handlerTypes';
import { defineHandlers } from './handlerTypes';
import { attendanceHandlers } from './services/attendance';
import { backupHandlers } from './services/backups';
import { displayHandlers } from './services/display';
import { documentHandlers } from './services/documents';
import { groupHandlers } from './services/groups';
import { importHandlers } from './services/imports';
import { inviteeHandlers } from './services/invitees';
import { jobHandlers } from './services/jobs';
import { logHandlers } from './services/logs';
import { meetingHandlers } from './services/meetings';
import { peopleHandlers } from './services/people';
import { profileHandlers } from './services/profile';
import { incidentHandlers } from './services/incidents';
import { noteHandlers } from './services/notes';
import { reportHandlers } from './services/reports';
import { speechHandlers } from './services/speeches';
import { syncHandlers } from './services/sync';
import { timelineHandlers } from './services/timeline';
import { transferHandlers } from './services/transfer';

const appHandlers = defineHandlers<'app.'>({
  'app.info': (_input, ctx) => ({
    version: ctx.version,
    schemaVersion: schemaVersion(ctx.db),
    dataDir: ctx.dataDir,
    transport: ctx.transport,
  }),
});

/** Every method of the map once; the type makes a missing or extra one a compile error. */
export const handlers: HandlerTable = {
  ...appHandlers,
  ...profileHandlers,
  ...peopleHandlers,
  ...meetingHandlers,
  ...inviteeHandlers,
  ...attendanceHandlers,
  ...groupHandlers,
  ...importHandlers,
  ...jobHandlers,
  ...backupHandlers,
  ...logHandlers,
  ...transferHandlers,
  ...speechHandlers,
  ...noteHandlers,
  ...incidentHandlers,
  ...timelineHandlers,
  ...reportHandlers,
  ...documentHandlers,
  ...displayHandlers,
  ...syncHandlers,
};

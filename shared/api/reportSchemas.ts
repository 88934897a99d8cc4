import { z } from 'zod';
import { ReportContent } from '../report/content';
import { id, instant } from './fields';

/** Contracts of the summary report's revisions (the content is in shared/report/content.ts). */

export const RevisionInfo = z.object({
  revision: z.number().int(),
  savedAt: instant,
  savedBy: z.string(),
  finalizedAt: instant.nullable(),
  finalizedBy: z.string().nullable(),
});
export type RevisionInfo = z.infer<typeof RevisionInfo>;

export const ReportRevision = RevisionInfo.extend({ content: ReportContent });
export type ReportRevision = z.output<typeof ReportRevision>;

export const ReportSave = z
  .object({
    meetingId: id,
    content: ReportContent,
    /** The revision the edit started from; null for the first save. */
    baseRevision: z.number().int().min(1).nullable(),
  })
  .strict();

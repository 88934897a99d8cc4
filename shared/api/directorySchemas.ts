import { z } from 'zod';
import { base64, id, optionalText, requiredText, verbatimText } from './fields';
import { IMPORT_LIMITS } from './importLimits';
import { MAX_REMARK, PersonInput, ProtocolGroup } from './schemas';
import { MAX_IMPORT_BASE64 } from './transport';

/**
 * Contracts for protocol groups, position rules, roster import and directory export.
 * Files cross the API as base64 so both transports (IPC and HTTP JSON) carry them alike.
 */

export const PositionRule = z.object({
  id,
  pattern: z.string(),
  groupId: id,
  rank: z.number().int(),
});
export type PositionRule = z.infer<typeof PositionRule>;

export const PositionRuleInput = z.object({
  pattern: requiredText(200),
  groupId: id,
  rank: z.number().int('invalid_number').min(1, 'invalid_number').max(9999, 'invalid_number'),
});
export type PositionRuleInput = z.input<typeof PositionRuleInput>;

export const Preset = z.object({ id: z.string(), name: z.string() });
export type Preset = z.infer<typeof Preset>;

export const GroupsWithRules = z.object({
  groups: z.array(ProtocolGroup),
  rules: z.array(PositionRule),
});

// ---- Import ---------------------------------------------------------------------------------------

export const ROSTER_ENCODINGS = [
  'utf-8',
  'utf-8-bom',
  'utf-16le',
  'windows-1258',
  'tcvn3',
] as const;
export const ROSTER_ROLES = [
  'index',
  'fullName',
  'givenName',
  'position',
  'unit',
  'phone',
  'note',
  /** A remark about this meeting ("Chủ trì", "Vắng - đi công tác"), kept on the invitee. */
  'remark',
  'group',
  'rank',
  'sortName',
] as const;
export const RosterRole = z.enum(ROSTER_ROLES);
export type RosterRole = z.infer<typeof RosterRole>;
export const ColumnMapping = z.partialRecord(RosterRole, z.number().int().min(0).max(16383));
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportOverrides = z
  .object({
    encoding: z.enum(ROSTER_ENCODINGS).optional(),
    delimiter: z.enum([',', ';', '\t']).optional(),
    sheet: verbatimText(255).optional(),
    headerRow: z.number().int().min(0).optional(),
    headerRows: z.union([z.literal(1), z.literal(2)]).optional(),
    mapping: ColumnMapping.optional(),
  })
  .strict();
export type ImportOverrides = z.input<typeof ImportOverrides>;

export const ImportFile = z.object({
  fileName: requiredText(255),
  dataBase64: base64(MAX_IMPORT_BASE64),
});

/** too_long: a cell longer than the directory accepts; the row cannot be imported as it is. */
export const IMPORT_PROBLEMS = [
  'missing_name',
  'too_long',
  'duplicate_in_file',
  'in_directory',
] as const;
export const ImportProblem = z.enum(IMPORT_PROBLEMS);

export const ImportPreviewRow = z.object({
  line: z.number().int(),
  fullName: z.string(),
  position: z.string(),
  unit: z.string(),
  phone: z.string(),
  note: z.string(),
  /** For the meeting the rows are invited to; not stored in the directory. */
  remark: z.string(),
  /** Sort-name override from a "Tên để sắp xếp" column (the directory's own export). */
  givenName: z.string(),
  /** Group and rank as read from the file's own columns, or suggested from the position. */
  groupId: id.nullable(),
  rank: z.number().int().nullable(),
  groupSource: z.enum(['file', 'rule', 'none']),
  problems: z.array(ImportProblem),
  /** For duplicate_in_file: the line of the first occurrence. */
  duplicateOfLine: z.number().int().nullable(),
  /** For in_directory: who is already there (same name and unit). */
  existing: z
    .object({ id, fullName: z.string(), position: z.string(), unit: z.string() })
    .nullable(),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRow>;

export const ImportPreview = z.object({
  /** The open file in the core; later readings name it instead of sending the file again. */
  sessionId: id,
  /** The choices this reading used (after a fallback, not the ones asked for). */
  overrides: ImportOverrides,
  /**
   * The header row asked for names no full-name column, so it was read with the columns
   * understood before; the operator can fix the mapping by hand.
   */
  headerFallback: z.boolean(),
  kind: z.enum(['xlsx', 'csv']),
  encoding: z
    .object({
      detected: z.enum(ROSTER_ENCODINGS),
      used: z.enum(ROSTER_ENCODINGS),
      reason: z.string(),
    })
    .nullable(),
  delimiter: z.string().nullable(),
  sheets: z.array(z.string()),
  sheet: z.string().nullable(),
  headerRow: z.number().int(),
  headerRows: z.union([z.literal(1), z.literal(2)]),
  columns: z.array(z.string()),
  mapping: ColumnMapping,
  detectedMapping: ColumnMapping.nullable(),
  rows: z.array(ImportPreviewRow),
  sections: z.array(z.object({ line: z.number().int(), title: z.string() })),
  skipped: z.array(z.object({ line: z.number().int(), reason: z.string() })),
  preview: z.array(z.array(z.string())),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportAction = z.enum(['add', 'update', 'skip']);
export type ImportAction = z.infer<typeof ImportAction>;

export const ImportCommitRow = PersonInput.extend({
  line: z.number().int(),
  remark: optionalText(MAX_REMARK),
  action: ImportAction,
  /** Required for 'update'; for 'skip' it names the directory entry to invite instead. */
  existingPersonId: id.nullable().default(null),
});
export type ImportCommitRow = z.input<typeof ImportCommitRow>;

export const ImportCommit = z
  .object({
    // The reader refuses a file with more people (IMPORT_LIMIT), so what the preview shows
    // can always be committed.
    rows: z.array(ImportCommitRow).min(1, 'required').max(IMPORT_LIMITS.rows),
    inviteToMeetingId: id.nullable().default(null),
    /** For the report: the file the rows came from. */
    fileName: optionalText(255),
  })
  .strict();

export const ImportResult = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  skipped: z.number().int(),
  invited: z.number().int(),
  alreadyInvited: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ExportedFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  dataBase64: z.string(),
  rows: z.number().int(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

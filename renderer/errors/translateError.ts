import { AppError } from '../../shared/api/errors';
import type { ImportLimitName } from '../../shared/api/importLimits';
import { IMPORT_LIMITS } from '../../shared/api/importLimits';
import { i18n } from '../i18n/setup';
import vi from '../i18n/vi.json';

type ValidationKey = keyof typeof vi.validation;
type UnsupportedKind = keyof typeof vi.errorDetails.unsupported;

function isValidationKey(key: string): key is ValidationKey {
  return Object.prototype.hasOwnProperty.call(vi.validation, key);
}

function isUnsupportedKind(kind: unknown): kind is UnsupportedKind {
  return (
    typeof kind === 'string' &&
    Object.prototype.hasOwnProperty.call(vi.errorDetails.unsupported, kind)
  );
}

const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

function isImportLimit(limit: unknown): limit is ImportLimitName {
  return typeof limit === 'string' && Object.prototype.hasOwnProperty.call(IMPORT_LIMITS, limit);
}

/** 20000 → "20.000" in Vietnamese, "20,000" in English. */
const formatNumber = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

/**
 * IMPORT_LIMIT names the limit and where reading stopped (see ImportLimitDetails): the sentence
 * says which limit and its value, and the cell (row, column and sheet) or the zip part.
 */
function importLimitText(details: Record<string, unknown>): string | null {
  const limit = details.limit;
  if (!isImportLimit(limit)) return null;
  const bytes = limit === 'partBytes' || limit === 'totalBytes';
  const max = count(details.max);
  const row = count(details.row);
  const column = typeof details.column === 'string' ? details.column : '';
  const sheet = typeof details.sheet === 'string' ? details.sheet : '';
  const part = typeof details.part === 'string' ? details.part : '';
  const where =
    row > 0
      ? i18n.t(sheet ? 'errorDetails.importLimit.whereInSheet' : 'errorDetails.importLimit.where', {
          row: formatNumber(row),
          column,
          sheet,
        })
      : i18n.t('errorDetails.importLimit.inPart', { part });
  return i18n.t(`errorDetails.importLimit.${limit}`, {
    max: formatNumber(bytes ? Math.round(max / 1024 / 1024) : max),
    people: formatNumber(IMPORT_LIMITS.rows),
    where,
    part,
  });
}

/**
 * What the screen that made the call knows and the error does not: the core names a person
 * by id only, the screen may still have their name on display.
 */
export interface ErrorContext {
  personName?: (id: string) => string | undefined;
}

function retiredText(details: Record<string, unknown>, context: ErrorContext): string {
  const name = typeof details.id === 'string' ? context.personName?.(details.id) : undefined;
  return name ? i18n.t('errorDetails.retiredNamed', { name }) : i18n.t('errorDetails.retired');
}

/**
 * A more precise sentence for the errors whose details say what exactly went wrong (which kind
 * of file was picked, why a group cannot be deleted); null when the code's sentence is enough.
 */
function detailText(err: AppError, context: ErrorContext): string | null {
  const details = err.details ?? {};
  switch (err.code) {
    case 'IMPORT_UNSUPPORTED':
      return isUnsupportedKind(details.kind)
        ? i18n.t(`errorDetails.unsupported.${details.kind}`)
        : null;
    case 'IMPORT_LIMIT':
      return importLimitText(details);
    case 'IMPORT_NO_HEADER':
      // Only when the operator forced a header row: the reader says which one it was.
      return typeof details.headerRow === 'number'
        ? i18n.t('errorDetails.noNameColumn', { line: details.headerRow + 1 })
        : null;
    case 'CONFLICT': {
      if (details.reason === 'group_name_taken') return i18n.t('errorDetails.groupNameTaken');
      if (details.reason === 'retired') return retiredText(details, context);
      if (details.reason !== 'group_in_use') return null;
      const people = count(details.people);
      const invitees = count(details.invitees);
      const variant = people > 0 && invitees > 0 ? 'both' : people > 0 ? 'people' : 'invitees';
      return i18n.t(`errorDetails.groupInUse.${variant}`, { people, invitees });
    }
    default:
      return null;
  }
}

/**
 * What to tell the operator about a failed call. The code (and, for a few codes, the details)
 * decide the sentence: the error's `message` is an English developer hint and never reaches
 * the screen.
 */
export function errorText(err: unknown, context: ErrorContext = {}): string {
  if (!(err instanceof AppError)) return i18n.t('errors.INTERNAL');
  return detailText(err, context) ?? i18n.t(`errors.${err.code}`);
}

/** A field issue's message is an i18n key; an unknown key still reads as a sentence. */
export function issueText(messageKey: string): string {
  return i18n.t(`validation.${isValidationKey(messageKey) ? messageKey : 'invalid_value'}`);
}

/**
 * errorText for a message shown on its own, away from any form: a validation error names its
 * problems ("the file is larger than 20 MB") instead of pointing at highlighted fields.
 */
export function errorSentence(err: unknown): string {
  const issues = err instanceof AppError && err.code === 'VALIDATION' ? err.details?.issues : null;
  if (!Array.isArray(issues) || issues.length === 0) return errorText(err);
  return [...new Set(issues.map((i) => issueText(i.message)))].join(' ');
}

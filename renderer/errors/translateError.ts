import { AppError } from '../../shared/api/errors';
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

import { AppError } from '../../shared/api/errors';
import { i18n } from '../i18n/setup';
import vi from '../i18n/vi.json';

type ValidationKey = keyof typeof vi.validation;

function isValidationKey(key: string): key is ValidationKey {
  return Object.prototype.hasOwnProperty.call(vi.validation, key);
}

/**
 * What to tell the operator about a failed call. Only the code is used: the error's
 * `message` is an English developer hint and never reaches the screen.
 */
export function errorText(err: unknown): string {
  const code = err instanceof AppError ? err.code : 'INTERNAL';
  return i18n.t(`errors.${code}`);
}

/** A field issue's message is an i18n key; an unknown key still reads as a sentence. */
export function issueText(messageKey: string): string {
  return i18n.t(`validation.${isValidationKey(messageKey) ? messageKey : 'invalid_value'}`);
}

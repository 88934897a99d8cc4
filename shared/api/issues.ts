import type { z } from 'zod';
import type { FieldIssue } from './errors';
import { AppError } from './errors';

/** Keys the contracts' own messages use (the zod schemas in shared/api). */
const SCHEMA_KEYS = [
  'required',
  'too_long',
  'invalid_date',
  'invalid_time',
  'invalid_phone',
  'invalid_number',
  'end_before_start',
  'reason_required',
  'substitute_name_required',
  'substitute_position_required',
  'file_too_large',
  'invalid_point_code',
  'invalid_characters',
  'no_letters_or_digits',
] as const;

/**
 * Every message a field issue can carry: the schema keys, the generic ones `issueKey` falls back
 * to, and those the services raise. The UI must translate each (`validation.<key>`).
 */
export const VALIDATION_KEYS = [
  ...SCHEMA_KEYS,
  'invalid_type',
  'invalid_value',
  'unknown_field',
  'given_name_not_tail',
  'unknown_group',
  'unknown_person',
  'unknown_province',
  'group_name_taken',
] as const;

const KNOWN_KEYS: ReadonlySet<string> = new Set(SCHEMA_KEYS);

/** Turns zod issues into field issues whose messages are our i18n keys. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: KNOWN_KEYS.has(issue.message) ? issue.message : issueKey(issue),
  }));
}

function issueKey(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'required' : 'invalid_type';
    case 'too_big':
      return 'too_long';
    case 'too_small':
      return 'required';
    case 'unrecognized_keys':
      return 'unknown_field';
    case 'invalid_union':
      return 'invalid_value';
    default:
      return 'invalid_value';
  }
}

export function validationError(error: z.ZodError, what: string): AppError {
  return new AppError('VALIDATION', `Invalid ${what}`, { issues: toFieldIssues(error) });
}

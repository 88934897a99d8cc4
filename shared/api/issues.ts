import type { z } from 'zod';
import type { FieldIssue } from './errors';
import { AppError } from './errors';

const KNOWN_KEYS = new Set([
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
]);

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

import type { FieldIssue } from '../../shared/api/errors';
import { AppError } from '../../shared/api/errors';

/** Translated messages keyed by field path ("title", "agenda.2.plannedStart"). */
export type FieldErrors = Readonly<Record<string, string>>;

/** How a form maps issue paths to the fields it shows. */
export interface FieldSpec {
  /** Leading path segments of the method input that wrap the form's own values, e.g. ['meeting']. */
  prefix?: readonly (string | number)[];
  /** True for a path key the form displays next to a field. */
  claims: (key: string) => boolean;
}

export function issuesOf(err: unknown): FieldIssue[] {
  if (!(err instanceof AppError)) return [];
  const issues = err.details?.issues;
  return Array.isArray(issues) ? issues : [];
}

/**
 * Splits an error's field issues into those the form shows beside a field and the rest,
 * which the caller reports in a notification. The first issue per field wins.
 */
export function splitIssues(
  issues: readonly FieldIssue[],
  spec: FieldSpec | undefined,
  translate: (messageKey: string) => string,
): { fields: Record<string, string>; rest: FieldIssue[] } {
  const fields: Record<string, string> = {};
  const rest: FieldIssue[] = [];
  const prefix = spec?.prefix ?? [];
  for (const issue of issues) {
    const hasPrefix = prefix.every((p, i) => issue.path[i] === p);
    const key = hasPrefix ? issue.path.slice(prefix.length).join('.') : null;
    if (spec && key !== null && key !== '' && spec.claims(key)) {
      if (!(key in fields)) fields[key] = translate(issue.message);
    } else {
      rest.push(issue);
    }
  }
  return { fields, rest };
}

import { z } from 'zod';
import { cleanBlock, cleanLine, hasContent, textProblem } from '../text/clean';

/**
 * Field builders shared by the contracts. Messages are i18n keys (under `validation.`),
 * so the UI can show the problem next to the field in the operator's language.
 */
/** Record ids: UUIDs, the shipped groups' slugs ("grp-ubnd"), job names. Nothing else fits. */
export const id = z
  .string()
  .min(1, 'required')
  .max(64)
  .regex(/^[A-Za-z0-9._:-]+$/, 'invalid_value');

/** A file's bytes as base64, checked before anything decodes them. */
export const base64 = (max: number) =>
  z
    .string()
    .max(max, 'file_too_large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'invalid_value');

/**
 * Text as it enters: refused when it holds what cannot be stored (NUL, a lone surrogate), then
 * cleaned once here (shared/text/clean.ts) so that no service ever sees an invisible character,
 * a bidi override or an unnormalised name. Lengths are checked on the cleaned text.
 */
const cleanedText = (missing?: string, clean: (s: string) => string = cleanLine) =>
  z
    .string(missing === undefined ? undefined : { message: missing })
    .superRefine((s, ctx) => {
      const problem = textProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .transform(clean);

export const optionalText = (max = 200) =>
  cleanedText().pipe(z.string().max(max, 'too_long')).default('');

/**
 * Must say something: empty, blank or invisible-only text is refused. `required` names what is
 * missing when the field needs its own message ("reason_required").
 */
export const requiredText = (max = 200, required = 'required') =>
  cleanedText(required).pipe(
    z
      .string()
      .min(1, { message: required, abort: true })
      .max(max, 'too_long')
      .refine(hasContent, 'no_letters_or_digits'),
  );

/** Several lines of prose (Markdown), cleaned as a block: may be empty. */
export const blockText = (max: number) =>
  cleanedText(undefined, cleanBlock).pipe(z.string().max(max, 'too_long')).default('');

/**
 * A field of a patch: absent means "leave it as it is". A field with a default would otherwise
 * be filled in when absent (zod applies defaults inside optional), and an edit of one field
 * would blank the others.
 */
export function patchField<T extends z.ZodType>(field: z.ZodDefault<T>): z.ZodOptional<T> {
  return field.unwrap().optional();
}

/** Text kept exactly as given (a sheet name must match the workbook's), but never NUL or broken. */
export const verbatimText = (max = 200) =>
  z
    .string()
    .max(max, 'too_long')
    .refine((s) => textProblem(s) === null, 'invalid_characters');

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid_date')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'invalid_date');

export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid_time');

export const instant = z.iso.datetime({ offset: true, message: 'invalid_time' });

export const phone = z
  .string()
  .trim()
  .max(30, 'too_long')
  .regex(/^[0-9+().\s-]*$/, 'invalid_phone')
  .default('');

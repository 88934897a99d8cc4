import { z } from 'zod';

/**
 * Field builders shared by the contracts. Messages are i18n keys (under `validation.`),
 * so the UI can show the problem next to the field in the operator's language.
 */
export const id = z.string().min(1, 'required').max(64);

export const optionalText = (max = 200) => z.string().trim().max(max, 'too_long').default('');

export const requiredText = (max = 200) =>
  z.string().trim().min(1, 'required').max(max, 'too_long');

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

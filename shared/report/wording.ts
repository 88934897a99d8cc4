/**
 * Words the report itself carries. A report is a Vietnamese administrative document whatever
 * language the app is shown in, so these are document text, not UI strings (those are in the
 * i18n files), like the national headings in shared/documents/heading.ts.
 */
export const CENTER_ORIGIN = 'Điểm cầu Trung ương';

/** Present people whose protocol group is unset are counted under this name. */
export const UNGROUPED = 'Đại biểu khác';

/** "Điểm cầu tỉnh Đắk Lắk" reads better than the bare name; a typed name may already say it. */
export function pointOrigin(name: string): string {
  return /^điểm cầu\b/iu.test(name) ? name : `Điểm cầu ${name}`;
}

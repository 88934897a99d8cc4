/**
 * The place and date line of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I;
 * Party documents follow the same rule): "Thanh Hóa, ngày 28 tháng 7 năm 2023".
 */

/**
 * "ngày 28 tháng 7 năm 2023" of a YYYY-MM-DD date. Days below 10 and the months 1 and 2 take a
 * leading zero, so "ngày 05 tháng 01 năm 2020" but "tháng 3": the zero keeps anyone from
 * writing a digit in front of them later. Anything that is not such a date is returned as is.
 */
export function documentDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ngày ${day < 10 ? pad(day) : day} tháng ${month <= 2 ? pad(month) : month} năm ${m[1]}`;
}

/** "Thanh Hóa, ngày 05 tháng 01 năm 2026"; without a place, the date alone. */
export function dateLine(placeName: string, isoDate: string): string {
  const place = placeName.trim();
  const date = documentDate(isoDate);
  return place ? `${place}, ${date}` : date.charAt(0).toLocaleUpperCase('vi') + date.slice(1);
}

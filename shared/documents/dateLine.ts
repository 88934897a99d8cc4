/**
 * The place-and-date line: "Thanh Hóa, ngày 05 tháng 01 năm 2026". Days below 10 and the
 * months January and February take a leading zero (Nghị định 30/2020, Phụ lục I), so that no
 * one can add a digit in front of them; March to December are written as they are.
 */
export function placeDateLine(place: string, isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  const where = place.trim();
  return `${where ? `${where}, ` : ''}ngày ${day} tháng ${month} năm ${y}`;
}

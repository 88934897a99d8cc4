import type { Province } from '../../../shared/api/schemas';
import provinces from '../../../resources/provinces.json';

/** The provincial units, current and former (resources/provinces.json). */
export const PROVINCES: readonly Province[] = provinces.units as Province[];

export const provinceByCode = (code: string): Province | undefined =>
  PROVINCES.find((p) => p.code === code);

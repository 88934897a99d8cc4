import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import type { Profile } from '../../../../shared/api/schemas';

interface ProfileRow {
  point_name: string;
  province_code: string;
  province_other: string;
  parent_body: string;
  operator_name: string;
  updated_at: string;
}

export function getProfile(db: ReadableDB): Profile | null {
  const row = stmt(db, 'SELECT * FROM profile WHERE id = 1').get() as ProfileRow | undefined;
  if (!row) return null;
  return {
    pointName: row.point_name,
    provinceCode: row.province_code,
    provinceOther: row.province_other,
    parentBody: row.parent_body,
    operatorName: row.operator_name,
    updatedAt: row.updated_at,
  };
}

export function saveProfile(db: WritableDB, p: Profile): void {
  stmt(
    db,
    `INSERT INTO profile (id, point_name, province_code, province_other, parent_body, operator_name, updated_at)
     VALUES (1, @pointName, @provinceCode, @provinceOther, @parentBody, @operatorName, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET point_name = excluded.point_name,
       province_code = excluded.province_code, province_other = excluded.province_other,
       parent_body = excluded.parent_body, operator_name = excluded.operator_name,
       updated_at = excluded.updated_at`,
  ).run(p);
}

import type { ReadableDB, WritableDB } from '../handles';
import { stmt } from '../statements';
import type { Profile } from '../../../../shared/api/schemas';

interface ProfileRow {
  point_name: string;
  province_code: string;
  province_other: string;
  body_kind: Profile['bodyKind'];
  parent_body: string;
  issuing_body: string;
  place_name: string;
  point_code: string;
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
    bodyKind: row.body_kind,
    parentBody: row.parent_body,
    issuingBody: row.issuing_body,
    placeName: row.place_name,
    pointCode: row.point_code,
    operatorName: row.operator_name,
    updatedAt: row.updated_at,
  };
}

export function saveProfile(db: WritableDB, p: Profile): void {
  stmt(
    db,
    `INSERT INTO profile (id, point_name, province_code, province_other, body_kind, parent_body,
       issuing_body, place_name, point_code, operator_name, updated_at)
     VALUES (1, @pointName, @provinceCode, @provinceOther, @bodyKind, @parentBody, @issuingBody,
       @placeName, @pointCode, @operatorName, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET point_name = excluded.point_name,
       province_code = excluded.province_code, province_other = excluded.province_other,
       body_kind = excluded.body_kind, parent_body = excluded.parent_body,
       issuing_body = excluded.issuing_body, place_name = excluded.place_name,
       point_code = excluded.point_code, operator_name = excluded.operator_name,
       updated_at = excluded.updated_at`,
  ).run(p);
}

import type Database from 'better-sqlite3';
import provinces from '../../../../resources/provinces.json';

/**
 * The point's identity as its documents print it, and the meeting's own remark per invitee.
 * - profile.body_kind: which header the documents carry (Party or state layout). NULL for a
 *   point set up before this version: nobody chose it yet, and guessing would print the wrong
 *   national header; the app asks for it.
 * - profile.issuing_body, place_name, point_code: the name under the parent body at the top left,
 *   the place of the date line ("Thanh Hóa, ngày …"), the code the center knows the point by.
 *   An existing point's place name starts as its province's name.
 * - invitees.remark: "Chủ trì", "Vắng - đi công tác": said of this meeting, not of the person.
 */
export function up(db: Database.Database): void {
  db.exec(`
    ALTER TABLE profile ADD COLUMN body_kind TEXT CHECK (body_kind IN
      ('party', 'people_council', 'people_committee', 'state_other', 'mass_org', 'other'));
    ALTER TABLE profile ADD COLUMN issuing_body TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN place_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE profile ADD COLUMN point_code TEXT NOT NULL DEFAULT '';
    ALTER TABLE invitees ADD COLUMN remark TEXT NOT NULL DEFAULT '';
  `);
  const profile = db.prepare('SELECT province_code, province_other FROM profile').get() as
    { province_code: string; province_other: string } | undefined;
  if (profile) {
    const province = provinces.units.find((u) => u.code === profile.province_code);
    db.prepare('UPDATE profile SET place_name = ?').run(province?.name ?? profile.province_other);
  }
}

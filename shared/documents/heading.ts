import type { BodyKind, Profile } from '../api/schemas';
import type { DocumentHeading } from './model';

/**
 * The heading every document the point issues carries, from the point's profile: the issuing
 * body at the top left and the national heading at the top right. Party bodies follow
 * Hướng dẫn 36-HD/VPTW ("ĐẢNG CỘNG SẢN VIỆT NAM", a star under the issuer); state bodies
 * follow Nghị định 30/2020 (the country's name and motto). Mass organisations and other bodies
 * take the state heading, which Nghị định 30 also prescribes for socio-political organisations;
 * an office that uses its own can print from the DOCX and adjust it.
 */
export type { DocumentHeading } from './model';

export const PARTY_HEADING = 'ĐẢNG CỘNG SẢN VIỆT NAM';
export const STATE_HEADING = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const STATE_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

export const layoutOf = (kind: BodyKind): DocumentHeading['layout'] =>
  kind === 'party' ? 'party' : 'state';

const capitals = (text: string) => text.trim().toLocaleUpperCase('vi');

export function documentHeading(
  profile: Pick<Profile, 'parentBody' | 'issuingBody'> & { bodyKind: BodyKind },
): DocumentHeading {
  const layout = layoutOf(profile.bodyKind);
  return {
    layout,
    parent: capitals(profile.parentBody),
    issuer: capitals(profile.issuingBody),
    star: layout === 'party',
    national: layout === 'party' ? PARTY_HEADING : STATE_HEADING,
    motto: layout === 'party' ? null : STATE_MOTTO,
  };
}

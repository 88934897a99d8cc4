import { describe, expect, it } from 'vitest';
import { BODY_KINDS } from '../api/schemas';
import { documentHeading } from './heading';

describe('document heading', () => {
  it('gives a Party body the Party heading and a star under its name, in capitals', () => {
    expect(
      documentHeading({
        bodyKind: 'party',
        parentBody: 'Tỉnh ủy Thanh Hóa',
        issuingBody: ' Văn phòng ',
      }),
    ).toEqual({
      layout: 'party',
      parent: 'TỈNH ỦY THANH HÓA',
      issuer: 'VĂN PHÒNG',
      star: true,
      national: 'ĐẢNG CỘNG SẢN VIỆT NAM',
      motto: null,
    });
  });

  it('gives every other kind the state heading and motto, without a star', () => {
    for (const bodyKind of BODY_KINDS.filter((k) => k !== 'party')) {
      expect(
        documentHeading({ bodyKind, parentBody: 'UBND tỉnh Nghệ An', issuingBody: 'Văn phòng' }),
      ).toMatchObject({
        layout: 'state',
        parent: 'UBND TỈNH NGHỆ AN',
        star: false,
        national: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        motto: 'Độc lập - Tự do - Hạnh phúc',
      });
    }
  });
});

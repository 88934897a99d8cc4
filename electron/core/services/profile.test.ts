import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../db/migrations';
import { PROFILE } from '../testing/fixtures';
import { MINUTE, T0, call, fail, rows, start } from '../testing/harness';

describe('app.info and reference data', () => {
  it('reports version, schema, folder and transport', () => {
    const h = start();
    expect(call(h, 'app.info', {})).toEqual({
      version: 'test',
      schemaVersion: LATEST_VERSION,
      dataDir: h.dataDir,
      transport: 'http',
    });
  });

  it('lists the 34 current provincial units and the 63 former ones, each former unit mapped to a current one', () => {
    const h = start();
    const units = call(h, 'reference.provinces', {});
    const current = units.filter((u) => u.current);
    const former = units.filter((u) => !u.current);
    expect(current.filter((u) => u.kind === 'city')).toHaveLength(6);
    expect(current).toHaveLength(34);
    expect(former).toHaveLength(63);
    const currentCodes = new Set(current.map((u) => u.code));
    for (const u of former) expect(currentCodes).toContain(u.successor);
    expect(new Set(units.map((u) => u.code)).size).toBe(units.length);
  });
});

describe('profile', () => {
  it('is null before the point is set up', () => {
    expect(call(start(), 'profile.get', {})).toBeNull();
  });

  it('saves a normalised profile stamped with the clock and returns it from get', () => {
    const h = start();
    const saved = call(h, 'profile.save', {
      ...PROFILE,
      parentBody: '  Đảng bộ tỉnh  Thanh Hoá ',
      issuingBody: 'Văn phòng Tỉnh uỷ',
      placeName: ' Thanh Hoá ',
      pointCode: ' th-tu-01 ',
    });
    expect(saved).toEqual({
      pointName: 'Điểm cầu Tỉnh ủy Thanh Hóa',
      provinceCode: 'thanh-hoa',
      provinceOther: '',
      bodyKind: 'party',
      parentBody: 'Đảng bộ tỉnh Thanh Hóa',
      issuingBody: 'Văn phòng Tỉnh ủy',
      placeName: 'Thanh Hóa',
      pointCode: 'TH-TU-01',
      operatorName: 'Lê Văn Cường',
      updatedAt: T0,
    });
    expect(call(h, 'profile.get', {})).toEqual(saved);
  });

  it('replaces the one profile on a second save', () => {
    const h = start();
    call(h, 'profile.save', PROFILE);
    h.clock.advance(MINUTE);
    call(h, 'profile.save', { ...PROFILE, operatorName: 'Trần Thị Bình' });
    expect(rows(h, 'profile')).toBe(1);
    expect(call(h, 'profile.get', {})).toMatchObject({
      operatorName: 'Trần Thị Bình',
      updatedAt: h.clock.iso(),
    });
  });

  it('rejects an unknown province and saves nothing', () => {
    const h = start();
    expect(fail(h, 'profile.save', { ...PROFILE, provinceCode: 'atlantis' })).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['provinceCode'], message: 'unknown_province' }] },
    });
    expect(call(h, 'profile.get', {})).toBeNull();
  });

  it("keeps provinceOther for 'other' and drops it for a listed province", () => {
    const h = start();
    expect(fail(h, 'profile.save', { ...PROFILE, provinceCode: 'other' }).code).toBe('VALIDATION');
    expect(
      call(h, 'profile.save', {
        ...PROFILE,
        provinceCode: 'other',
        provinceOther: 'Bộ Ngoại giao',
      }),
    ).toMatchObject({ provinceCode: 'other', provinceOther: 'Bộ Ngoại giao' });
    expect(call(h, 'profile.save', { ...PROFILE, provinceOther: 'Bộ Ngoại giao' })).toMatchObject({
      provinceCode: 'thanh-hoa',
      provinceOther: '',
    });
  });

  it('requires the body kind and the place of the date line, and refuses a malformed point code', () => {
    const h = start();
    const { bodyKind: _kind, ...withoutKind } = PROFILE;
    expect(fail(h, 'profile.save', withoutKind)).toMatchObject({
      code: 'VALIDATION',
      details: { issues: [{ path: ['bodyKind'] }] },
    });
    expect(fail(h, 'profile.save', { ...PROFILE, bodyKind: 'ministry' }).code).toBe('VALIDATION');
    expect(fail(h, 'profile.save', { ...PROFILE, placeName: '  ' })).toMatchObject({
      details: { issues: [{ path: ['placeName'], message: 'required' }] },
    });
    expect(fail(h, 'profile.save', { ...PROFILE, pointCode: 'TH 01' })).toMatchObject({
      details: { issues: [{ path: ['pointCode'], message: 'invalid_point_code' }] },
    });
    expect(call(h, 'profile.get', {})).toBeNull();
  });

  it('accepts a former (pre-2025) province code', () => {
    const h = start();
    expect(call(h, 'profile.save', { ...PROFILE, provinceCode: 'former-hoa-binh' })).toMatchObject({
      provinceCode: 'former-hoa-binh',
    });
  });
});

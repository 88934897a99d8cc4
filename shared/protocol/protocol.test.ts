import { describe, expect, it } from 'vitest';
import { reportRevisionFixture } from '../testing/reportRevision';
import { bundleDigestText, bundleSchema, receiptsFileSchema } from './bundle';
import { canonicalize } from './canonicalJson';
import { signedRevisionSchema } from './envelope';
import { receiptSchema } from './receipt';
import { headcounts, reportRevisionPayloadSchema } from './report';
import { enrolRequestSchema } from './routes';

const sig = 'A'.repeat(86) + '==';

describe('report revision payload', () => {
  it('accepts a complete revision unchanged (no field is rewritten)', () => {
    const payload = reportRevisionFixture();
    const parsed = reportRevisionPayloadSchema.parse(payload);
    expect(canonicalize(parsed)).toBe(canonicalize(payload));
  });

  it.each([
    ['an unknown field', { ...reportRevisionFixture(), extra: 1 }],
    ['protocol 2', { ...reportRevisionFixture(), protocol: 2 }],
    ['revision 0', reportRevisionFixture({ revision: 0 })],
    ['a fractional revision', reportRevisionFixture({ revision: 1.5 })],
    ['a summary over 100,000 characters', reportRevisionFixture({ summary: 'x'.repeat(100_001) })],
    ['a NUL in a title', reportRevisionFixture({ appVersion: 'a\u0000b' })],
    ['a lone surrogate', reportRevisionFixture({ summary: '\ud800' })],
    ['a date that does not exist', reportRevisionFixture({ generatedAt: '2025-02-30T00:00:00Z' })],
    ['a point code with a space', reportRevisionFixture({ pointCode: 'DL 01' })],
    [
      '501 conclusions',
      reportRevisionFixture({ conclusions: Array.from({ length: 501 }, () => 'x') }),
    ],
  ])('refuses %s', (_name, value) => {
    expect(reportRevisionPayloadSchema.safeParse(value).success).toBe(false);
  });

  it('counts headcounts as the desktop does (present, late, substituted, left early)', () => {
    expect(headcounts(reportRevisionFixture())).toEqual({ invited: 3, attending: 2 });
  });
});

describe('envelope, receipt, bundle, enrolment', () => {
  it('takes strict padded base64 and a 64-byte signature only', () => {
    expect(signedRevisionSchema.safeParse({ payload: 'e30=', signature: sig }).success).toBe(true);
    expect(signedRevisionSchema.safeParse({ payload: 'e30', signature: sig }).success).toBe(false);
    expect(signedRevisionSchema.safeParse({ payload: 'e3-=', signature: sig }).success).toBe(false);
    expect(
      signedRevisionSchema.safeParse({ payload: 'e30=', signature: sig.slice(4) }).success,
    ).toBe(false);
  });

  it('checks a receipt', () => {
    const receipt = {
      pointCode: 'DL-01',
      reportId: 'r',
      revision: 1,
      sha256: 'a'.repeat(64),
      storedAt: '2025-12-20T05:00:00.000Z',
      outcome: 'stored',
    };
    expect(receiptSchema.parse(receipt)).toEqual(receipt);
    expect(receiptSchema.safeParse({ ...receipt, outcome: 'lost' }).success).toBe(false);
    expect(
      receiptsFileSchema.safeParse({ format: 'diemcau-receipts', version: 1, receipts: [receipt] })
        .success,
    ).toBe(true);
  });

  it('digests a bundle over everything but its sha256', () => {
    const bundle = {
      format: 'diemcau-bundle' as const,
      version: 1 as const,
      pointCode: 'DL-01',
      createdAt: '2025-12-20T05:00:00.000Z',
      revisions: [{ payload: 'e30=', signature: sig }],
      sha256: 'b'.repeat(64),
    };
    expect(bundleSchema.parse(bundle)).toEqual(bundle);
    const text = bundleDigestText(bundle);
    expect(text).not.toContain('sha256');
    expect(text).toBe(bundleDigestText({ ...bundle, sha256: 'c'.repeat(64) }));
    expect(text.startsWith('{"createdAt":')).toBe(true);
    expect(bundleSchema.safeParse({ ...bundle, revisions: [] }).success).toBe(false);
  });

  it('takes a raw 32-byte public key in base64', () => {
    const ok = { pointCode: 'DL-01', secret: 'x'.repeat(43), publicKey: 'A'.repeat(43) + '=' };
    expect(enrolRequestSchema.safeParse(ok).success).toBe(true);
    expect(enrolRequestSchema.safeParse({ ...ok, publicKey: 'A'.repeat(40) + '=' }).success).toBe(
      false,
    );
  });
});

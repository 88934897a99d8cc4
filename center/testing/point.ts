import crypto from 'node:crypto';
import type { Bundle } from '../../shared/protocol/bundle';
import { BUNDLE_FORMAT, bundleDigestText } from '../../shared/protocol/bundle';
import { canonicalize } from '../../shared/protocol/canonicalJson';
import type { SignedRevision } from '../../shared/protocol/envelope';
import type { Receipt } from '../../shared/protocol/receipt';
import type { ReportRevisionPayload } from '../../shared/protocol/report';
import { API_ROUTES, enrolResponseSchema } from '../../shared/protocol/routes';
import { reportRevisionFixture } from '../../shared/testing/reportRevision';

/**
 * A simulated point for tests and the bench: it plays the desktop's part of the protocol with
 * its own Ed25519 key, over real HTTP. Signing is the same few lines the desktop uses.
 */
export class SimulatedPoint {
  readonly keys = crypto.generateKeyPairSync('ed25519');
  token: string | null = null;

  constructor(
    readonly baseUrl: string,
    readonly code: string,
  ) {}

  /** Base64 of the raw 32-byte public key. */
  get publicKey(): string {
    const jwk = this.keys.publicKey.export({ format: 'jwk' });
    return Buffer.from(jwk.x!, 'base64url').toString('base64');
  }

  async enrol(secret: string): Promise<Response> {
    const response = await post(`${this.baseUrl}${API_ROUTES.enrol}`, {
      pointCode: this.code,
      secret,
      publicKey: this.publicKey,
    });
    if (response.ok) {
      this.token = enrolResponseSchema.parse(await response.clone().json()).token;
    }
    return response;
  }

  payload(fields: Partial<ReportRevisionPayload> = {}): ReportRevisionPayload {
    return reportRevisionFixture({ pointCode: this.code, ...fields });
  }

  /** Canonical JSON bytes of a payload, signed with this point's key. */
  sign(
    payload: ReportRevisionPayload,
    key: crypto.KeyObject = this.keys.privateKey,
  ): SignedRevision {
    const bytes = Buffer.from(canonicalize(payload), 'utf8');
    return signBytes(bytes, key);
  }

  async upload(signed: SignedRevision, token = this.token): Promise<Response> {
    return post(`${this.baseUrl}${API_ROUTES.reports}`, signed, token);
  }

  async send(fields: Partial<ReportRevisionPayload> = {}): Promise<Receipt> {
    const response = await this.upload(this.sign(this.payload(fields)));
    if (!response.ok) throw new Error(`upload failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as Receipt;
  }

  bundle(revisions: SignedRevision[]): Bundle {
    const body = {
      format: BUNDLE_FORMAT,
      version: 1 as const,
      pointCode: this.code,
      createdAt: new Date().toISOString(),
      revisions,
    };
    const sha256 = crypto.createHash('sha256').update(bundleDigestText(body), 'utf8').digest('hex');
    return { ...body, sha256 };
  }
}

export function signBytes(bytes: Uint8Array, key: crypto.KeyObject): SignedRevision {
  return {
    payload: Buffer.from(bytes).toString('base64'),
    signature: crypto.sign(null, bytes, key).toString('base64'),
  };
}

export function post(url: string, body: unknown, token?: string | null): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

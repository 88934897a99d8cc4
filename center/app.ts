import rateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import type {
  FastifyBaseLogger,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { bundleSchema, MAX_BUNDLE_BYTES, RECEIPTS_FORMAT } from '../shared/protocol/bundle';
import { MAX_SIGNED_REVISION_CHARS, signedRevisionSchema } from '../shared/protocol/envelope';
import { PROTOCOL_VERSION } from '../shared/protocol/report';
import { API_ROUTES, enrolRequestSchema } from '../shared/protocol/routes';
import type { ReceiptsFile } from '../shared/protocol/bundle';
import type { CenterDb } from './db/schema';
import { sha256Hex } from './crypto';
import { registerDashboard } from './dashboard';
import { CenterError } from './errors';
import { listMeetings } from './meetings';
import { authenticateToken, enrolPoint, enrolledPoint } from './points';
import { importBundle, storeRevision, verifyRevision } from './revisions';
import { fixedWindowLimiter } from './tokenLimit';

export interface RateLimits {
  /** Requests per window from one client address, on every route (a province's NAT included). */
  perAddress: number;
  /** Requests per window with one bearer token, on the routes that take one. */
  perToken: number;
  /** Enrolment attempts per window per client address (guessing secrets). */
  enrol: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perAddress: 1200,
  perToken: 120,
  enrol: 10,
  windowMs: 60_000,
};

export interface CenterOptions {
  db: CenterDb;
  logger?: Logger | false;
  /** false turns rate limiting off (the bench); defaults to DEFAULT_RATE_LIMITS. */
  rateLimits?: RateLimits | false;
  /** Serve the dashboard (HTML pages under /); on by default. */
  dashboard?: boolean;
  /** Serve HTTPS with this key and certificate (PEM), for a center with no TLS proxy in front. */
  tls?: { key: string | Buffer; cert: string | Buffer };
}

function parse<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new CenterError(
      'invalid_request',
      `Invalid request body: ${first?.path.join('.') || '(root)'}: ${first?.message ?? ''}`,
    );
  }
  return result.data;
}

/**
 * The center's HTTP server. It keeps no state of its own between requests: points, tokens,
 * meetings and reports are all in the database, so any number of processes can serve one
 * PostgreSQL database. Only the rate-limit counters are per process (docs/DECISIONS.md).
 */
export async function buildCenter(options: CenterOptions): Promise<FastifyInstance> {
  const { db } = options;
  const common = {
    ...(options.logger
      ? { loggerInstance: options.logger as FastifyBaseLogger }
      : { logger: false }),
    bodyLimit: 16 * 1024,
    // Behind a load balancer the client address comes from X-Forwarded-For; set via env.
    trustProxy: process.env.DIEMCAU_CENTER_TRUST_PROXY === '1',
  };
  // Routes and hooks are the same over either server; only the listener differs, so the HTTPS
  // instance is used through the HTTP instance's type.
  const app: FastifyInstance = options.tls
    ? (Fastify({ ...common, https: options.tls }) as unknown as FastifyInstance)
    : Fastify(common);

  app.setErrorHandler((error: FastifyError | CenterError, request, reply) => {
    if (error instanceof CenterError) {
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message } });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply
        .status(413)
        .send({ error: { code: 'too_large', message: 'The request body is too large.' } });
    }
    if (status >= 400 && status < 500) {
      return reply.status(400).send({ error: { code: 'invalid_request', message: error.message } });
    }
    request.log.error({ err: error }, 'center request failed');
    return reply.status(500).send({ error: { code: 'internal', message: 'Internal error.' } });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: 'No such route.' } }),
  );

  const limits = options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits;
  const rateLimited = (_request: unknown, context: { after: string }) =>
    new CenterError('rate_limited', `Too many requests; retry in ${context.after}.`);
  // Per address on every route (the plugin's global limiter), per token where one is taken (our
  // own counter: the plugin runs one limiter per request), and enrolment's own tight limit.
  let perToken = {};
  if (limits) {
    await app.register(rateLimit, {
      global: true,
      max: limits.perAddress,
      timeWindow: limits.windowMs,
      keyGenerator: (request) => `ip:${request.ip}`,
      errorResponseBuilder: rateLimited,
    });
    const tokenLimit = fixedWindowLimiter(limits.perToken, limits.windowMs);
    perToken = {
      onRequest: async (request: FastifyRequest, reply: FastifyReply) => {
        const { allowed, retryAfterMs } = tokenLimit(
          sha256Hex(request.headers.authorization ?? ''),
        );
        if (!allowed) {
          void reply.header('retry-after', Math.ceil(retryAfterMs / 1000));
          throw new CenterError(
            'rate_limited',
            `Too many requests; retry in ${Math.ceil(retryAfterMs / 1000)} s.`,
          );
        }
      },
    };
  }

  app.get(API_ROUTES.health, async () => ({ ok: true as const, protocol: PROTOCOL_VERSION }));

  app.post(
    API_ROUTES.enrol,
    {
      bodyLimit: 4 * 1024,
      ...(limits
        ? {
            config: {
              rateLimit: {
                max: limits.enrol,
                timeWindow: limits.windowMs,
                keyGenerator: (request: FastifyRequest) => `enrol:${request.ip}`,
              },
            },
          }
        : {}),
    },
    async (request) => {
      const body = parse(enrolRequestSchema, request.body);
      return enrolPoint(db, body.pointCode, body.secret, body.publicKey);
    },
  );

  app.get(API_ROUTES.meetings, { ...perToken }, async (request) => {
    await authenticateToken(db, request.headers.authorization);
    return { meetings: await listMeetings(db) };
  });

  app.post(
    API_ROUTES.reports,
    { bodyLimit: MAX_SIGNED_REVISION_CHARS, ...perToken },
    async (request) => {
      const point = await authenticateToken(db, request.headers.authorization);
      const signed = parse(signedRevisionSchema, request.body);
      const verified = verifyRevision(point, signed);
      return storeRevision(db, point, verified);
    },
  );

  app.post(
    API_ROUTES.bundles,
    { bodyLimit: MAX_BUNDLE_BYTES },
    async (request): Promise<ReceiptsFile> => {
      const bundle = parse(bundleSchema, request.body);
      const point = await enrolledPoint(db, bundle.pointCode);
      const receipts = await importBundle(db, point, bundle);
      return { format: RECEIPTS_FORMAT, version: 1, receipts };
    },
  );

  if (options.dashboard !== false)
    await app.register(async (scope) => registerDashboard(scope, db));
  return app;
}

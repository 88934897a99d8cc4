import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../../shared/protocol/routes';
import type { Core } from '../core';
import type { Harness } from '../testing/harness';
import { call, callAsync, fixedClock, openTestCore, start, tmpDir } from '../testing/harness';
import type { CenterClient, UploadOutcome } from './centerClient';
import { POINT_CODE, finalizedReport, nextRevision } from './testing';

/**
 * The outbox as a state machine, against a center kept in memory that fails in every way the
 * network can: no row is ever lost (each revision sent ends stored at the center and marked
 * sent here), and none is sent again once the center's answer reached the desktop, whatever
 * the order of failures, refusals and restarts.
 */
type Behaviour = 'ok' | 'unreachable' | 'error500' | 'commitThenLose' | 'unauthorized';

interface ModelCenter {
  stored: Map<string, string>;
  /** Revisions whose receipt reached the desktop: sending one of these again is a bug. */
  answered: Set<string>;
  uploadsAfterAnswer: number;
  script: Behaviour[];
}

function modelClient(center: ModelCenter): CenterClient {
  return {
    call(route, method, body) {
      // Enrolment: any secret is good here; the token is what the drain worker needs.
      if (route !== API_ROUTES.enrol || method !== 'POST' || !body) {
        return Promise.reject(new Error(`unexpected call ${method} ${route}`));
      }
      return Promise.resolve({ status: 200, body: { token: 'token-'.padEnd(43, 'x') } });
    },
    upload(signed) {
      const bytes = Buffer.from(signed.payload, 'base64');
      const p = JSON.parse(bytes.toString('utf8')) as { reportId: string; revision: number };
      const key = `${p.reportId}#${p.revision}`;
      const behaviour = center.script.shift() ?? 'ok';
      if (center.answered.has(key)) center.uploadsAfterAnswer++;
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const receipt = (outcome: 'stored' | 'duplicate') => ({
        pointCode: POINT_CODE,
        reportId: p.reportId,
        revision: p.revision,
        sha256,
        storedAt: '2025-03-10T02:00:00.000Z',
        outcome,
      });
      let outcome: UploadOutcome;
      if (behaviour === 'unreachable') outcome = { kind: 'retry', reason: 'unreachable' };
      else if (behaviour === 'error500') outcome = { kind: 'retry', reason: 'HTTP 500' };
      else if (behaviour === 'unauthorized') outcome = { kind: 'unauthorized', reason: '401' };
      else {
        const before = center.stored.get(key);
        if (before !== undefined && before !== sha256) throw new Error('same revision, new body');
        center.stored.set(key, sha256);
        if (behaviour === 'commitThenLose') outcome = { kind: 'retry', reason: 'answer lost' };
        else {
          center.answered.add(key);
          outcome = { kind: 'answered', body: receipt(before ? 'duplicate' : 'stored') };
        }
      }
      return Promise.resolve(outcome);
    },
  };
}

type Step =
  | { kind: 'send'; index: number }
  | { kind: 'drain'; script: Behaviour[] }
  | { kind: 'restart' }
  | { kind: 'wait'; ms: number };

const behaviour = fc.constantFrom<Behaviour>(
  'ok',
  'unreachable',
  'error500',
  'commitThenLose',
  'unauthorized',
);
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('send' as const), index: fc.integer({ min: 0, max: 3 }) }),
  fc.record({
    kind: fc.constant('drain' as const),
    script: fc.array(behaviour, { maxLength: 4 }),
  }),
  fc.constant({ kind: 'restart' as const }),
  fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 20 * 60_000 }) }),
);

describe('the outbox under any sequence of failures and restarts', () => {
  it('loses no revision and sends none again once its receipt arrived', async () => {
    // One data folder with four finalized revisions (two meetings, two revisions each), copied
    // for every run: the report fixtures are the slow part.
    const template = tmpDir();
    {
      const h = start(template, fixedClock(), { sync: { autoDrain: false } });
      const a = finalizedReport(h, 'Hội nghị A');
      nextRevision(h, a);
      const b = finalizedReport(h, 'Hội nghị B');
      nextRevision(h, b);
      call(h, 'sync.saveSettings', { centerUrl: 'https://center.example' });
      await h.core.close();
    }
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 12 }), async (steps) => {
        const dir = tmpDir();
        fs.cpSync(template, dir, { recursive: true });
        fs.rmSync(path.join(dir, 'diemcau.lock'), { force: true });
        const center: ModelCenter = {
          stored: new Map(),
          answered: new Set(),
          uploadsAfterAnswer: 0,
          script: [],
        };
        const clock = fixedClock();
        const open = (): Harness => {
          const core: Core = openTestCore(dir, clock, {
            sync: {
              autoDrain: false,
              random: () => 0.5,
              clientFor: () => modelClient(center),
            },
          });
          return { core, dataDir: dir, clock, events: [] };
        };
        let h = open();
        await callAsync(h, 'sync.enrol', { secret: 'secret-from-the-center' });
        const meetings = call(h, 'meetings.list', { when: 'past', today: '2026-01-01' });
        const revisions = meetings
          .flatMap((m) => [1, 2].map((revision) => ({ meetingId: m.id, revision })))
          .slice(0, 4);
        const sent = new Set<string>();

        for (const s of steps) {
          if (s.kind === 'send') {
            const r = revisions[s.index]!;
            call(h, 'sync.send', r);
            sent.add(`${r.meetingId}#${r.revision}`);
          } else if (s.kind === 'drain') {
            center.script = [...s.script];
            await h.core.sync!.drainNow();
          } else if (s.kind === 'restart') {
            await h.core.close();
            h = open();
          } else clock.advance(s.ms);
        }

        // Then the center comes back for good and the desktop keeps draining.
        center.script = [];
        // A refused token stopped the draining: the operator enrols again.
        await callAsync(h, 'sync.enrol', { secret: 'secret-from-the-center' });
        for (let i = 0; i < 10 && call(h, 'sync.status', {}).pending > 0; i++) {
          clock.advance(60 * 60_000);
          await h.core.sync!.drainNow();
        }
        const status = call(h, 'sync.status', {});
        expect(status.pending).toBe(0);
        expect(status.failed).toEqual([]);
        expect([...center.stored.keys()].sort()).toEqual([...sent].sort());
        expect(center.uploadsAfterAnswer).toBe(0);
        for (const key of sent) {
          const [meetingId, revision] = key.split('#') as [string, string];
          const entry = call(h, 'sync.outbox', { meetingId }).entries.find(
            (e) => e.revision === Number(revision),
          )!;
          expect(entry.state).toBe('sent');
          expect(entry.receipt?.sha256).toBe(center.stored.get(key));
        }
        await h.core.close();
      }),
      { numRuns: 25 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { createApi } from './client';
import { AppError } from './errors';
import type { RawBridge } from './methods';

function bridge(reply: (method: string, input: unknown) => Promise<unknown>): RawBridge {
  return { invoke: reply, on: () => () => {} };
}

describe('createApi', () => {
  it('returns the value of an ok envelope', async () => {
    const api = createApi(bridge(async () => ({ ok: true, value: null })));
    await expect(api.invoke('profile.get', {})).resolves.toBeNull();
  });

  it('throws the AppError of an error envelope, with its code and details', async () => {
    const error = { code: 'MEETING_LOCKED', message: 'finalized', details: { id: 'm1' } };
    const api = createApi(bridge(async () => ({ ok: false, error })));
    const thrown = await api.invoke('meetings.get', { id: 'm1' }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(AppError);
    expect((thrown as AppError).toJSON()).toEqual(error);
  });

  it('turns a transport failure into a TRANSPORT error', async () => {
    const api = createApi(
      bridge(async () => {
        throw new Error('socket hang up');
      }),
    );
    await expect(api.invoke('profile.get', {})).rejects.toMatchObject({
      code: 'TRANSPORT',
      message: 'socket hang up',
    });
  });

  it.each([[undefined], ['ok'], [{ value: 1 }], [{ ok: false, error: { code: 'NOPE' } }]])(
    'turns the malformed reply %j into a TRANSPORT error',
    async (reply) => {
      const api = createApi(bridge(async () => reply));
      await expect(api.invoke('profile.get', {})).rejects.toMatchObject({ code: 'TRANSPORT' });
    },
  );

  it('passes events through to the listener', () => {
    let registered: ((payload: unknown) => void) | undefined;
    const api = createApi({
      invoke: async () => ({ ok: true, value: null }),
      on: (_event, listener) => {
        registered = listener;
        return () => {};
      },
    });
    const seen: unknown[] = [];
    api.on('attendance.changed', (p) => seen.push(p));
    registered!({ meetingId: 'm1' });
    expect(seen).toEqual([{ meetingId: 'm1' }]);
  });
});

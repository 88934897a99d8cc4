import { describe, expect, it } from 'vitest';
import { catchUnhandled, createErrorReporter, watchRenderer } from './errorReporting';
import type { ProcessLike, WatchedContents } from './errorReporting';
import { shellText } from './shellText';

type Listener = (...args: never[]) => void;

function emitter() {
  const listeners = new Map<string, Listener[]>();
  return {
    on(event: string, fn: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), fn]);
      return this;
    },
    emit(event: string, ...args: unknown[]) {
      for (const fn of listeners.get(event) ?? []) (fn as (...a: unknown[]) => void)(...args);
    },
  };
}

describe('unhandled errors in main and the core', () => {
  it('are all logged and shown once, in Vietnamese', () => {
    const logged: string[] = [];
    const shown: [string, string][] = [];
    const reporter = createErrorReporter({
      log: (m) => logged.push(m),
      show: (title, body) => shown.push([title, body]),
      text: () => shellText('vi'),
    });
    const proc = emitter();
    catchUnhandled(proc as unknown as ProcessLike, reporter);
    proc.emit('uncaughtException', new Error('boom'));
    proc.emit('unhandledRejection', new Error('later'));
    expect(logged).toEqual([
      'Unhandled error (uncaughtException)',
      'Unhandled error (unhandledRejection)',
    ]);
    expect(shown).toHaveLength(1);
    expect(shown[0]![0]).toBe('Điểm Cầu gặp lỗi');
    expect(shown[0]![1]).toContain('Gửi nhật ký lỗi');
    expect(reporter.shown).toBe(true);
  });

  it('still logs when the message box itself fails', () => {
    const logged: string[] = [];
    const reporter = createErrorReporter({
      log: (m) => logged.push(m),
      show: () => {
        throw new Error('no display');
      },
      text: () => shellText('vi'),
    });
    reporter.report('test', new Error('x'));
    expect(logged).toEqual(['Unhandled error (test)', 'Could not show the error message']);
  });
});

describe('a window whose page fails', () => {
  function setup() {
    const contents = Object.assign(emitter(), {
      reloads: 0,
      reload() {
        contents.reloads++;
      },
    });
    const logged: string[] = [];
    const shown: [string, string][] = [];
    watchRenderer(contents as unknown as WatchedContents, {
      log: (m) => logged.push(m),
      show: (title, body) => shown.push([title, body]),
      text: () => shellText('vi'),
    });
    return { contents, logged, shown };
  }

  it('reloads a crashed page once, then tells the operator', () => {
    const { contents, logged, shown } = setup();
    contents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 11 });
    expect(contents.reloads).toBe(1);
    expect(shown).toEqual([]);
    contents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 9 });
    expect(contents.reloads).toBe(1);
    expect(shown).toEqual([
      ['Không hiển thị được màn hình', expect.stringContaining('(oom)') as unknown as string],
    ]);
    expect(logged).toHaveLength(2);
  });

  it('says once that the page did not load, ignoring sub-frames and aborted navigations', () => {
    const { contents, shown } = setup();
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', 'app://x/index.html', true);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://x/frame.html', false);
    expect(shown).toEqual([]);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://x/index.html#/a', true);
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', 'app://x/index.html', true);
    expect(shown).toHaveLength(1);
    expect(shown[0]![1]).toContain('-6 ERR_FILE_NOT_FOUND');
  });

  it('leaves a page that ended cleanly alone', () => {
    const { contents, shown } = setup();
    contents.emit('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 });
    expect(contents.reloads).toBe(0);
    expect(shown).toEqual([]);
  });
});

/**
 * Unhandled errors in main or the core (they share main's process) and a renderer that died or
 * did not load: each is logged, and the operator is told once, in their language, what happened
 * and what to do, instead of facing a blank or frozen window. Written against the few members it
 * uses of Electron's objects, so it is tested with fakes.
 */
export interface ErrorReporterDeps {
  log: (message: string, err?: unknown) => void;
  /** Shows a message box (Electron's `dialog.showErrorBox`). */
  show: (title: string, body: string) => void;
  text: () => { errorTitle: string; errorBody: string };
}

export interface ErrorReporter {
  /** Logs every error; shows the message the first time only. */
  report(source: string, err: unknown): void;
  readonly shown: boolean;
}

export function createErrorReporter({ log, show, text }: ErrorReporterDeps): ErrorReporter {
  let shown = false;
  return {
    report(source, err) {
      log(`Unhandled error (${source})`, err);
      if (shown) return;
      shown = true;
      const t = text();
      try {
        show(t.errorTitle, t.errorBody);
      } catch (showErr) {
        log('Could not show the error message', showErr);
      }
    },
    get shown() {
      return shown;
    },
  };
}

/** What we use of Node's `process`. */
export interface ProcessLike {
  on(event: 'uncaughtException' | 'unhandledRejection', listener: (err: unknown) => void): unknown;
}

export function catchUnhandled(proc: ProcessLike, reporter: ErrorReporter): void {
  proc.on('uncaughtException', (err) => reporter.report('uncaughtException', err));
  proc.on('unhandledRejection', (err) => reporter.report('unhandledRejection', err));
}

/** What we use of a window's `webContents`. */
export interface WatchedContents {
  on(
    event: 'render-process-gone',
    listener: (event: unknown, details: { reason: string; exitCode: number }) => void,
  ): unknown;
  on(
    event: 'did-fail-load',
    listener: (
      event: unknown,
      errorCode: number,
      errorDescription: string,
      validatedURL: string,
      isMainFrame: boolean,
    ) => void,
  ): unknown;
  reload(): void;
}

export interface RendererWatchDeps {
  log: (message: string, err?: unknown) => void;
  show: (title: string, body: string) => void;
  text: () => { loadFailedTitle: string; loadFailedBody: string };
}

/**
 * A page that crashed is reloaded once (the data is in the core, so nothing is lost) and the
 * operator is told; a page that did not load is said so once rather than left blank.
 */
export function watchRenderer(
  contents: WatchedContents,
  { log, show, text }: RendererWatchDeps,
): void {
  let told = false;
  let reloaded = false;
  const tell = (reason: string) => {
    if (told) return;
    told = true;
    const t = text();
    show(t.loadFailedTitle, t.loadFailedBody.replace('{{reason}}', reason));
  };
  contents.on('render-process-gone', (_event, details) => {
    log(`The window's page ended: ${details.reason} (${details.exitCode})`);
    if (details.reason === 'clean-exit') return;
    if (!reloaded) {
      reloaded = true;
      contents.reload();
      return;
    }
    tell(details.reason);
  });
  contents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    // -3 is ERR_ABORTED: a navigation replaced by another, not a failure.
    if (!isMainFrame || code === -3) return;
    log(`The window's page did not load: ${code} ${description} (${url.split('#')[0]})`);
    tell(`${code} ${description}`);
  });
}

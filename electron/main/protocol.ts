import { net, protocol } from 'electron';
import { createAppHandler } from './appHandler';
import { APP_SCHEME } from './appOrigin';

/** Must run before the app is ready. */
export function registerSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer from app://diemcau/ with the CSP; nothing outside its folder. The
 * decisions are in appHandler.ts and appUrl.ts, tested without Electron; this only plugs them
 * into Electron's protocol and file reader.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(
    APP_SCHEME,
    createAppHandler(rendererDir, (fileUrl) => net.fetch(fileUrl)),
  );
}

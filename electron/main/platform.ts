import path from 'node:path';
import type { Platform, SecretStore } from '../core/handlerTypes';
import { ATTACHMENTS_DIR } from '../core/services/speeches';

/**
 * What the desktop shell does for the core (handlerTypes.ts `Platform`): open a speech's
 * written contribution with the system's viewer, open the room display, print a document to PDF. The loopback host
 * gives the core no platform, so there the page downloads the file or opens the route itself.
 * Written against the one member it uses of Electron's `shell`, so it is tested with a fake.
 */

/** What we use of Electron's `shell`: answers an error message, '' when the file was opened. */
export interface ShellLike {
  openPath(file: string): Promise<string>;
}

/**
 * Documents the system may open. `shell.openPath` runs whatever the system associates with a
 * file, which for an .exe, .bat or .lnk is running it: a contribution is a document, and only
 * a document's type is handed over.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set([
  '.pdf',
  '.doc',
  '.docx',
  '.odt',
  '.rtf',
  '.txt',
]);

export interface PlatformDeps {
  shell: ShellLike;
  dataDir: string;
  openDisplay: (meetingId: string) => Promise<boolean>;
  printToPdf: (route: string) => Promise<Uint8Array>;
  /** The OS key store for the center's token, when there is one (secretStore.ts). */
  secrets?: SecretStore;
  /** The save dialog (Electron's dialog.showSaveDialog); null when the operator cancels. */
  chooseSavePath: (fileName: string) => Promise<string | null>;
  log?: (message: string) => void;
}

const FILTER_NAMES: Record<string, string> = {
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  csv: 'CSV',
  pdf: 'PDF',
};

/** The save dialog's file type: the one the document is being saved as. */
export function saveFilters(fileName: string): { name: string; extensions: string[] }[] {
  const ext = path.extname(fileName).slice(1).toLowerCase();
  return FILTER_NAMES[ext] ? [{ name: FILTER_NAMES[ext], extensions: [ext] }] : [];
}

export function desktopPlatform({
  shell,
  dataDir,
  openDisplay,
  printToPdf,
  secrets,
  chooseSavePath,
  log,
}: PlatformDeps): Platform {
  const attachments = path.resolve(dataDir, ATTACHMENTS_DIR);
  return {
    async openPath(file) {
      const resolved = path.resolve(file);
      const inside = resolved.startsWith(attachments + path.sep);
      if (!inside || !OPENABLE_EXTENSIONS.has(path.extname(resolved).toLowerCase())) {
        log?.(`Refused to open ${resolved}: not a contribution kept in the data folder`);
        return false;
      }
      const failure = await shell.openPath(resolved);
      if (failure) log?.(`The system could not open ${resolved}: ${failure}`);
      return failure === '';
    },
    openDisplay,
    printToPdf,
    ...(secrets ? { secrets } : {}),
    chooseSavePath,
  };
}

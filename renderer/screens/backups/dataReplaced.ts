import { api } from '../../api/bridge';
import { createReplacementWatcher } from './replacementWatcher';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null; // storage can be switched off; the reload still happens
  }
}

/**
 * The app's one watcher of `data.replaced`: App starts it, the backups screen restores through it.
 * A full page reload is the same in the browser build and in Electron (app:// serves the page
 * again), and the hash keeps the operator on the screen they were on.
 */
export const dataReplaced = createReplacementWatcher({
  onDataReplaced: (listener) => api.on('data.replaced', () => listener()),
  reload: () => window.location.reload(),
  storage: sessionStore(),
});

import { create } from 'zustand';
import type { AppError } from '../../shared/api/errors';
import type { MethodOutput } from '../../shared/api/methods';
import type { Profile } from '../../shared/api/schemas';
import { api } from '../api/bridge';
import { toAppError } from '../api/useApiQuery';

export type AppInfo = MethodOutput<'app.info'>;

/**
 * Where the app is in starting up: the data file must open (app.info) and the point must
 * have a profile before the main screens make sense.
 */
export type StartupPhase = 'loading' | 'failed' | 'needsProfile' | 'ready';

interface SessionState {
  phase: StartupPhase;
  error: AppError | null;
  info: AppInfo | null;
  profile: Profile | null;
  start: () => Promise<void>;
  profileSaved: (profile: Profile) => void;
}

export const useSessionStore = create<SessionState>((set) => ({
  phase: 'loading',
  error: null,
  info: null,
  profile: null,

  async start() {
    set({ phase: 'loading', error: null });
    try {
      const info = await api.invoke('app.info', {});
      const profile = await api.invoke('profile.get', {});
      set({ info, profile, phase: profile === null ? 'needsProfile' : 'ready' });
    } catch (err) {
      set({ phase: 'failed', error: toAppError(err) });
    }
  },

  profileSaved(profile) {
    set({ profile, phase: 'ready' });
  },
}));

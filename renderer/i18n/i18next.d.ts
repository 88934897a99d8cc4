import 'i18next';
import type vi from './vi.json';

// Vietnamese is the reference resource: a key missing from vi.json fails the type check.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

import en from '../../renderer/i18n/en.json';
import vi from '../../renderer/i18n/vi.json';

/**
 * The shell's own words (menu, About, error boxes), from the `shell` section of the app's i18n
 * files, so they are translated and checked with every other string (renderer/i18n). Vietnamese
 * unless the operator chose English in the app.
 */
export type ShellText = typeof vi.shell;
export type ShellLanguage = 'vi' | 'en';

export function shellText(language: string | null | undefined): ShellText {
  return language === 'en' ? en.shell : vi.shell;
}

/** `{{name}}` placeholders, as i18next writes them. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
}

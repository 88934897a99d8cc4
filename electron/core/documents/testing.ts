import { inflateEntry, zipEntries } from '../import/zip';

/** One part of an Office file, as text (tests read DOCX and XLSX back with this). */
export async function officePart(bytes: Uint8Array, name: string): Promise<string> {
  for (const entry of zipEntries(bytes)) {
    if (entry.name !== name) continue;
    const chunks: Uint8Array[] = [];
    await inflateEntry(bytes, entry, 64 * 2 ** 20, (c) => chunks.push(Uint8Array.from(c)));
    return Buffer.concat(chunks).toString('utf8');
  }
  throw new Error(`no ${name} in the file`);
}

/** The text of WordprocessingML, one line per paragraph, as a reader would see it. */
export function wordText(xml: string): string[] {
  return xml
    .split(/<\/w:p>/)
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
        .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[1]!))
        .join('')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .filter((t) => t !== '');
}

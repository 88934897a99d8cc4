import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';

const DOC = path.join(__dirname, '..', 'docs', 'PERFORMANCE.md');

export function machineLine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.version}`;
}

/**
 * Replaces this benchmark's block in docs/PERFORMANCE.md (or appends it), keeping the rest,
 * and lays the page out as Prettier would, so a bench run leaves `prettier --check` passing.
 */
export async function writeBenchBlock(name: string, lines: string[]): Promise<void> {
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  let text = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '';
  const block = `${begin}\n${lines.join('\n')}\nMachine: ${machineLine()}.\n${end}`;
  if (text.includes(begin) && text.includes(end)) {
    text = text.slice(0, text.indexOf(begin)) + block + text.slice(text.indexOf(end) + end.length);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  const options = (await prettier.resolveConfig(DOC)) ?? {};
  fs.writeFileSync(DOC, await prettier.format(text, { ...options, filepath: DOC }));
  console.log(`written to ${path.relative(process.cwd(), DOC)}`);
}

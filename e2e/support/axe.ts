import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.1 A and AA, the level a public body's software is held to. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const BLOCKING = new Set(['critical', 'serious']);

/** Per scan, per rule: how many elements failed (for the before/after figures). */
export type AxeTally = Record<string, Record<string, number>>;

/** One violation as a reader can act on it: rule, impact, help, and the first few elements. */
export function describeViolation(v: Result): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
    .join('\n');
  const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
  return `  ${v.id} (${v.impact}, ${v.nodes.length} elements): ${v.help}\n${nodes}${more}`;
}

/**
 * Waits until nothing on the page is moving: a modal or a menu fading in has a colour axe would
 * measure half-way (a contrast "failure" that no operator sees). Endless animations (spinners)
 * are not waited for.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
      ),
  );
}

/**
 * Runs axe (WCAG 2.1 A/AA) on the whole page as it is now and fails, softly so one run reports
 * every screen, on any critical or serious violation, printing them. Every violation, of any
 * impact, is counted in `tally` under `where`.
 */
export async function checkAxe(page: Page, where: string, tally?: AxeTally): Promise<void> {
  await settle(page);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (tally) {
    const counts: Record<string, number> = {};
    for (const v of violations) counts[`${v.id} (${v.impact})`] = v.nodes.length;
    tally[where] = counts;
  }
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ''));
  expect
    .soft(
      blocking.map((v) => `${v.id}: ${v.nodes.length}`),
      `axe on ${where}:\n${blocking.map(describeViolation).join('\n')}`,
    )
    .toEqual([]);
}

/** Totals per rule over every scan, and the scans themselves, into reports/ for the record. */
export function writeTally(tally: AxeTally, file: string): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const counts of Object.values(tally))
    for (const [rule, n] of Object.entries(counts)) totals[rule] = (totals[rule] ?? 0) + n;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ totals, scans: tally }, null, 2));
  return totals;
}

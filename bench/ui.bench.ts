/**
 * `npm run bench` (UI part): how long the operator waits, in the real browser build, between
 * marking a person present and seeing it on their row. The real host runs on a temp data folder
 * with a meeting of 500 invitees (set up through its API); Chromium shows the check-in tab at
 * 1366×768, and every check-in is measured inside the page:
 *
 * - start: the `timeStamp` of the input event that marks the person (the `click` of "Có mặt" in
 *   the row's menu, fired on release; the `keydown` of C on the highlighted row with the list
 *   focused; or the `keydown` of Enter in the search box), i.e. when the browser received it;
 * - "row updated": the MutationObserver callback that first sees that row's `data-status` become
 *   "present" (React has committed it to the DOM); this covers the handler, the `attendance.set`
 *   round trip over HTTP (validation, SQLite commit with synchronous=FULL) and the re-render;
 * - "next frame": the requestAnimationFrame callback after that, the frame that paints it;
 * - for Enter, "ready for the next": the first frame where the search box is empty again and
 *   the list lists all 500 again (its rows near the viewport rendered; the list is virtual),
 *   which is when the operator can type the next name.
 *
 * Playwright's own work (opening the menu, moving the highlight, typing the name) happens before
 * the input event and is not counted; the menu item is pressed with raw mouse events, so none of
 * Playwright's hit-target checks run inside the interval either. Figures go to
 * docs/PERFORMANCE.md.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { chromium, expect } from '@playwright/test';
import { hostApi } from '../e2e/support/api';
import { recordApiCalls } from '../e2e/support/apiCalls';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { removeDataDir, startHost } from '../e2e/support/host';
import { seedMeeting } from '../e2e/support/meetingSetup';
import { generateBenchRoster } from './rosters';
import { ms, stats, writeBenchBlock } from './report';

const INVITEES = 500;
const WARM_UP = 5;
const SAMPLES = 60;
const TARGET_MS = 50;

interface Sample {
  /** Milliseconds from the input event to the row's new status in the DOM. */
  dom: number;
  /** …to the next animation frame. */
  frame: number;
  /** …to the first frame with the search box empty and every row listed (Enter only). */
  ready: number | null;
}

/** In-page probe: armed before each check-in, resolved once the row shows "present". */
function installProbe() {
  type Probe = {
    arm: (testId: string, startOn: 'click' | 'keydown', total: number | null) => void;
    done: Promise<Sample>;
  };
  const w = window as unknown as { benchProbe: Probe };
  w.benchProbe = {
    done: Promise.resolve({ dom: 0, frame: 0, ready: null }),
    arm(testId, startOn, total) {
      let start: number | null = null;
      const onInput = (e: Event) => {
        if (start === null) start = e.timeStamp;
      };
      window.addEventListener(startOn, onInput, { capture: true });
      const stopListening = () => window.removeEventListener(startOn, onInput, { capture: true });
      const listReady = () => {
        const box = document.querySelector<HTMLInputElement>('[data-testid="checkin-search"]');
        const list = document.getElementById('checkin-list');
        const rows = document.querySelectorAll('[data-testid^="checkin-row-"]').length;
        return box?.value === '' && list?.dataset.count === String(total) && rows > 0;
      };
      w.benchProbe.done = new Promise<Sample>((resolve) => {
        const observer = new MutationObserver(() => {
          const row = document.querySelector(`[data-testid="${testId}"]`);
          if (start === null || row?.getAttribute('data-status') !== 'present') return;
          const from = start;
          const dom = performance.now() - from;
          observer.disconnect();
          stopListening();
          requestAnimationFrame(() => {
            const frame = performance.now() - from;
            if (total === null) return resolve({ dom, frame, ready: null });
            const waitReady = () => {
              if (listReady()) resolve({ dom, frame, ready: performance.now() - from });
              else requestAnimationFrame(waitReady);
            };
            waitReady();
          });
        });
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-status'],
        });
      });
    },
  };
}

type StartOn = 'click' | 'keydown';
const arm = (page: Page, testId: string, startOn: StartOn, total: number | null) =>
  page.evaluate(
    ([id, on, n]) =>
      (
        window as unknown as {
          benchProbe: { arm: (t: string, on: StartOn, n: number | null) => void };
        }
      ).benchProbe.arm(id, on, n),
    [testId, startOn, total] as const,
  );

const measured = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { benchProbe: { done: Promise<Sample> } }).benchProbe.done,
  );

// A bundle older than the code would measure the old code: build first (a few seconds).
const root = path.join(__dirname, '..');
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('build failed');

async function main() {
  const host = await startHost();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS],
  });
  try {
    const call = await hostApi(host.url);
    const groups = await call<{ id: string; name: string }[]>('groups.list', {});
    const groupId = new Map(groups.map((g) => [g.name, g.id]));
    const roster = generateBenchRoster(INVITEES, 42).map((p) => ({
      fullName: p.fullName,
      position: p.position,
      unit: p.unit,
      groupId: groupId.get(p.group) ?? null,
      rank: p.rank,
    }));
    const { meetingId, invitees } = await seedMeeting(call, roster, 'Hội nghị 500 đại biểu');

    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'vi-VN',
      timezoneId: 'Asia/Ho_Chi_Minh',
    });
    const page = await context.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps the probe's inner functions
    // in a `__name(fn, "name")` helper that does not exist in the page.
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.goto(`${host.url}#/meetings/${meetingId}/checkin`);
    await page.locator(`#checkin-list[data-count="${INVITEES}"]`).waitFor();
    await page.evaluate(installProbe);
    const calls = recordApiCalls(page);
    await calls.settle(500);
    calls.reset();

    const queue = [...invitees];
    // With the mouse: the row's one menu, then "Có mặt". Rows are taken in protocol order from
    // the top, so the next one is always next to the last (rendered, though the list is virtual).
    const menu: Sample[] = [];
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      const inv = queue.shift()!;
      const testId = `checkin-row-${inv.id}`;
      // The menu sits beside the row's option, in the same row (an option holds no control).
      const button = page
        .getByTestId(testId)
        .locator('..')
        .getByRole('button', { name: /^Thao tác – / });
      await button.click();
      // This row's menu (generated names repeat, and the last menu may still be fading out).
      await expect(button).toHaveAttribute('aria-expanded', 'true');
      const dropdown = page.locator(`[id="${await button.getAttribute('aria-controls')}"]`);
      const item = dropdown.getByRole('menuitem', { name: 'Có mặt', exact: true });
      await item.waitFor();
      const box = (await item.boundingBox())!;
      await arm(page, testId, 'click', null);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const sample = await measured(page);
      if (i >= WARM_UP) menu.push(sample);
    }

    // With the keyboard in the list: the highlight moves down with ↓ (not counted), C marks.
    // Nothing is typed, so after each check-in the focus and the highlight stay in the list.
    const list = page.locator('#checkin-list');
    const key: Sample[] = [];
    await list.focus();
    const highlightedId = () =>
      page
        .locator('[data-testid^="checkin-row-"][aria-selected="true"]')
        .getAttribute('data-testid');
    for (let i = 0; i < WARM_UP + SAMPLES; i++) {
      const inv = queue.shift()!;
      const testId = `checkin-row-${inv.id}`;
      while ((await highlightedId()) !== testId) await list.press('ArrowDown');
      await arm(page, testId, 'keydown', null);
      await list.press('c');
      const sample = await measured(page);
      if (i >= WARM_UP) key.push(sample);
    }

    // Enter marks whoever is highlighted for the typed name. Generated names repeat: when
    // several people match, Enter marks nobody until one is chosen, so the operator's ↓ picks
    // the first match (not counted); a name whose first match is already recorded is skipped
    // (Enter would only say so).
    const search = page.getByTestId('checkin-search');
    await search.focus();
    const enter: Sample[] = [];
    let attempts = 0;
    while (enter.length < SAMPLES && queue.length > 0) {
      const inv = queue.shift()!;
      await search.fill(inv.fullName);
      const highlighted = page.locator('[data-testid^="checkin-row-"][aria-selected="true"]');
      if ((await highlighted.count()) === 0) await search.press('ArrowDown');
      await highlighted.waitFor();
      const testId = (await highlighted.getAttribute('data-testid'))!;
      if ((await highlighted.getAttribute('data-status')) !== 'pending') {
        await search.press('Escape');
        continue;
      }
      await arm(page, testId, 'keydown', INVITEES);
      await search.press('Enter');
      const sample = await measured(page);
      if (attempts++ >= WARM_UP) enter.push(sample);
    }
    await calls.settle(1000);
    const counts = calls.counts();
    const checkIns = counts['attendance.set'] ?? 0;
    const listReads = counts['invitees.list'] ?? 0;

    const rows: [string, number[]][] = [
      ['menu “Có mặt” (click) → row updated in the DOM', menu.map((s) => s.dom)],
      ['menu “Có mặt” (click) → next frame', menu.map((s) => s.frame)],
      ['key C on the highlighted row → row updated in the DOM', key.map((s) => s.dom)],
      ['key C on the highlighted row → next frame', key.map((s) => s.frame)],
      ['Enter in the search box → row updated in the DOM', enter.map((s) => s.dom)],
      ['Enter in the search box → next frame', enter.map((s) => s.frame)],
      [
        'Enter → box cleared, all 500 listed again (ready for the next)',
        enter.map((s) => s.ready!),
      ],
    ];
    const lines = [
      `### Check-in on screen (${new Date().toISOString().slice(0, 10)})`,
      '',
      `Browser build against the real host, ${INVITEES} invitees, Chromium ${browser.version()} ` +
        `headless at 1366×768, list virtualised; from the input event's timestamp, measured in ` +
        `the page (${WARM_UP} warm-up check-ins per way not counted). Target: under ${TARGET_MS} ms.`,
      '',
      '| operator action → what is on screen | median | p95 | samples |',
      '| --- | --- | --- | --- |',
      ...rows.map(([name, samples]) => {
        const s = stats(samples);
        return `| ${name} | ${ms(s.median, 1)} | ${ms(s.p95, 1)} | ${s.n} |`;
      }),
      '',
      `API calls over the ${checkIns} check-ins: attendance.set ${checkIns}, ` +
        `invitees.list ${listReads}, meetings.get ${counts['meetings.get'] ?? 0}.`,
      // The browser, the host and this script share the machine: a busy one inflates every row.
      `Load average (1 min) at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores.`,
      '',
    ];
    console.log(lines.join('\n'));
    writeBenchBlock('ui', lines);
    await context.close();
  } finally {
    await browser.close();
    await host.stop();
    removeDataDir(host.dataDir);
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

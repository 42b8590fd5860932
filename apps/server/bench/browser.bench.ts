// npm run bench -- browser [--events 1m]: the timeline page in Chromium with
// every synthetic event on one timeline. chronicle runs as `npm start` runs
// it (its own process, the API and the built web app on one port); Chromium
// (/usr/bin/chromium through playwright-core) opens the timeline several
// times to time the first paint, then a scripted reader pans and zooms across
// the whole range with the wheel and the mouse while the page records every
// animation frame and the most items vis-timeline was handed.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '@chronicle/testing/chromium';
import { PROBE_SCRIPT, type ProbeRecording } from './browser-probe.ts';
import { frameStats, percentile } from './frame-stats.ts';
import { describeMachine } from './machine.ts';
import { writeSection } from './report.ts';
import { startChronicle } from './servers.ts';
import { ensureSyntheticTimeline, SYNTHETIC_TIMELINE } from './synthetic-data.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const LOADS = 7;
const GOALS = { firstPaintMs: 1500, frameMs: 16.7, items: 1000 };
/** The page's clock ticks in 0.1 ms (Chromium coarsens it): a frame of one 60 Hz refresh reads 16.6 to 16.8 ms. */
const CLOCK_STEP_MS = 0.1;
const DAY_MS = 86_400_000;

interface Operation {
  name: string;
  /** Variables as sent, to find the same question asked twice. */
  key: string;
  ms: number;
}

interface Load {
  firstPaintMs: number;
  operations: Operation[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The probe as the page holds it (browser-probe.ts). Functions, not strings,
 * reach it (the app's CSP forbids eval), each self-contained: it is sent as
 * source and runs in the page, where the probe is a global.
 */
interface Probe {
  firstItem: number | null;
  start(): void;
  stop(): ProbeRecording;
}

/** Every GraphQL request the page completes, with its time from sending to the answer's last byte. */
function recordOperations(page: Page): Operation[] {
  const operations: Operation[] = [];
  page.on('requestfinished', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string; variables?: unknown } | null;
    const timing = request.timing();
    operations.push({ name: body?.operationName ?? '?', key: JSON.stringify(body?.variables ?? {}), ms: timing.responseEnd });
  });
  return operations;
}

async function openTimeline(page: Page, url: string): Promise<Load> {
  const operations = recordOperations(page);
  // Every load as a first visit: nothing from the HTTP cache.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(url);
  await page.waitForFunction(() => (globalThis as unknown as { __chronicleBench?: Probe }).__chronicleBench?.firstItem != null, undefined, {
    timeout: 180_000,
  });
  const firstPaintMs = (await page.evaluate(() => (globalThis as unknown as { __chronicleBench: Probe }).__chronicleBench.firstItem))!;
  return { firstPaintMs, operations: [...operations] };
}

/** The visible window as the URL has it (written by the app 250 ms after a pan or zoom stops), once it has one. */
async function urlWindow(page: Page): Promise<{ from: string; to: string }> {
  for (let waited = 0; ; waited += 100) {
    const search = new URL(page.url()).searchParams;
    const from = search.get('from');
    const to = search.get('to');
    if (from && to) return { from, to };
    if (waited > 10_000) throw new Error('the page never put its window in the URL');
    await sleep(100);
  }
}

/**
 * A reader's tour of the whole range: in from the fitted 25 years to two
 * weeks of January 2000 and along them, out to a year and along to 2012, out
 * to three years (density) and along to the end, in to a month and back, and
 * out to everything. Wheel ticks come
 * 50 ms apart, drags move 20 px per 16 ms, as a hand would.
 */
async function tour(page: Page, log: (line: string) => void): Promise<void> {
  const panel = (await page.locator('.timeline-vis .vis-panel.vis-center').boundingBox())!;
  const middle = { x: panel.x + panel.width / 2, y: panel.y + panel.height / 2 };
  /** The window once the URL has held still for 700 ms (the app writes it 250 ms after the last move; a slow frame can make it write twice). */
  const settled = async (leg: string) => {
    let last = '';
    let still = 0;
    for (let waited = 0; still < 700 && waited < 6000; waited += 100) {
      await sleep(100);
      const window = await urlWindow(page);
      const shown = `${window.from} to ${window.to}`;
      still = shown === last ? still + 100 : 0;
      last = shown;
    }
    log(`tour: ${leg}, now ${last}`);
    return urlWindow(page);
  };
  const wheel = async (ticks: number, x = middle.x) => {
    await page.mouse.move(x, middle.y);
    for (let i = 0; i < Math.abs(ticks); i += 1) {
      // Up (negative) zooms in by 1.2, down zooms out.
      await page.mouse.wheel(0, ticks > 0 ? -100 : 100);
      await sleep(50);
    }
  };
  /** A drag of 70 % of the width; forward moves later in time (the content moves left). */
  const drag = async (forward: boolean) => {
    const length = panel.width * 0.7;
    const start = forward ? middle.x + length / 2 : middle.x - length / 2;
    await page.mouse.move(start, middle.y);
    await page.mouse.down();
    for (let moved = 0; moved < length; moved += 20) {
      await page.mouse.move(forward ? start - moved : start + moved, middle.y);
      await sleep(16);
    }
    await page.mouse.up();
    await sleep(150);
  };
  /** Drags `most` times, or until the window's last day passes `until`. */
  const pan = async (most: number, forward: boolean, until?: string) => {
    for (let i = 0; i < most; i += 1) {
      await drag(forward);
      if (until && (await settled('panning on')).to >= until) return;
    }
  };
  /** Where `day` is on screen in `window`. */
  const xOf = (window: { from: string; to: string }, day: string) => {
    const [from, to, at] = [Date.parse(window.from), Date.parse(window.to) + DAY_MS, Date.parse(day)];
    return Math.min(panel.x + panel.width - 5, Math.max(panel.x + 5, panel.x + (panel.width * (at - from)) / (to - from)));
  };
  // The fitted window starts a few months before the first event: in at its left edge, then at mid-January 2000.
  await wheel(17, panel.x + 5);
  const year = await settled('in to a year and a half at the left edge');
  await wheel(17, xOf(year, '2000-01-15'));
  await settled('in to two weeks of January 2000');
  await pan(15, true);
  await settled('along them');
  await wheel(-17);
  await settled('out to a year');
  await pan(20, true, '2012-06-30');
  await wheel(-6);
  await settled('out to three years');
  await pan(12, true, '2024-12-31');
  await wheel(20);
  await settled('in to a month');
  await pan(15, false);
  await settled('back along it');
  await wheel(-32);
  await settled('out to everything');
}

/**
 * `profileDir`: also writes the page's CPU profile over the tour
 * (tour.cpuprofile, for Chromium's DevTools) and the recording (tour.json).
 */
export async function benchBrowser(
  databaseUrl: string,
  log: (line: string) => void,
  sizeLabel: string,
  options: { profileDir?: string | undefined } = {},
): Promise<void> {
  await ensureSyntheticTimeline(databaseUrl, log);
  // As `npm start`: the web app built, then served by the server beside the API.
  await promisify(execFile)('npx', ['turbo', 'run', 'generate', 'build', '--output-logs=errors-only'], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
  const chronicle = await startChronicle(databaseUrl, 10);
  const chromium = await launchChromium();
  const url = `${chronicle.url}/?timeline=${SYNTHETIC_TIMELINE}`;
  const loads: Load[] = [];
  let recording!: ProbeRecording;
  let tourOperations!: Operation[];
  try {
    await chromium.context.addInitScript({ content: PROBE_SCRIPT });
    const errors: string[] = [];
    let page: Page | undefined;
    for (let i = 0; i < LOADS; i += 1) {
      await page?.close();
      page = await chromium.context.newPage();
      // A page behind another one gets no animation frames.
      await page.bringToFront();
      page.on('pageerror', (error) => errors.push(error.message));
      const load = await openTimeline(page, url);
      loads.push(load);
      log(`load ${i + 1}: first paint ${load.firstPaintMs.toFixed(0)} ms (${load.operations.map((o) => `${o.name} ${o.ms.toFixed(0)} ms`).join(', ')})`);
    }
    // The tour starts from the last load, once its queries have settled.
    await page!.waitForSelector('.timeline-canvas[aria-busy="false"]', { timeout: 120_000 });
    await sleep(1000);
    tourOperations = recordOperations(page!);
    const profiler = options.profileDir ? await page!.context().newCDPSession(page!) : null;
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.start');
    }
    await page!.evaluate(() => (globalThis as unknown as { __chronicleBench: Probe }).__chronicleBench.start());
    const started = Date.now();
    await tour(page!, log);
    // What the last gestures asked for arrives and is drawn too.
    await page!.waitForSelector('.timeline-canvas[aria-busy="false"]', { timeout: 120_000 });
    await sleep(1000);
    recording = await page!.evaluate(() => (globalThis as unknown as { __chronicleBench: Probe }).__chronicleBench.stop());
    if (profiler && options.profileDir) {
      const { profile } = await profiler.send('Profiler.stop');
      await mkdir(options.profileDir, { recursive: true });
      await writeFile(path.join(options.profileDir, 'tour.cpuprofile'), JSON.stringify(profile));
      await writeFile(path.join(options.profileDir, 'tour.json'), JSON.stringify({ recording, operations: tourOperations }));
      log(`profile and recording of the tour written to ${options.profileDir}`);
    }
    log(
      `tour: ${((Date.now() - started) / 1000).toFixed(1)} s, ${tourOperations.length} requests, windows from ${recording.visited.from} to ${recording.visited.to}`,
    );
    if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
  } finally {
    await chromium.close();
    await chronicle.stop();
  }

  const paints = loads.map((l) => l.firstPaintMs).sort((a, b) => a - b);
  const frames = frameStats(recording.frames);
  const longest = Math.max(0, ...recording.longFrames.map((f) => f.duration));
  const blocking = recording.longFrames.reduce((sum, f) => sum + f.blocking, 0);
  // The same question (operation and variables) asked more than once during the tour: answers thrown away.
  const asked = new Map<string, number>();
  for (const o of tourOperations) asked.set(`${o.name} ${o.key}`, (asked.get(`${o.name} ${o.key}`) ?? 0) + 1);
  const repeated = [...asked.values()].reduce((sum, n) => sum + n - 1, 0);
  const byOperation = new Map<string, number[]>();
  for (const o of [...loads.flatMap((l) => l.operations), ...tourOperations]) byOperation.set(o.name, [...(byOperation.get(o.name) ?? []), o.ms]);
  const operationRows = [...byOperation].map(([name, times]) => {
    const sorted = times.sort((a, b) => a - b);
    return `| ${name} | ${sorted.length} | ${percentile(sorted, 50).toFixed(0)} ms | ${percentile(sorted, 95).toFixed(0)} ms | ${sorted.at(-1)!.toFixed(0)} ms |`;
  });
  const met = (ok: boolean) => (ok ? 'yes' : '**no**');
  const p50Paint = percentile(paints, 50);
  const lines = [
    `browser ${sizeLabel} first paint: p50 ${p50Paint.toFixed(0)} ms, max ${paints.at(-1)!.toFixed(0)} ms over ${LOADS} loads (goal ≤ ${GOALS.firstPaintMs} ms)`,
    `browser ${sizeLabel} frames while panning and zooming: p50 ${frames.p50.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, p99 ${frames.p99.toFixed(1)} ms, max ${frames.max.toFixed(0)} ms; ${frames.missed} of ${frames.frames} missed (${(frames.missedShare * 100).toFixed(1)} %) (goal p95 ≤ ${GOALS.frameMs} ms)`,
    `browser ${sizeLabel} long animation frames: ${recording.longFrames.length}, longest ${longest.toFixed(0)} ms, blocking ${blocking.toFixed(0)} ms in all`,
    `browser ${sizeLabel} items handed to vis-timeline: max ${recording.maxItems} (goal ≤ ${GOALS.items}); drawn at once: max ${recording.maxDrawn}`,
    `browser ${sizeLabel} requests during the tour: ${tourOperations.length}, the same question asked again: ${repeated}`,
  ];
  for (const line of lines) console.log(line);
  await writeSection(
    `browser-${sizeLabel}`,
    `## The timeline page in Chromium at ${sizeLabel} events

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${describeMachine()}. **The machine is shared** (2 cores; the server, PostgreSQL and Chromium share them).
\`npm run bench -- browser --events ${sizeLabel.toLowerCase()}\`: every synthetic event on the timeline \`${SYNTHETIC_TIMELINE}\`; chronicle as \`npm start\` runs it (API and built web app on one port, production); headless Chromium (\`/usr/bin/chromium\`, software rendering, 1400 × 900) through playwright-core. First paint: from navigation start to the first animation frame with a timeline item (event or density bar) drawn and visible, HTTP cache off, ${LOADS} loads. Then a scripted tour of the whole range (windows from ${recording.visited.from} to ${recording.visited.to}): wheel zooms from 25 years to two weeks, drags along, out to a year, to three years of density, in to a month and out again, ${tourOperations.length} requests meanwhile; frame times are the gaps between animation frames (refresh ${frames.refreshMs.toFixed(1)} ms; the page's clock ticks in ${CLOCK_STEP_MS} ms, so one refresh reads 16.6 to 16.8 ms and counts as meeting the goal), long animation frames from the PerformanceObserver.

| figure | measured | goal | met? |
|---|---:|---:|---|
| first paint, p50 of ${LOADS} loads | ${p50Paint.toFixed(0)} ms | ≤ ${GOALS.firstPaintMs} ms | ${met(p50Paint <= GOALS.firstPaintMs)} |
| first paint, slowest load | ${paints.at(-1)!.toFixed(0)} ms | | |
| frame time while panning and zooming, p95 | ${frames.p95.toFixed(1)} ms | ≤ ${GOALS.frameMs} ms | ${met(frames.p95 < GOALS.frameMs + 1.5 * CLOCK_STEP_MS)} |
| frame time, p99 / max | ${frames.p99.toFixed(1)} / ${frames.max.toFixed(0)} ms | | |
| frames missed (longer than 1.5 refreshes) | ${frames.missed} of ${frames.frames} (${(frames.missedShare * 100).toFixed(1)} %) | | |
| long animation frames (> 50 ms) | ${recording.longFrames.length}, longest ${longest.toFixed(0)} ms, ${blocking.toFixed(0)} ms blocking in all | | |
| most items handed to vis-timeline | ${recording.maxItems} | ≤ ${GOALS.items} | ${met(recording.maxItems <= GOALS.items)} |
| most items drawn at once | ${recording.maxDrawn} | | |
| requests during the tour asking what was asked before | ${repeated} of ${tourOperations.length} | | |

First paints: ${loads.map((l) => `${l.firstPaintMs.toFixed(0)}`).join(', ')} ms, in load order (the first with the server, PostgreSQL and Chromium just started).

| request (loads and tour) | n | p50 | p95 | max |
|---|---:|---:|---:|---:|
${operationRows.join('\n')}`,
  );
}

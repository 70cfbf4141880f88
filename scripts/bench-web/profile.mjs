#!/usr/bin/env node
// Where a keystroke's time goes in the explorer: types queries letter by letter into a built
// site (as measure.mjs does, once to load the files they need, then again), recording the
// second pass with Chromium's performance trace and JavaScript/wasm sampling profiler.
//
//   node scripts/bench-web/profile.mjs SITE_DIR EXPORT_JSON [OUT_PREFIX]
//
// SITE_DIR is a built site (`site --out DIR`), EXPORT_JSON the same articles' `corpus export`
// (for the queries, as measure.mjs picks them). Prints the main thread's time per kind of
// trace event (script, style, layout, paint, ...), the functions with the most self time in
// the profile (wasm functions are named when the wasm keeps its name section: build the app
// without wasm-opt for that), and per keystroke the time from the input event to the last DOM
// change. Writes OUT_PREFIX.cpuprofile and OUT_PREFIX.trace.json (default
// target/bench-web/profile) for Chromium's DevTools.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { makeQueries } from './queries.mjs';
import { startServer } from './server.mjs';
import { readExport } from './sites.mjs';

const [site, exportJson, out = 'target/bench-web/profile'] = process.argv.slice(2);
if (!site || !exportJson) {
  console.error('usage: node scripts/bench-web/profile.mjs SITE_DIR EXPORT_JSON [OUT_PREFIX]');
  process.exit(2);
}
const queries = makeQueries(readExport(exportJson)).map((q) => q.text);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = await startServer(site);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
await page.addInitScript(() => {
  window.__last = 0;
  new MutationObserver(() => {
    window.__last = performance.now();
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
});
await page.goto(server.url);
await page.waitForSelector('html[data-app=ready]', { timeout: 120000 });

/** Quiet: no DOM change and no request for 300 ms. */
async function settle() {
  for (;;) {
    await sleep(50);
    const last = await page.evaluate(() => performance.timeOrigin + window.__last);
    if (server.inflight() === 0 && Date.now() - Math.max(last, server.lastActivity()) > 300) return;
  }
}

async function type(q) {
  const times = [];
  for (const value of ['', ...Array.from(q, (_, i) => q.slice(0, i + 1))]) {
    const t0 = await page.evaluate((v) => {
      const box = document.querySelector('#search');
      const t = performance.now();
      box.value = v;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      return t;
    }, value);
    await settle();
    const last = await page.evaluate(() => window.__last);
    if (value) times.push({ value, ms: Math.max(0, last - t0) });
  }
  return times;
}

for (const q of queries) await type(q);
console.error('profile: files loaded; recording the second pass');

const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
await cdp.send('Profiler.start');
const times = [];
for (const q of queries) times.push(...(await type(q)));
const { profile } = await cdp.send('Profiler.stop');
const trace = await browser.stopTracing();
writeFileSync(`${out}.cpuprofile`, JSON.stringify(profile));
writeFileSync(`${out}.trace.json`, trace);

// Main thread time per kind of top-level trace event.
const events = JSON.parse(trace.toString()).traceEvents;
const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const byName = new Map();
const depth = [];
for (const e of events
  .filter((e) => e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid && e.dur)
  .sort((a, b) => a.ts - b.ts)) {
  while (depth.length && depth[depth.length - 1] <= e.ts) depth.pop();
  // Direct children of the task: what the task spent its time on.
  if (depth.length === 1) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  depth.push(e.ts + e.dur);
}
console.log('main thread, per kind of event under a task (ms):');
for (const [name, ms] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(`  ${ms.toFixed(0).padStart(7)}  ${name}`);
}

// Self time per function in the sampling profile.
const self = new Map();
const deltas = profile.timeDeltas;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
profile.samples.forEach((id, i) => {
  const n = byId.get(id);
  const key = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}`;
  self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
});
console.log('self time per function (ms), top 40:');
for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  console.log(`  ${ms.toFixed(1).padStart(8)}  ${name.slice(0, 110)}`);
}
const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
console.log(`keystrokes (input to last DOM change): p50 ${at(0.5).toFixed(0)} p95 ${at(0.95).toFixed(0)} max ${sorted[sorted.length - 1].toFixed(0)} ms over ${sorted.length}`);
console.log(`slowest: ${[...times].sort((a, b) => b.ms - a.ms).slice(0, 8).map((t) => `${JSON.stringify(t.value)} ${t.ms.toFixed(0)}`).join(', ')}`);
await browser.close();
await server.close();

#!/usr/bin/env node
// Warm keystrokes of one or more built explorer sites, per typed prefix: types the bench's
// queries letter by letter once to load the files they need, then PASSES more times, and prints
// for each site:
// * the p50/p95/max over every warm keystroke, from the input event to the last DOM change it
//   caused (as measure.mjs counts its "warm key" column);
// * the same over each prefix's fastest pass, which load on the machine disturbs less;
// * the main thread's CPU time over the same stretch (the thread time of Chromium's trace
//   events, a task that straddles its ends counted in proportion), per prefix the median of
//   the passes: what the key costs, whatever else the machine is running;
// * the slowest prefixes (the median of each over the passes);
// * when the site renders the rest of its page once typing pauses (`#results[data-filling]`
//   until then), the time from the key to that fill, which the figures above leave out.
// Sites are measured in turns, pass by pass, so that load on the machine falls on all alike.
//
//   node scripts/bench-web/warm-keys.mjs EXPORT_JSON SITE_DIR [SITE_DIR...]
//
// EXPORT_JSON is the articles' `corpus export` (the queries are measure.mjs's for them).
// Environment: PASSES (warm passes, default 3), QUIET_MS (as measure.mjs, default 150).
import { chromium } from 'playwright-core';
import { makeQueries } from './queries.mjs';
import { startServer } from './server.mjs';
import { readExport } from './sites.mjs';

const [exportJson, ...sites] = process.argv.slice(2);
if (!exportJson || sites.length === 0) {
  console.error('usage: node scripts/bench-web/warm-keys.mjs EXPORT_JSON SITE_DIR [SITE_DIR...]');
  process.exit(2);
}
const PASSES = Number(process.env.PASSES ?? 3);
const QUIET_MS = Number(process.env.QUIET_MS ?? 150);
const queries = makeQueries(readExport(exportJson)).map((q) => q.text);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

async function open(dir) {
  const server = await startServer(dir);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`${dir}: page error: ${e.message}`));
  await page.addInitScript(() => {
    window.__last = 0;
    window.__fill = 0;
    window.__filling = false;
    window.__filled = false;
    // As measure.mjs: the rest of the page, rendered once the results stayed the same for a
    // pause (`#results[data-filling]` until then), and the DOM changes after it until the next
    // key, are timed apart (__fill).
    new MutationObserver(() => {
      const filling = document.querySelector('#results[data-filling]') !== null;
      if (window.__filling && !filling) window.__filled = true;
      if (window.__filled) window.__fill = performance.now();
      else window.__last = performance.now();
      window.__filling = filling;
    }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
  await page.goto(server.url);
  await page.waitForSelector('html[data-app=ready]', { timeout: 120000 });
  return { dir, server, page, context, times: new Map(), spans: [], cpu: new Map(), fills: [] };
}

async function settle({ page, server }) {
  for (;;) {
    await sleep(25);
    const { last, filling } = await page.evaluate(() => ({
      last: performance.timeOrigin + Math.max(window.__last, window.__fill),
      filling: document.querySelector('#results[data-filling]') !== null,
    }));
    if (!filling && server.inflight() === 0 && Date.now() - Math.max(last, server.lastActivity()) >= QUIET_MS) return;
  }
}

async function type(site, q, record) {
  for (const value of ['', ...Array.from(q, (_, i) => q.slice(0, i + 1))]) {
    const { before, t0, end } = await site.page.evaluate(async (v) => {
      const box = document.querySelector('#search');
      const before = window.__last;
      window.__filled = false;
      console.timeStamp(`key:${v}`);
      const t0 = performance.now();
      box.value = v;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
      await new Promise((r) => setTimeout(r, 0));
      return { before, t0, end: performance.now() };
    }, value);
    await settle(site);
    const { last, fill } = await site.page.evaluate(() => ({ last: window.__last, fill: window.__fill }));
    if (record && value) {
      const ms = last > before && last >= t0 ? last - t0 : end - t0;
      site.times.set(value, [...(site.times.get(value) ?? []), ms]);
      site.spans.push({ value, ms });
      if (fill >= t0) site.fills.push(fill - t0);
    }
  }
}

const opened = [];
for (const dir of sites) opened.push(await open(dir));
for (const site of opened) for (const q of queries) await type(site, q, false);
for (let pass = 0; pass < PASSES; pass++) {
  for (const site of opened) {
    site.spans = [];
    await browser.startTracing(site.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (const q of queries) await type(site, q, true);
    cpuPerKey(site, JSON.parse((await browser.stopTracing()).toString()).traceEvents);
  }
}

/**
 * The main thread's CPU time (trace events' thread duration) from each key's input event to
 * its last DOM change: the work of the key itself, which load on the machine stretches in wall
 * time but not in CPU time.
 */
function cpuPerKey(site, events) {
  const isStamp = (e) => e.name === 'TimeStamp' && String(e.args?.data?.message).startsWith('key:');
  // The thread that typed: the page's main thread (other pages open in the browser have theirs).
  const main = events.find(isStamp);
  const onMain = events.filter((e) => e.pid === main?.pid && e.tid === main?.tid);
  const stamps = onMain.filter(isStamp);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.tdur !== undefined);
  const keyed = stamps.filter((e) => e.args.data.message !== 'key:');
  keyed.forEach((stamp, i) => {
    const span = site.spans[i];
    if (!span || `key:${span.value}` !== stamp.args.data.message) return;
    const from = stamp.ts;
    const to = stamp.ts + span.ms * 1000;
    // The task that dispatched the event started before the stamp: count it from the stamp.
    let us = 0;
    for (const t of tasks) {
      if (t.ts + t.dur < from || t.ts > to) continue;
      const part = (Math.min(t.ts + t.dur, to) - Math.max(t.ts, from)) / t.dur;
      us += t.tdur * Math.max(0, Math.min(1, part));
    }
    site.cpu.set(span.value, [...(site.cpu.get(span.value) ?? []), us / 1000]);
  });
}
const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const site of opened) {
  const all = [...site.times.values()].flat().sort((a, b) => a - b);
  const per = [...site.times].map(([v, xs]) => [v, median(xs)]).sort((a, b) => b[1] - a[1]);
  console.log(
    `${site.dir}: warm keys p50 ${at(all, 0.5).toFixed(1)} p95 ${at(all, 0.95).toFixed(1)} max ${all[all.length - 1].toFixed(1)} ms over ${all.length}`,
  );
  const best = [...site.times.values()].map((xs) => Math.min(...xs)).sort((a, b) => a - b);
  console.log(
    `  fastest of the ${PASSES} passes per prefix (less sensitive to load): p50 ${at(best, 0.5).toFixed(1)} p95 ${at(best, 0.95).toFixed(1)} max ${best[best.length - 1].toFixed(1)} ms`,
  );
  const cpu = [...site.cpu.values()].map(median).sort((a, b) => a - b);
  console.log(
    `  main thread CPU to the last DOM change (median of the passes per prefix): p50 ${at(cpu, 0.5).toFixed(1)} p95 ${at(cpu, 0.95).toFixed(1)} max ${cpu[cpu.length - 1].toFixed(1)} ms over ${cpu.length} prefixes`,
  );
  if (site.fills.length > 0) {
    const fills = [...site.fills].sort((a, b) => a - b);
    console.log(
      `  the rest of the page, rendered after the pause (to its last DOM change), from the key: p50 ${at(fills, 0.5).toFixed(1)} p95 ${at(fills, 0.95).toFixed(1)} ms over ${fills.length} keys`,
    );
  }
  console.log(`  slowest (median of ${PASSES}): ${per.slice(0, 14).map(([v, ms]) => `${JSON.stringify(v)} ${ms.toFixed(0)}`).join(', ')}`);
  await site.server.close();
}
await browser.close();

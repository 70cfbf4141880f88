#!/usr/bin/env node
// Measures the explorer, MiniSearch and Pagefind sites in headless Chromium, in one run, on the
// same articles and queries, and prints one table (scripts/bench-web/run.sh builds the sites).
//
//   node scripts/bench-web/measure.mjs BENCH_DIR [SIZE...]
//
// BENCH_DIR holds export/SIZE.json (the articles, from `corpus export`) and sites/SIZE/TOOL/
// (a static site per tool). Environment: RUNS (desktop runs per site, default 3), PHONE_RUNS
// (default 3), QUIET_MS (how long the page must stay still to count as settled, default 150),
// TOOLS (a comma-separated subset of ours, minisearch, pagefind).
//
// Every run is a fresh browser context (cold cache). Files are served from loopback gzipped
// (level 9) when GitHub Pages would compress them (HTML, CSS, JS, JSON, wasm, SVG; not
// application/octet-stream, so Pagefind's own pre-compressed files go as they are). The server
// logs every response, so requests from workers (Pagefind searches in one) count too. Per run:
// * bytes: the bodies as sent (gzipped where served so) of every response finished before the
//   moment measured: the first card, the page at rest after loading, the first results;
// * first card: navigation start to the first result card in the DOM (for Pagefind, whose page
//   shows no card before a search, to its search box);
// * first results: on the loaded page at rest, one input event with the first query, to the
//   first card with a highlighted match;
// * per keystroke: every query typed letter by letter (one input event per letter), from the
//   event to the last DOM change it caused (for the explorer, not counting the rest of its page,
//   rendered once the results stayed the same for a pause: see `instrument`), waiting until the
//   page is still (no DOM change and no request for QUIET_MS; the MiniSearch and Pagefind pages also say when their search has
//   finished, since Pagefind's runs in a worker) before the next letter; a letter that changes
//   nothing counts the time to the end of its task. Two passes over the queries: the first
//   includes whatever the tool fetches on the way, the second is warm;
// * memory after load, after a garbage collection: the JS heaps of the page and its workers
//   (performance.measureUserAgentSpecificMemory; the server sends the cross-origin isolation
//   headers it needs) and the linear memory of the page's wasm instances (not of a worker's:
//   Pagefind's wasm runs in its worker, out of reach, and shows as "–");
// * phone: 150 ms latency, 1.6 Mbit/s down, 0.75 Mbit/s up, CPU 4x slower (CDP), a 412 px wide
//   viewport: first card (or search box), and first results after typing once loaded.
// Figures are medians over the runs; keystroke p50/p95/max are per run, then the median.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { makeQueries } from './queries.mjs';
import { startServer } from './server.mjs';
import { readExport } from './sites.mjs';

const RUNS = Number(process.env.RUNS ?? 3);
const PHONE_RUNS = Number(process.env.PHONE_RUNS ?? 3);
const QUIET_MS = Number(process.env.QUIET_MS ?? 150);
const ONLY = process.env.TOOLS ? process.env.TOOLS.split(',') : null;

/** How each tool's page shows that it is ready, where the query goes, what a result looks like. */
const TOOLS = {
  ours: { name: 'news-explorer', ready: 'main article.card', result: 'main article.card mark' },
  minisearch: { name: 'MiniSearch 7.2', ready: 'main article.card', result: 'main article.card mark' },
  pagefind: { name: 'Pagefind 1.6', ready: '#search', result: 'main article.card mark' },
};
const INPUT = '#search';

/** Installed before the page's own scripts: records DOM changes and wasm instances. */
function instrument({ ready }) {
  const S = { ready: null, lastMutation: 0, lastFill: 0, filling: false, filled: false, wasm: [], watch: null, watchedAt: null };
  window.__bench = S;
  new MutationObserver(() => {
    const now = performance.now();
    // The explorer renders the first screenful of new results at once, and the rest of its
    // page once the results stayed the same for a pause (`#results[data-filling]` until then):
    // that fill, and the DOM changes after it until the next key (its new cards' second
    // render), are the pause's work, not the key's, and are timed apart (lastFill).
    const filling = document.querySelector('#results[data-filling]') !== null;
    if (S.filling && !filling) S.filled = true;
    if (S.filled) S.lastFill = now;
    else S.lastMutation = now;
    S.filling = filling;
    if (S.ready === null && document.querySelector(ready)) S.ready = now;
    if (S.watch && S.watchedAt === null && document.querySelector(S.watch)) S.watchedAt = now;
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then((r) => {
        S.wasm.push(r.instance ?? r);
        return r;
      });
    };
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the page is still: no request in flight and none finished, and no DOM change,
 * for `quiet` ms. False after `timeout` ms.
 */
async function settled(page, server, quiet, timeout) {
  const start = Date.now();
  for (;;) {
    await sleep(25);
    const { origin, lastMutation, lastFill, filling } = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      lastMutation: window.__bench.lastMutation,
      lastFill: window.__bench.lastFill,
      filling: document.querySelector('#results[data-filling]') !== null,
    }));
    const last = Math.max(origin + Math.max(lastMutation, lastFill), server.lastActivity());
    if (!filling && server.inflight() === 0 && Date.now() - last >= quiet) return true;
    if (Date.now() - start > timeout) return false;
  }
}

/** In the page: sets the search box to `value` with one input event; times around it. */
async function send({ input, value }) {
  const S = window.__bench;
  const box = document.querySelector(input);
  const before = S.lastMutation;
  S.filled = false;
  const t0 = performance.now();
  box.value = value;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  await new Promise((r) => setTimeout(r, 0));
  return { before, t0, taskEnd: performance.now() };
}

/**
 * Types each query letter by letter, waiting for the page to settle after each letter: the time
 * from each input event to the last DOM change it caused (or to the end of its task when it
 * changed nothing), and the number of cards shown after each query.
 */
async function typeQueries(page, server, queries, quiet) {
  const times = [];
  const cards = [];
  let unchanged = 0;
  const settle = async () => {
    if (!(await settled(page, server, quiet, 30000))) throw new Error('the page did not settle within 30 s');
  };
  // The bench pages say which query's results they show (window.__searched): wait for it, since
  // a search can compute in a worker for longer than `quiet` without a request or a DOM change.
  const finished = (value) =>
    page.waitForFunction((v) => window.__searched === undefined || window.__searched === v, value, {
      timeout: 30000,
      polling: 10,
    });
  for (const q of queries) {
    await page.evaluate(send, { input: INPUT, value: '' });
    await finished('');
    await settle();
    for (let i = 1; i <= q.length; i++) {
      const value = q.slice(0, i);
      const { before, t0, taskEnd } = await page.evaluate(send, { input: INPUT, value });
      await finished(value);
      await settle();
      const last = await page.evaluate(() => window.__bench.lastMutation);
      if (last > before && last >= t0) {
        times.push(last - t0);
      } else {
        times.push(taskEnd - t0);
        unchanged += 1;
      }
    }
    cards.push(await page.locator('main article.card').count());
  }
  return { times, unchanged, cards };
}

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function median(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

function keyStats({ times, unchanged, cards }) {
  const s = [...times].sort((a, b) => a - b);
  return { p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1], count: s.length, unchanged, cards };
}

async function newPage(browser, tool, phone) {
  const context = await browser.newContext(
    phone ? { viewport: { width: 412, height: 915 } } : { viewport: { width: 1280, height: 900 } },
  );
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.addInitScript(instrument, { ready: TOOLS[tool].ready });
  const cdp = await context.newCDPSession(page);
  if (phone) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6e6 / 8) | 0,
      uploadThroughput: (0.75e6 / 8) | 0,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  return { context, page, cdp, problems };
}

/** Loads the site, waits until it is still, then sends the first query: times and bytes. */
async function loadAndQuery(page, server, tool, query, { quiet, timeout }) {
  await server.reset();
  await page.goto(server.url, { waitUntil: 'commit', timeout });
  await page.waitForFunction(() => window.__bench?.ready !== null, null, { timeout, polling: 50 });
  await page.waitForLoadState('load', { timeout });
  await settled(page, server, quiet, timeout);
  const { origin, ready } = await page.evaluate(() => ({ origin: performance.timeOrigin, ready: window.__bench.ready }));
  const loaded = await server.log();
  await page.evaluate((result) => {
    window.__bench.watch = result;
    window.__bench.watchedAt = null;
  }, TOOLS[tool].result);
  const { t0 } = await page.evaluate(send, { input: INPUT, value: query });
  await page.waitForFunction(() => window.__bench.watchedAt !== null, null, { timeout, polling: 20 });
  const resultsAt = await page.evaluate(() => window.__bench.watchedAt);
  const log = await server.log();
  const bytesUntil = (t) => log.filter((r) => r.end <= origin + t).reduce((n, r) => n + r.bytes, 0);
  return {
    ready,
    readyBytes: bytesUntil(ready),
    loadedBytes: loaded.reduce((n, r) => n + r.bytes, 0),
    results: resultsAt - t0,
    resultsBytes: bytesUntil(resultsAt),
    files: log.map((r) => ({ path: r.path, bytes: r.bytes, end: r.end - origin })),
  };
}

/**
 * The page's memory after a garbage collection: the JS heaps of the page and its workers
 * (performance.measureUserAgentSpecificMemory), and the linear memory of the wasm instances the
 * page created (NaN when it created none but runs workers, whose wasm cannot be reached).
 */
async function memory(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { heap, wasm, instances } = await page.evaluate(async () => {
    let wasm = 0;
    for (const instance of window.__bench.wasm) {
      for (const e of Object.values(instance.exports ?? {})) {
        if (e instanceof WebAssembly.Memory) wasm += e.buffer.byteLength;
      }
    }
    const heap = self.crossOriginIsolated ? (await performance.measureUserAgentSpecificMemory()).bytes : NaN;
    return { heap, wasm, instances: window.__bench.wasm.length };
  });
  return { heap, wasm: instances === 0 && page.workers().length > 0 ? NaN : wasm };
}

async function desktopRun(browser, server, tool, queries) {
  const { context, page, cdp, problems } = await newPage(browser, tool, false);
  try {
    const load = await loadAndQuery(page, server, tool, queries[0].text, { quiet: QUIET_MS, timeout: 180000 });
    await settled(page, server, QUIET_MS, 60000);
    const mem = await memory(page, cdp);
    const texts = queries.map((q) => q.text);
    const cold = await typeQueries(page, server, texts, QUIET_MS);
    const warm = await typeQueries(page, server, texts, QUIET_MS);
    return { ...load, ...mem, cold: keyStats(cold), warm: keyStats(warm), problems };
  } finally {
    await context.close();
  }
}

async function phoneRun(browser, server, tool, queries) {
  const { context, page, problems } = await newPage(browser, tool, true);
  try {
    const load = await loadAndQuery(page, server, tool, queries[0].text, { quiet: 500, timeout: 600000 });
    return { ...load, problems };
  } finally {
    await context.close();
  }
}

const kb = (b) => (Number.isFinite(b) ? (b / 1024).toFixed(b < 10240 ? 1 : 0) : '–');
const mb = (b) => (Number.isFinite(b) ? (b / 1048576).toFixed(1) : '–');
const ms = (t) => (Number.isFinite(t) ? t.toFixed(t < 10 ? 1 : 0) : '–');
const sec = (t) => (Number.isFinite(t) ? (t / 1000).toFixed(2) : '–');

function load() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return '?';
  }
}

async function main() {
  const [benchDir, ...sizeArgs] = process.argv.slice(2);
  if (!benchDir) {
    console.error('usage: node scripts/bench-web/measure.mjs BENCH_DIR [SIZE...]');
    process.exit(2);
  }
  const root = resolve(benchDir);
  const sizes = sizeArgs.length > 0 ? sizeArgs : ['seeds', '1k', '10k'];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--enable-blink-features=ForceEagerMeasureMemory', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const started = new Date().toISOString();
  const startLoad = load();
  const results = {};
  const plan = [];
  for (const size of sizes) {
    const articles = readExport(join(root, 'export', `${size}.json`));
    const queries = makeQueries(articles);
    for (const tool of Object.keys(TOOLS).filter((t) => !ONLY || ONLY.includes(t))) {
      const dir = join(root, 'sites', size, tool);
      if (!existsSync(join(dir, 'index.html'))) {
        console.error(`measure: no site in ${dir}; skipped`);
        continue;
      }
      plan.push({ size, tool, dir, queries, count: articles.length });
      results[`${size}/${tool}`] = { size, tool, count: articles.length, desktop: [], phone: [] };
    }
    console.error(`measure: ${size}: ${articles.length} articles; queries: ${queries.map((q) => JSON.stringify(q.text)).join(', ')}`);
  }
  // Rounds: every site once per round, so that a busy moment of the machine hits all alike.
  for (let round = 0; round < Math.max(RUNS, PHONE_RUNS); round++) {
    for (const { size, tool, dir, queries } of plan) {
      const server = await startServer(dir);
      const r = results[`${size}/${tool}`];
      try {
        if (round < RUNS) {
          const d = await desktopRun(browser, server, tool, queries);
          r.desktop.push(d);
          console.error(`measure: round ${round + 1} ${size} ${tool}: first card ${ms(d.ready)} ms, ${kb(d.readyBytes)} KB; results ${ms(d.results)} ms, ${kb(d.resultsBytes)} KB; keys p95 ${ms(d.cold.p95)}/${ms(d.warm.p95)} ms (${d.cold.unchanged} of ${d.cold.count} changed nothing); cards per query ${d.cold.cards.join(' ')}${d.problems.length ? `; problems: ${d.problems.join(' | ')}` : ''}`);
        }
        if (round < PHONE_RUNS) {
          const p = await phoneRun(browser, server, tool, queries);
          r.phone.push(p);
          console.error(`measure: round ${round + 1} ${size} ${tool} phone: first card ${sec(p.ready)} s; results ${sec(p.results)} s${p.problems.length ? `; problems: ${p.problems.join(' | ')}` : ''}`);
        }
      } catch (e) {
        console.error(`measure: round ${round + 1} ${size} ${tool} failed: ${e.message.split('\n')[0]}`);
      } finally {
        await server.close();
      }
    }
  }
  await browser.close();

  const chromiumVersion = execFileSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  const lines = [];
  lines.push(`bench-web ${started}; ${chromiumVersion}; ${RUNS} desktop and ${PHONE_RUNS} phone runs per site (medians); load average ${startLoad} at start, ${load()} at end`);
  lines.push('');
  lines.push('| tool | articles | KB gz to first card | KB gz loaded | KB gz to first results | first card ms | first results ms | key p50 ms | key p95 ms | key max ms | warm key p95 ms | JS heap MB | wasm MB | phone: first card s | phone: first results s |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of Object.values(results)) {
    const d = (f) => median(r.desktop.map(f));
    const p = (f) => median(r.phone.map(f));
    lines.push(
      `| ${TOOLS[r.tool].name} | ${r.count.toLocaleString('en')} | ${kb(d((x) => x.readyBytes))} | ${kb(d((x) => x.loadedBytes))} | ${kb(d((x) => x.resultsBytes))} | ${ms(d((x) => x.ready))} | ${ms(d((x) => x.results))} | ${ms(d((x) => x.cold.p50))} | ${ms(d((x) => x.cold.p95))} | ${ms(d((x) => x.cold.max))} | ${ms(d((x) => x.warm.p95))} | ${mb(d((x) => x.heap))} | ${mb(d((x) => x.wasm))} | ${sec(p((x) => x.ready))} | ${sec(p((x) => x.results))} |`,
    );
  }
  const table = lines.join('\n');
  console.log(table);
  writeFileSync(join(root, 'results.md'), `${table}\n`);
  writeFileSync(join(root, 'results.json'), JSON.stringify({ started, results }, null, 2));
}

await main();

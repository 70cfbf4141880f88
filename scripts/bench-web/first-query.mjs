#!/usr/bin/env node
// Issue 12.3's budget: every byte a visitor fetches before the first results of a typed query,
// measured in headless Chromium on a built site, with a table per file.
//
//   node scripts/bench-web/first-query.mjs [--json] [DIST] [QUERY...]
//
// DIST defaults to dist/ (`make build`); QUERY defaults to the longest word of the first card's
// title on the home page. The site is served from loopback as GitHub Pages serves it (gzip level
// 9 for HTML, CSS, JS, JSON, wasm, SVG; other types, such as the .bin data files, as they are):
// the bytes counted are the response bodies as sent. For each query, in a fresh browser context
// (empty cache), two visits:
// * "typed at once": the query goes into the prerendered search box as soon as it is in the DOM
//   (before the wasm has loaded: the app searches it when it takes over);
// * "typed after load": the page is loaded and still (no request and no DOM change for 300 ms),
//   then the query is typed (on the home page the quick search answers: the app starts 1 s
//   after it is ready when nothing is typed);
// * "typed once the app is there": the app has taken over (`<html data-app="ready">`) and the
//   page is still, then the query is typed.
// Each counts the responses finished before a result card with a highlighted match (`mark`) is
// in the DOM (times from the page's Resource Timing entries), and lists the files (hashes
// shortened). Exit status 1 if a visit shows no results.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const QUIET_MS = 300;
const TIMEOUT = 60000;
const RESULT = 'main article.card mark';

const args = process.argv.slice(2);
const json = args[0] === '--json' ? Boolean(args.shift()) : false;
const dist = resolve(args[0] && existsSync(args[0]) ? args.shift() : 'dist');
const queries = args;
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`first-query: no index.html in ${dist}; run 'make build' first`);
  process.exit(2);
}

/** Installed before the page's scripts: the time of the first DOM change that shows `watch`. */
function instrument() {
  const S = { lastMutation: 0, watch: null, watchedAt: null };
  window.__fq = S;
  new MutationObserver(() => {
    S.lastMutation = performance.now();
    if (S.watch && S.watchedAt === null && document.querySelector(S.watch)) S.watchedAt = S.lastMutation;
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function still(page, server) {
  const start = Date.now();
  for (;;) {
    await sleep(25);
    const { origin, lastMutation } = await page.evaluate(() => ({ origin: performance.timeOrigin, lastMutation: window.__fq.lastMutation }));
    const last = Math.max(origin + lastMutation, server.lastActivity());
    if (server.inflight() === 0 && Date.now() - last >= QUIET_MS) return;
    if (Date.now() - start > TIMEOUT) throw new Error('the page did not settle');
  }
}

/** Sets the search box to `value` with one input event, as typing the last letter does. */
function type({ value, watch }) {
  window.__fq.watch = watch;
  window.__fq.watchedAt = null;
  const box = document.getElementById('search');
  box.value = value;
  box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  return performance.now();
}

/** One visit: navigation, the query typed `when` ('now', 'loaded' or 'app'), the first results. */
async function visit(browser, server, query, when) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await page.addInitScript(instrument);
  try {
    await server.reset();
    await page.goto(server.url, { waitUntil: 'commit', timeout: TIMEOUT });
    await page.waitForSelector('#search', { state: 'attached', timeout: TIMEOUT });
    if (when !== 'now') {
      await page.waitForLoadState('load', { timeout: TIMEOUT });
      if (when === 'app') await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: TIMEOUT });
      await still(page, server);
    }
    const t0 = await page.evaluate(type, { value: query, watch: RESULT });
    await page.waitForFunction(() => window.__fq.watchedAt !== null, null, { timeout: TIMEOUT, polling: 10 });
    const { origin, at } = await page.evaluate(() => ({ origin: performance.timeOrigin, at: window.__fq.watchedAt }));
    await still(page, server);
    const log = await server.log();
    // When each response had arrived, on the page's clock (the server's clock and the page's
    // differ by a few ms, enough to misplace a file that came just before the results).
    const arrived = await page.evaluate(() =>
      performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).map((e) => {
        const url = new URL(e.name);
        return { path: url.pathname + url.search, end: e.responseEnd };
      }),
    );
    const files = log.map((r) => {
      const seen = arrived.findIndex((a) => a.path === r.path);
      const end = seen < 0 ? r.end - origin : arrived.splice(seen, 1)[0].end;
      return { path: r.path, sent: r.bytes, end, before: end <= at };
    });
    return { query, when, typedAt: t0, resultsAt: at, files, problems };
  } finally {
    await context.close();
  }
}

/** `news-explorer-0123456789abcdef_bg.wasm` → `news-explorer-…_bg.wasm`, for the table. */
const short = (path) => path.replace(/-[0-9a-f]{12,}/g, '-…').replace(/\/c-[0-9a-f]{8,}\//, '/c-…/');
const kb = (b) => (b / 1024).toFixed(1);

function rawSize(path) {
  let p = decodeURIComponent(path.split('?')[0]);
  if (p.endsWith('/')) p += 'index.html';
  try {
    return statSync(join(dist, p)).size;
  } catch {
    return NaN;
  }
}

function table(v) {
  const lines = [];
  const before = v.files.filter((f) => f.before);
  const after = v.files.filter((f) => !f.before);
  const sum = (fs) => fs.reduce((n, f) => n + f.sent, 0);
  const typed = { now: 'at once', loaded: 'after load', app: 'once the app is there' }[v.when];
  lines.push(`query ${JSON.stringify(v.query)}, typed ${typed}: first results ${v.resultsAt.toFixed(0)} ms after navigation; ${kb(sum(before))} KB fetched before them in ${before.length} files`);
  lines.push('');
  lines.push('| file | bytes | sent (gz as Pages serves it) | finished ms | before results |');
  lines.push('|---|---|---|---|---|');
  for (const f of [...before, ...after]) {
    lines.push(`| \`${short(f.path)}\` | ${rawSize(f.path).toLocaleString('en')} | ${f.sent.toLocaleString('en')} | ${f.end.toFixed(0)} | ${f.before ? 'yes' : 'no'} |`);
  }
  lines.push(`| **before the first results** | ${before.reduce((n, f) => n + rawSize(f.path), 0).toLocaleString('en')} | **${sum(before).toLocaleString('en')} (${kb(sum(before))} KB)** | | |`);
  if (after.length) lines.push(`| after them (until the page is still) | | ${sum(after).toLocaleString('en')} | | |`);
  if (v.problems.length) lines.push('', `problems: ${v.problems.join(' | ')}`);
  return lines.join('\n');
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const server = await startServer(dist);
let failed = false;
const visits = [];
try {
  if (queries.length === 0) {
    const page = await browser.newPage();
    await page.goto(server.url);
    const title = (await page.locator('main article.card').first().innerText()).split('\n')[0];
    const word = title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0];
    await page.close();
    queries.push(word.toLowerCase());
  }
  for (const query of queries) {
    for (const when of ['now', 'loaded', 'app']) {
      try {
        const v = await visit(browser, server, query, when);
        visits.push(v);
        if (!json) console.log(`${table(v)}\n`);
      } catch (e) {
        failed = true;
        console.error(`first-query: ${JSON.stringify(query)} typed ${when}: ${e.message.split('\n')[0]}`);
      }
    }
  }
} finally {
  await server.close();
  await browser.close();
}
if (json) console.log(JSON.stringify(visits, null, 2));
process.exit(failed ? 1 : 0);

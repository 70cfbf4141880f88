#!/usr/bin/env node
// Rebuild times after editing one article of a 1,000-article collection (issue 9, point 3):
//   1. `make build` after the edit (the app is up to date: only the site generator runs);
//   2. `make serve`'s server (scripts/serve.mjs) with a page open in headless Chromium: the
//      time from saving the file to the page showing the new headline (rebuild and reload).
//      Each edit waits 5 s after the page (re)loaded, as a person reading it would: right
//      after a load the browser is still compiling the debug wasm on the same two cores.
// Prints both. Uses target/rebuild-1k/ (1,000 articles from scripts/gen-articles.mjs, made once).
//
//   node scripts/bench-rebuild.mjs [--runs 3]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const DIR = join(ROOT, 'target/rebuild-1k');
const PORT = 8093;
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const { chromium } = await import(join(ROOT, 'tests/e2e/node_modules/playwright-core/index.mjs'));

if (!existsSync(join(DIR, '.complete'))) {
  execFileSync('node', ['scripts/gen-articles.mjs', '1000', DIR], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(join(DIR, '.complete'), '');
}

/** The first article file (collection order is path order) and its text. */
function firstArticle() {
  let dir = DIR;
  for (;;) {
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => !e.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const first = names[0];
    if (first.isDirectory()) dir = join(dir, first.name);
    else return join(dir, first.name);
  }
}

/** Gives the first article a new headline (its first line, or its front matter title). */
function retitle(file, title) {
  const text = readFileSync(file, 'utf8');
  const next = text.startsWith('---')
    ? text.replace(/^title: .*$/m, `title: ${title}`)
    : text.replace(/^[^\n]*/, title);
  writeFileSync(file, next);
}

const file = firstArticle();
const original = readFileSync(file, 'utf8');
const env = { ...process.env, SEEDS_DIR: DIR };
const seconds = (t0) => ((performance.now() - t0) / 1000).toFixed(1);
try {
  execFileSync('make', ['--no-print-directory', 'build'], { cwd: ROOT, env, stdio: 'ignore' });
  const build = [];
  for (let i = 0; i < RUNS; i++) {
    retitle(file, `Rebuild check headline ${i} ${Date.now()}`);
    const t0 = performance.now();
    execFileSync('make', ['--no-print-directory', 'build'], { cwd: ROOT, env, stdio: 'ignore' });
    build.push(seconds(t0));
  }
  console.log(`make build after editing one article of 1,000: ${build.join(' s, ')} s`);

  const serve = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ok) => serve.stdout.on('data', (d) => String(d).includes('serving') && ok()));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('main article.card').first().waitFor();
  const shown = [];
  for (let i = 0; i < RUNS; i++) {
    await new Promise((ok) => setTimeout(ok, 5000));
    const title = `Served check headline ${i} ${Date.now()}`;
    const t0 = performance.now();
    retitle(file, title);
    await page.waitForFunction((t) => document.querySelector('main article.card h2')?.textContent === t, title, { timeout: 120000 });
    shown.push(seconds(t0));
  }
  console.log(`make serve: edit saved to new headline on the open page: ${shown.join(' s, ')} s`);
  await browser.close();
  serve.kill();
} finally {
  writeFileSync(file, original);
}

#!/usr/bin/env node
// Rebuild times after editing one article of a 1,000-article collection (issue 9, point 3):
//   1. `make build` after the edit (the app is up to date: only the site generator runs);
//   2. `make serve`'s server (scripts/serve.mjs) with a page open in headless Chromium: the
//      time from saving the file to the page showing the new headline (rebuild and reload).
//      Each edit waits 5 s after the page (re)loaded, as a person reading it would: right
//      after a load the browser is still compiling the debug wasm on the same two cores.
// Prints both, with the CPU time they took (the machine may be shared: the wall time depends
// on what else runs). For `make build`: the CPU time of make and everything it ran. For
// `make serve`: the rebuild's wall time as the server logs it, and the CPU time of the server
// and of the site generator it runs (not the browser's).
// Uses target/rebuild-1k/ (1,000 articles from scripts/gen-articles.mjs, made once).
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

/** CPU seconds of process `pid` (`self` for this one): its own, or of its children waited for. */
function cpu(pid, children = false) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    return (children ? f[13] + f[14] : f[11] + f[12]) / 100;
  } catch {
    return 0;
  }
}

/** The processes `pid` started (Linux). */
function childrenOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
try {
  execFileSync('make', ['--no-print-directory', 'build'], { cwd: ROOT, env, stdio: 'ignore' });
  const build = [];
  const buildCpu = [];
  for (let i = 0; i < RUNS; i++) {
    retitle(file, `Rebuild check headline ${i} ${Date.now()}`);
    const t0 = performance.now();
    const c0 = cpu('self', true);
    execFileSync('make', ['--no-print-directory', 'build'], { cwd: ROOT, env, stdio: 'ignore' });
    build.push(seconds(t0));
    buildCpu.push((cpu('self', true) - c0).toFixed(1));
  }
  console.log(`make build after editing one article of 1,000: ${build.join(' s, ')} s (CPU ${buildCpu.join(' s, ')} s)`);

  const serve = spawn('node', ['scripts/serve.mjs', '--port', String(PORT)], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const rebuilt = [];
  await new Promise((ok) =>
    serve.stdout.on('data', (d) => {
      for (const line of String(d).split('\n')) {
        const m = line.match(/site rebuilt in ([\d.]+) s/);
        if (m) rebuilt.push(m[1]);
        if (line.includes('serving')) ok();
      }
    }),
  );
  // The server, the processes it runs now, and those it ran and waited for (cargo and the
  // generator it started, when the generator does not stay running).
  const tree = () => [serve.pid, ...childrenOf(serve.pid)].reduce((sum, pid) => sum + cpu(pid) + cpu(pid, true), 0);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.locator('main article.card').first().waitFor();
  const shown = [];
  const serveCpu = [];
  for (let i = 0; i < RUNS; i++) {
    await new Promise((ok) => setTimeout(ok, 5000));
    const title = `Served check headline ${i} ${Date.now()}`;
    const t0 = performance.now();
    const c0 = tree();
    retitle(file, title);
    await page.waitForFunction((t) => document.querySelector('main article.card h2')?.textContent === t, title, { timeout: 120000 });
    shown.push(seconds(t0));
    serveCpu.push((tree() - c0).toFixed(1));
  }
  console.log(`make serve: edit saved to new headline on the open page: ${shown.join(' s, ')} s`);
  console.log(`  of which the rebuild (server's log): ${rebuilt.slice(-RUNS).join(' s, ')} s; CPU of the server and generator: ${serveCpu.join(' s, ')} s`);
  await browser.close();
  serve.kill();
} finally {
  writeFileSync(file, original);
}

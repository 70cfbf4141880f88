#!/usr/bin/env node
// `make serve`: builds the site from $SEEDS_DIR (default seeds/) into target/serve/, serves it
// at http://127.0.0.1:8080 the way a static host does (404.html for unknown paths), and rebuilds
// on change:
//   - a change under the articles folder makes the site generator build again. The generator
//     stays running (`site --repeat`, started from its binary, without cargo): it keeps its
//     last build in memory, renders again only the pages whose inputs changed and writes only
//     the files whose bytes changed;
//   - a change to the app's sources (src/, styles/, corpus/, index.html, Cargo files) rebuilds
//     the app with Trunk (debug build) and the generator with cargo, and starts the generator
//     again;
//   - a change to the site generator (site/) rebuilds and restarts it.
// Open pages reload by themselves once the new build is written: the generator adds an external
// script (`_dev/reload.js`) that listens to server-sent events, so no inline script is needed.
// Each rebuild's line gives its wall time and the generator's CPU time.
//
//   node scripts/serve.mjs [--port 8080]
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEEDS = resolve(ROOT, process.env.SEEDS_DIR || 'seeds');
const OUT = join(ROOT, 'target/serve');
const TARGET = resolve(ROOT, process.env.CARGO_TARGET_DIR || 'target');
const GENERATOR = join(TARGET, 'site/site');
const APP = join(ROOT, 'target/app-dev');
const portArg = process.argv.indexOf('--port');
const PORT = portArg > 0 ? Number(process.argv[portArg + 1]) : 8080;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.bin': 'application/octet-stream',
};

const RELOAD_JS = `// make serve: reloads the page when a new build is written.
new EventSource('_dev/events').addEventListener('reload', () => location.reload());
`;

const clients = new Set();

function log(message) {
  const t = new Date().toTimeString().slice(0, 8);
  console.log(`[serve ${t}] ${message}`);
}

function run(command, args) {
  return new Promise((ok) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('exit', (code) => ok(code === 0));
    child.on('error', (e) => {
      log(`${command}: ${e.message}`);
      ok(false);
    });
  });
}

const buildApp = () => run('trunk', ['build', '--offline', '--dist', APP]);
const buildGenerator = () => run('cargo', ['build', '-q', '--profile', 'site', '-p', 'site']);

/** CPU seconds (user and system) process `pid` has used, or 0 when it is gone. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

// The generator, running `--repeat`: each line written to it asks for one more build, and it
// answers `site: built` or `site: failed` on its standard output.
let generator = null;
function startGenerator() {
  const child = spawn(GENERATOR, ['--seeds', SEEDS, '--app', APP, '--out', OUT, '--live-reload', '--repeat'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // The builds asked for and not answered yet, first first.
  child.answers = [];
  let pending = '';
  child.stdout.on('data', (chunk) => {
    pending += chunk;
    let at;
    while ((at = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, at);
      pending = pending.slice(at + 1);
      child.answers.shift()?.(line === 'site: built');
    }
  });
  child.on('exit', () => {
    if (generator === child) generator = null;
    for (const answer of child.answers.splice(0)) answer(false);
  });
  child.on('error', (e) => log(`${GENERATOR}: ${e.message}`));
  // Writing to a generator that has just stopped: its exit answers for it.
  child.stdin.on('error', () => {});
  generator = child;
  return new Promise((ok) => child.answers.push(ok));
}
function stopGenerator() {
  const child = generator;
  generator = null;
  child?.stdin.end();
}
function buildSite() {
  if (!generator) return startGenerator();
  const child = generator;
  const answered = new Promise((ok) => child.answers.push(ok));
  child.stdin.write('\n');
  return answered;
}
async function restartGenerator() {
  stopGenerator();
  return (await buildGenerator()) && startGenerator();
}

// One build at a time; changes during a build queue one more. `what`: 'site' (the articles),
// 'generator' (site/), 'app' (everything the wasm is built from, which the generator's own
// copy of the app's components is built from too).
const RANK = { site: 0, generator: 1, app: 2 };
let running = false;
let queued = null;
async function rebuild(what) {
  if (running) {
    queued = queued && RANK[queued] > RANK[what] ? queued : what;
    return;
  }
  running = true;
  const started = Date.now();
  const pid = generator?.pid;
  const cpu0 = pid ? cpuSeconds(pid) : 0;
  let ok;
  if (what === 'site') ok = await buildSite();
  else if (what === 'generator') ok = await restartGenerator();
  else ok = (await buildApp()) && (await restartGenerator());
  const cpu = pid && generator?.pid === pid ? ` (generator CPU ${(cpuSeconds(pid) - cpu0).toFixed(2)} s)` : '';
  running = false;
  if (ok) {
    log(`${what} rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s${cpu}; reloading ${clients.size} page(s)`);
    for (const res of clients) res.write('event: reload\ndata: \n\n');
  } else {
    log('build failed; the last good build stays served');
  }
  if (queued) {
    const next = queued;
    queued = null;
    rebuild(next);
  }
}

async function watchTree(path, what) {
  let timer;
  const recursive = (await stat(path)).isDirectory();
  watch(path, { recursive }, (_, file) => {
    if (file && /(^|\/)(\.|target\/|node_modules\/)|~$|\.swp$/.test(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      log(`changed: ${file ?? path}`);
      rebuild(what);
    }, 50);
  });
}

const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/_dev/reload.js') {
    res.writeHead(200, { 'content-type': TYPES['.js'], 'cache-control': 'no-store' }).end(RELOAD_JS);
    return;
  }
  if (path === '/_dev/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
    return;
  }
  let file = normalize(join(OUT, path));
  if (!file.startsWith(OUT)) {
    res.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    const body = await readFile(join(OUT, '404.html')).catch(() => 'not found');
    res.writeHead(404, { 'content-type': TYPES['.html'] }).end(body);
  }
});

log(`articles from ${SEEDS}`);
if (!(await buildApp()) || !(await buildGenerator()) || !(await startGenerator())) {
  log('the first build failed; fix the error above and run make serve again');
  stopGenerator();
  process.exit(1);
}
await watchTree(SEEDS, 'site');
for (const p of ['src', 'styles', 'corpus/src', 'corpus/data', 'index.html', 'Cargo.toml', 'corpus/Cargo.toml']) {
  await watchTree(join(ROOT, p), 'app');
}
await watchTree(join(ROOT, 'site'), 'generator');
server.listen(PORT, '127.0.0.1', () => log(`serving http://127.0.0.1:${PORT}/ (Ctrl-C to stop)`));

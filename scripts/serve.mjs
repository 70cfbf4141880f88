#!/usr/bin/env node
// `make serve`: builds the site from $SEEDS_DIR (default seeds/) into target/serve/, serves it
// at http://127.0.0.1:8080 the way a static host does (404.html for unknown paths), and rebuilds
// on change:
//   - a change under the articles folder reruns the site generator only (seconds);
//   - a change to the app's sources (src/, styles/, corpus/, index.html, Cargo files) rebuilds
//     the app with Trunk (debug build) first;
//   - a change to the site generator (site/) rebuilds and reruns it.
// Open pages reload by themselves once the new build is written: the generator adds an external
// script (`_dev/reload.js`) that listens to server-sent events, so no inline script is needed.
//
//   node scripts/serve.mjs [--port 8080]
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEEDS = resolve(ROOT, process.env.SEEDS_DIR || 'seeds');
const OUT = join(ROOT, 'target/serve');
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
const buildSite = () =>
  run('cargo', [
    'run', '-q', '--profile', 'site', '-p', 'site', '--',
    '--seeds', SEEDS, '--app', APP, '--out', OUT, '--live-reload',
  ]);

// One build at a time; changes during a build queue one more.
let running = false;
let queued = null;
async function rebuild(what) {
  if (running) {
    queued = queued === 'app' || what === 'app' ? 'app' : 'site';
    return;
  }
  running = true;
  const started = Date.now();
  const ok = (what !== 'app' || (await buildApp())) && (await buildSite());
  running = false;
  if (ok) {
    log(`${what} rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s; reloading ${clients.size} page(s)`);
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
    }, 100);
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
if (!(await buildApp()) || !(await buildSite())) {
  log('the first build failed; fix the error above and run make serve again');
  process.exit(1);
}
await watchTree(SEEDS, 'site');
for (const p of ['src', 'styles', 'corpus/src', 'corpus/data', 'index.html', 'Cargo.toml', 'corpus/Cargo.toml']) {
  await watchTree(join(ROOT, p), 'app');
}
await watchTree(join(ROOT, 'site/src'), 'site');
server.listen(PORT, '127.0.0.1', () => log(`serving http://127.0.0.1:${PORT}/ (Ctrl-C to stop)`));

// The benchmark's static file server: serves a folder on 127.0.0.1 like GitHub Pages does
// (gzip, level 9, for the types Pages compresses: HTML, CSS, JS, JSON, wasm, SVG; everything
// else, such as application/octet-stream, as it is), from its own thread so that the browser
// driver never delays a response. Every file is read and compressed before the first request.
//
// It logs every response (path, body bytes as sent, the time its last byte went to the socket)
// and counts requests in flight, so that the measurements see the requests of the page and of
// its workers alike.
import { createServer } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg']);

/** Slots of the shared counters. */
const INFLIGHT = 0;
const LAST_ACTIVITY = 1;

function files(dir) {
  const out = new Map();
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.isFile()) {
        const raw = readFileSync(path);
        const ext = extname(e.name);
        out.set(`/${relative(dir, path).split(sep).join('/')}`, {
          raw,
          gz: COMPRESSED.has(ext) ? gzipSync(raw, { level: 9 }) : null,
          type: TYPES[ext] ?? 'application/octet-stream',
        });
      }
    }
  };
  walk(dir);
  return out;
}

function runServer({ dir, shared }) {
  const counters = new Float64Array(shared);
  const site = files(dir);
  let log = [];
  const server = createServer((req, res) => {
    counters[INFLIGHT] += 1;
    counters[LAST_ACTIVITY] = Date.now();
    let done = false;
    const finish = (bytes) => {
      if (done) return;
      done = true;
      counters[INFLIGHT] -= 1;
      counters[LAST_ACTIVITY] = Date.now();
      log.push({ path: req.url, bytes, end: counters[LAST_ACTIVITY] });
    };
    res.on('close', () => finish(0));
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      path = '';
    }
    if (path.endsWith('/')) path += 'index.html';
    const entry = site.get(path);
    if (!entry) {
      res.writeHead(404).end('not found');
      return;
    }
    const gzip = entry.gz && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? entry.gz : entry.raw;
    res.writeHead(200, {
      'content-type': entry.type,
      'content-length': body.length,
      'cache-control': 'max-age=600',
      // Cross-origin isolation, for performance.measureUserAgentSpecificMemory(); every file
      // here is same-origin, so it changes nothing else.
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    res.end(body, () => finish(body.length));
  });
  parentPort.on('message', (m) => {
    if (m === 'log') parentPort.postMessage({ log });
    else if (m === 'reset') {
      log = [];
      parentPort.postMessage({ reset: true });
    } else if (m === 'close') server.close(() => parentPort.postMessage({ closed: true }));
  });
  server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
}

/**
 * Serves `dir`; resolves to `{ url, inflight(), lastActivity(), log(), reset(), close() }`
 * (`log` resolves to the responses since the last `reset`, times in ms since the epoch).
 */
export async function startServer(dir) {
  const shared = new SharedArrayBuffer(16);
  const counters = new Float64Array(shared);
  const worker = new Worker(new URL(import.meta.url), { workerData: { dir, shared } });
  const ask = (message, key) =>
    new Promise((ok, fail) => {
      const onMessage = (m) => {
        if (key in m) {
          worker.off('message', onMessage);
          ok(m[key]);
        }
      };
      worker.on('message', onMessage);
      worker.once('error', fail);
      if (message) worker.postMessage(message);
    });
  const port = await ask(null, 'port');
  return {
    url: `http://127.0.0.1:${port}/`,
    inflight: () => counters[INFLIGHT],
    lastActivity: () => counters[LAST_ACTIVITY],
    log: () => ask('log', 'log'),
    reset: () => ask('reset', 'reset'),
    close: async () => {
      await ask('close', 'closed');
      await worker.terminate();
    },
  };
}

if (!isMainThread && workerData?.shared) runServer(workerData);

// Shared helpers for the end-to-end tests: a static file server on loopback (which can be told
// to fail requests), headless Chromium through playwright-core, and a page wrapper that records
// console problems.
import { createServer } from 'node:http';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/**
 * Copies the screenshot `name` from the artifacts to docs/screenshots/ (the README's) when the
 * run is asked to (UPDATE_SCREENSHOTS=1), so that a test run leaves the git tree as it was.
 */
export async function publishScreenshot(name) {
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    await mkdir(SCREENSHOTS, { recursive: true });
    await copyFile(join(ARTIFACTS, name), join(SCREENSHOTS, name));
  }
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
};

/**
 * Serves the folder `root` (relative to the repo) under the URL path `base` on 127.0.0.1,
 * like a static host such as GitHub Pages does: a folder serves its index.html, an unknown path
 * the site's 404.html with status 404. Resolves to `{ url, close, fail, requests }`:
 * `fail(test)` makes every request whose path passes `test` answer 500 until `fail(null)`;
 * `requests` lists the paths asked for.
 */
export async function startServer({ root = 'dist', base = '/' } = {}) {
  const dir = resolve(ROOT, root);
  await stat(join(dir, 'index.html')); // fail early with ENOENT if the build is missing
  let failing = null;
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (failing?.(path)) {
      res.writeHead(500).end('made to fail by the test');
      return;
    }
    if (!path.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const page = await readFile(join(dir, '404.html')).catch(() => null);
      if (page) res.writeHead(404, { 'content-type': TYPES['.html'] }).end(page);
      else res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((ok) => server.close(ok)),
    fail: (test) => {
      failing = test;
    },
    requests,
  };
}

/** Headless Chromium from the system (CHROMIUM, else /usr/bin/chromium). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens `url` in a new page. `problems` collects every console error or warning, uncaught
 * page error and failed request, so a test can assert there were none.
 */
export async function openPage(browser, url, { viewport = { width: 1280, height: 900 }, colorScheme } = {}) {
  const context = await newContext(browser, { viewport, colorScheme });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(url);
  return { page, problems, context };
}

/**
 * A browser context whose pages report every Content-Security-Policy violation as a console
 * error (so `watchProblems` records it).
 */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return context;
}

/** Records the page's console errors and warnings, page errors and failed requests. */
export function watchProblems(page) {
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], 'the page reported console errors or warnings');
}

/** The view's place in the URL: path from the base and query string, decoded. */
export async function where(page, base = '/') {
  const { pathname, search, hash } = await page.evaluate(() => ({
    pathname: location.pathname,
    search: location.search,
    hash: location.hash,
  }));
  return decodeURIComponent(pathname.slice(base.length) + search + hash);
}

let axeSource;
/**
 * Runs axe-core (npm) on the page: injected through the DevTools protocol, which the page's
 * Content-Security-Policy does not restrict. Resolves to `{ passes, violations }`: the number of
 * rules that passed and, per violation, one line with the rule, its impact, what it asks and the
 * first elements concerned.
 */
export async function runAxe(page) {
  axeSource ??= await readFile(join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`),
      })),
    };
  });
  return {
    passes: found.passes,
    violations: found.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`),
  };
}

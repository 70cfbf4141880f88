#!/usr/bin/env node
// Builds the MiniSearch and Pagefind bench sites from the JSON that `corpus export` prints, so
// that both index exactly the articles (titles, paragraphs, subheadings) the explorer indexes.
//
//   node scripts/bench-web/sites.mjs EXPORT.json OUT_DIR
//
// Writes OUT_DIR/minisearch/ (index.json: the serialised MiniSearch index with the titles
// stored; text/N.json: each article's indexed blocks, fetched for the snippets of shown
// results; page.js: the page and MiniSearch bundled and minified with esbuild) and
// OUT_DIR/pagefind/ (an index of one HTML page per article, written by Pagefind's Node API,
// and page.js using Pagefind's JS API).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import MiniSearch from 'minisearch';
import * as pagefind from 'pagefind';
import { INDEX_OPTIONS } from './pages/minisearch-options.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const PAGES = join(HERE, 'pages');

/** Each article's title and indexed blocks (paragraphs and subheadings; asides are not indexed). */
export function readExport(path) {
  const { articles } = JSON.parse(readFileSync(path, 'utf8'));
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    blocks: a.blocks.filter((b) => b.kind !== 'aside').map((b) => ({ kind: b.kind, text: b.text })),
  }));
}

async function bundle(entry, out, external = []) {
  await esbuild.build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    external,
    logLevel: 'warning',
  });
}

async function miniSearchSite(articles, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'text'), { recursive: true });
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(
    articles.map((a, id) => ({ id, title: a.title, body: a.blocks.map((b) => b.text).join('\n') })),
  );
  writeFileSync(join(out, 'index.json'), JSON.stringify(index));
  articles.forEach((a, id) => {
    writeFileSync(join(out, 'text', `${id}.json`), JSON.stringify(a.blocks.map((b) => b.text)));
  });
  copyFileSync(join(PAGES, 'minisearch.html'), join(out, 'index.html'));
  copyFileSync(join(PAGES, 'style.css'), join(out, 'style.css'));
  await bundle(join(PAGES, 'minisearch.js'), join(out, 'page.js'));
}

const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The page a static site generator would write for one article. */
function articleHtml(a) {
  const body = a.blocks
    .map((b) => (b.kind === 'subheading' ? `<h2>${escape(b.text)}</h2>` : `<p>${escape(b.text)}</p>`))
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(a.title)}</title></head>
<body><main data-pagefind-body><h1>${escape(a.title)}</h1>
${body}
</main></body></html>`;
}

async function pagefindSite(articles, out) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const [n, a] of articles.entries()) {
    const added = await index.addHTMLFile({ url: `/article/${n}/`, content: articleHtml(a) });
    if (added.errors.length > 0) throw new Error(`pagefind: article ${a.id}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  copyFileSync(join(PAGES, 'pagefind.html'), join(out, 'index.html'));
  copyFileSync(join(PAGES, 'style.css'), join(out, 'style.css'));
  await bundle(join(PAGES, 'pagefind.js'), join(out, 'page.js'), ['./pagefind/pagefind.js']);
}

async function main() {
  const [exportPath, outDir] = process.argv.slice(2);
  if (!exportPath || !outDir) {
    console.error('usage: node scripts/bench-web/sites.mjs EXPORT.json OUT_DIR');
    process.exit(2);
  }
  const articles = readExport(exportPath);
  const out = resolve(outDir);
  await miniSearchSite(articles, join(out, 'minisearch'));
  await pagefindSite(articles, join(out, 'pagefind'));
  console.log(`sites: MiniSearch and Pagefind sites for ${articles.length} articles in ${out}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

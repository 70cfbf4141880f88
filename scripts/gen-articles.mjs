#!/usr/bin/env node
// Writes N news-like article files made of real English sentences (the npm package
// `nlp-corpus`, 97,548 sentences from news, fiction, reviews and UN records) into a folder, for
// benchmarks and tests at scale. The same N and seed always give the same files.
//
//   node scripts/gen-articles.mjs N OUT_DIR [--seed S]
//
// Each article has a headline (the start of a sentence), 6 to 14 paragraphs of 2 to 4
// sentences, a subheading every fourth paragraph and sometimes a photo caption. Two in three
// are plain `.txt` files; the others are Markdown with front matter (source, date, author), so
// that metadata and sorting by date are exercised too. Files go into subfolders of 500.
//
// The package is looked up in tests/e2e/node_modules (where `npm ci` there installs it), then
// in target/nlp-corpus/ (fetched there with `npm pack` when missing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VERSION = '4.4.0';

function usage(message) {
  if (message) console.error(`gen-articles: ${message}`);
  console.error('usage: node scripts/gen-articles.mjs N OUT_DIR [--seed S]');
  process.exit(2);
}

/** The folder holding nlp-corpus's builds/doc-N.json files, fetching the package if needed. */
function corpusDir() {
  const installed = join(ROOT, 'tests/e2e/node_modules/nlp-corpus/builds');
  if (existsSync(installed)) return installed;
  const target = join(ROOT, 'target/nlp-corpus');
  const builds = join(target, 'package/builds');
  if (!existsSync(builds)) {
    mkdirSync(target, { recursive: true });
    execFileSync('npm', ['pack', '--silent', `nlp-corpus@${VERSION}`], { cwd: target, stdio: 'ignore' });
    execFileSync('tar', ['xzf', `nlp-corpus-${VERSION}.tgz`], { cwd: target });
  }
  return builds;
}

function sentences() {
  const dir = corpusDir();
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => Number(a.match(/\d+/)) - Number(b.match(/\d+/)));
  const out = [];
  for (const f of files) {
    for (const s of JSON.parse(readFileSync(join(dir, f), 'utf8'))) {
      const clean = String(s).replace(/\s+/g, ' ').trim();
      if (clean.length > 0) out.push(clean);
    }
  }
  return out;
}

/** mulberry32: a small seeded generator, so every run writes the same articles. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOURCES = ['The Daily Ledger', 'Northern Courier', 'Evening Standard-Post', 'Wire Service', 'City Gazette'];
const AUTHORS = ['Alex Morgan', 'Priya Raman', 'Tomás Ortega', 'Hannah Fischer', 'Kwame Mensah', 'Li Wei'];

function main() {
  const args = process.argv.slice(2);
  let seed = 1;
  const seedAt = args.indexOf('--seed');
  if (seedAt >= 0) {
    seed = Number(args[seedAt + 1]);
    args.splice(seedAt, 2);
  }
  const [countArg, outArg] = args;
  const count = Number(countArg);
  if (!Number.isInteger(count) || count < 1 || !outArg || !Number.isFinite(seed)) usage();
  const out = resolve(outArg);

  const all = sentences();
  const random = rng(seed);
  const below = (n) => Math.floor(random() * n);
  const pick = () => all[below(all.length)];
  const headline = (s, n) =>
    s
      .split(' ')
      .slice(0, n)
      .join(' ')
      .replace(/[.,;:!?]+$/, '');

  rmSync(out, { recursive: true, force: true });
  for (let i = 0; i < count; i++) {
    const paragraphs = [];
    const n = 6 + below(9);
    for (let p = 0; p < n; p++) {
      if (p > 0 && p % 4 === 0) paragraphs.push(`## ${headline(pick(), 5)}`);
      const k = 2 + below(3);
      paragraphs.push(Array.from({ length: k }, pick).join(' '));
    }
    if (below(3) === 0) paragraphs.splice(1, 0, `Photo: ${headline(pick(), 8)}`);
    const title = headline(pick(), 6 + below(7));
    const folder = join(out, `part-${String(Math.floor(i / 500)).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    const name = `article-${String(i).padStart(6, '0')}`;
    if (i % 3 === 2) {
      const day = new Date(Date.UTC(2015, 0, 1) + below(3650) * 86400000).toISOString().slice(0, 10);
      const front = [
        '---',
        `title: ${JSON.stringify(title)}`,
        `source: ${SOURCES[below(SOURCES.length)]}`,
        `date: ${day}`,
        `author: ${AUTHORS[below(AUTHORS.length)]}`,
        '---',
      ];
      writeFileSync(join(folder, `${name}.md`), `${front.join('\n')}\n${paragraphs.join('\n\n')}\n`);
    } else {
      const body = paragraphs.map((p) => p.replace(/^## /, '')).join('\n\n');
      writeFileSync(join(folder, `${name}.txt`), `${title}\n\n${body}\n`);
    }
  }
  console.log(`gen-articles: wrote ${count} articles to ${out}`);
}

main();

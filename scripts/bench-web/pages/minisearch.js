// The MiniSearch bench page: loads the serialised index at once (how MiniSearch is used), lists
// the first articles, and on each input searches and shows the best CARDS results with their
// title and a snippet around the first match, fetching each shown article's text once.
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, SEARCH_OPTIONS } from './minisearch-options.js';
import { renderCards, renderCount } from './cards.js';

const CARDS = 20;
const WINDOW = 220;

const input = document.getElementById('search');
const list = document.getElementById('results');
const count = document.getElementById('count');
const texts = new Map();
let generation = 0;
// The last query whose results are on screen, for the benchmark to know a search has finished.
window.__searched = '';

const index = MiniSearch.loadJSON(await (await fetch('index.json')).text(), {
  ...INDEX_OPTIONS,
  searchOptions: SEARCH_OPTIONS,
});

/** The first view: the first articles' titles. */
function showAll() {
  const shown = [];
  for (let id = 0; id < Math.min(CARDS, index.documentCount); id++) {
    shown.push({ title: [[index.getStoredFields(id)?.title ?? '', false]], snippet: [] });
  }
  renderCards(list, shown);
  renderCount(count, shown.length, index.documentCount, '');
}

function text(id) {
  if (!texts.has(id)) texts.set(id, fetch(`text/${id}.json`).then((r) => r.json()));
  return texts.get(id);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** `s` cut into pieces, the words in `terms` marked. */
function marked(s, terms) {
  const pieces = [];
  let last = 0;
  for (const m of s.matchAll(WORD)) {
    if (!terms.has(m[0].toLowerCase())) continue;
    if (m.index > last) pieces.push([s.slice(last, m.index), false]);
    pieces.push([m[0], true]);
    last = m.index + m[0].length;
  }
  if (last < s.length) pieces.push([s.slice(last), false]);
  return pieces;
}

/** A window of the first block with a matching word, starting a little before it. */
function snippet(blocks, terms) {
  for (const block of blocks) {
    for (const m of block.matchAll(WORD)) {
      if (!terms.has(m[0].toLowerCase())) continue;
      let start = Math.max(0, m.index - 40);
      if (start > 0) start = block.indexOf(' ', start) + 1;
      const window = block.slice(start, start + WINDOW);
      return marked((start > 0 ? '…' : '') + window + (start + WINDOW < block.length ? '…' : ''), terms);
    }
  }
  return blocks.length > 0 ? [[blocks[0].slice(0, WINDOW), false]] : [];
}

async function search(query) {
  const mine = ++generation;
  if (query.trim() === '') {
    showAll();
    window.__searched = query;
    return;
  }
  let hits = index.search(query);
  if (hits.length === 0) hits = index.search(query, { combineWith: 'OR' });
  const top = hits.slice(0, CARDS);
  const bodies = await Promise.all(top.map((h) => text(h.id)));
  if (mine !== generation) return;
  renderCards(
    list,
    top.map((h, i) => {
      const terms = new Set(h.terms);
      return { title: marked(h.title, terms), snippet: snippet(bodies[i], terms) };
    }),
  );
  renderCount(count, top.length, hits.length, query);
  window.__searched = query;
}

input.addEventListener('input', () => search(input.value));
search(input.value);

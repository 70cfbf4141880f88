// The Pagefind bench page, with Pagefind's JS API as its documentation shows: the search box is
// in the HTML; Pagefind starts loading when the page has loaded, and each input searches and
// shows the best CARDS results (title and Pagefind's excerpt with its marks), loading their
// fragments.
import { renderCards, renderCount } from './cards.js';

const CARDS = 20;

const input = document.getElementById('search');
const list = document.getElementById('results');
const count = document.getElementById('count');
let generation = 0;
// The last query whose results are on screen, for the benchmark to know a search has finished.
window.__searched = '';

const pagefind = await import('./pagefind/pagefind.js');
await pagefind.options({ excerptLength: 30 });
pagefind.init();

/** Pagefind's excerpt (HTML with `<mark>`) as pieces, read with the DOM parser, not inserted. */
function pieces(excerpt) {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...doc.body.firstChild.childNodes].map((n) => [n.textContent, n.nodeName === 'MARK']);
}

async function search(query) {
  const mine = ++generation;
  if (query.trim() === '') {
    list.replaceChildren();
    count.textContent = '';
    window.__searched = query;
    return;
  }
  const found = await pagefind.search(query);
  if (mine !== generation || !found) return;
  const data = await Promise.all(found.results.slice(0, CARDS).map((r) => r.data()));
  if (mine !== generation) return;
  renderCards(
    list,
    data.map((d) => ({ title: [[d.meta?.title ?? d.url, false]], snippet: pieces(d.excerpt) })),
  );
  renderCount(count, data.length, found.results.length, query);
  window.__searched = query;
}

input.addEventListener('input', () => search(input.value));
if (input.value) search(input.value);

// The benchmark's queries: chosen from the articles' own words by a seeded generator, so every
// tool gets the same queries for the same collection, run after run.
//
// Four kinds, QUERIES_PER_KIND of each: one word (4+ letters), two neighbouring words, one word
// with a typo (one letter after the first replaced), two words with a typo in the second.

export const QUERIES_PER_KIND = 3;

/** mulberry32: small, seeded, the same sequence on every machine. */
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

const WORD = /^[a-z]+$/;

/** The lower-case words of `text` made of the letters a to z only. */
function words(text) {
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => WORD.test(w));
}

function typo(word, below) {
  const at = 1 + below(word.length - 1);
  const letters = 'abcdefghijklmnopqrstuvwxyz'.replace(word[at], '');
  return word.slice(0, at) + letters[below(letters.length)] + word.slice(at + 1);
}

/**
 * `{ kind, text }` for `articles` (`{ title, blocks: [{ text }] }`), seeded: one word,
 * two words, typo, two words with a typo, QUERIES_PER_KIND of each, interleaved.
 */
export function makeQueries(articles, seed = 9) {
  const random = rng(seed);
  const below = (n) => Math.floor(random() * n);
  const texts = articles.flatMap((a) => [a.title, ...a.blocks.map((b) => b.text)]);
  const pickWords = (min, count) => {
    for (let tries = 0; tries < 10000; tries++) {
      const w = words(texts[below(texts.length)]);
      const starts = w.map((_, i) => i).filter((i) => w.slice(i, i + count).length === count && w.slice(i, i + count).every((x) => x.length >= min));
      if (starts.length > 0) {
        const i = starts[below(starts.length)];
        return w.slice(i, i + count);
      }
    }
    throw new Error('no words to make queries from');
  };
  const out = [];
  for (let n = 0; n < QUERIES_PER_KIND; n++) {
    out.push({ kind: 'word', text: pickWords(4, 1)[0] });
    out.push({ kind: 'two words', text: pickWords(4, 2).join(' ') });
    out.push({ kind: 'typo', text: typo(pickWords(5, 1)[0], below) });
    const [a, b] = pickWords(5, 2);
    out.push({ kind: 'two words, typo', text: `${a} ${typo(b, below)}` });
  }
  return out;
}

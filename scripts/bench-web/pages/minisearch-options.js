// MiniSearch settings shared by the index build (sites.mjs) and the page (minisearch.js): the
// two must agree for `MiniSearch.loadJSON`.

export const INDEX_OPTIONS = {
  idField: 'id',
  fields: ['title', 'body'],
  storeFields: ['title'],
};

/** Prefix on the word being typed, one or two typos on longer words, titles weigh more. */
export const SEARCH_OPTIONS = {
  prefix: (_term, i, terms) => i === terms.length - 1,
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  boost: { title: 3 },
  combineWith: 'AND',
};

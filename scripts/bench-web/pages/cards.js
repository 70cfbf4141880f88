// Renders result cards for the bench pages with DOM nodes only (no HTML strings from article
// text): a title and a snippet, each a list of [text, marked] pieces.

/** Replaces the children of `list` with one card per item: `{ title, snippet }` as pieces. */
export function renderCards(list, items) {
  const cards = items.map(({ title, snippet }) => {
    const card = document.createElement('article');
    card.className = 'card';
    const h2 = document.createElement('h2');
    appendPieces(h2, title);
    card.append(h2);
    if (snippet.length > 0) {
      const p = document.createElement('p');
      appendPieces(p, snippet);
      card.append(p);
    }
    return card;
  });
  list.replaceChildren(...cards);
}

function appendPieces(parent, pieces) {
  for (const [text, marked] of pieces) {
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      parent.append(mark);
    } else {
      parent.append(text);
    }
  }
}

/** The result count line. */
export function renderCount(el, shown, total, query) {
  el.textContent = query ? `${total} results for “${query}”, ${shown} shown` : `${total} articles`;
}

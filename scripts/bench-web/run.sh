#!/usr/bin/env bash
# The in-browser benchmark (issue 9, point 4): builds the explorer, a MiniSearch site and a
# Pagefind site for the same collections and measures them in headless Chromium in one run.
#
#   bash scripts/bench-web/run.sh            (or: make bench-web)
#
# Environment:
#   SIZES       collections, default "seeds 1k 10k": seeds is seeds/, Nk is N,000 articles that
#               scripts/gen-articles.mjs writes (real English sentences, seeded)
#   RUNS, PHONE_RUNS, QUIET_MS   passed to measure.mjs (see there)
#   REUSE=1     measure the sites already built under target/bench-web/sites/ again
#
# Writes target/bench-web/: articles/SIZE/ (generated articles), export/SIZE.json (`corpus
# export`, what MiniSearch and Pagefind index), sites/SIZE/{ours,minisearch,pagefind}/,
# results.md (the table, also printed) and results.json (every run's figures).
# The explorer is built with `make build` (release, what gets deployed) with SEEDS_DIR set,
# and dist/ copied: it works whether the data is in the wasm or in files beside it.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$(pwd)
BENCH="$ROOT/target/bench-web"
SIZES=${SIZES:-seeds 1k 10k}
HERE="$ROOT/scripts/bench-web"

say() { printf '\n== bench-web: %s\n' "$*" >&2; }

if [ ! -d "$HERE/node_modules/minisearch" ] || [ "$HERE/package-lock.json" -nt "$HERE/node_modules" ]; then
  say "npm ci in scripts/bench-web (MiniSearch, Pagefind, esbuild, playwright-core)"
  (cd "$HERE" && npm ci --no-audit --no-fund --silent)
  touch "$HERE/node_modules"
fi

articles_dir() {
  case "$1" in
    seeds) echo "$ROOT/seeds" ;;
    *k) echo "$BENCH/articles/$1" ;;
    *)
      echo "bench-web: unknown size '$1' (seeds, or a number of thousands like 1k)" >&2
      exit 2
      ;;
  esac
}

if [ "${REUSE:-}" != 1 ]; then
  say "corpus CLI (release)"
  nice -n 10 cargo build --release --quiet -p corpus --bin corpus
  CORPUS="$ROOT/target/release/corpus"
  mkdir -p "$BENCH/export" "$BENCH/sites"
  for size in $SIZES; do
    dir=$(articles_dir "$size")
    if [ "$size" != seeds ] && [ ! -f "$dir/.complete" ]; then
      n=$((${size%k} * 1000))
      say "$size: generating $n articles"
      node scripts/gen-articles.mjs "$n" "$dir" >&2
      touch "$dir/.complete"
    fi
    export_json="$BENCH/export/$size.json"
    if [ ! -f "$export_json" ] || [ "$CORPUS" -nt "$export_json" ] || [ "$dir" -nt "$export_json" ]; then
      say "$size: corpus export"
      nice -n 10 "$CORPUS" export "$dir" >"$export_json.tmp" 2>"$BENCH/export/$size.log"
      mv "$export_json.tmp" "$export_json"
    fi
    site="$BENCH/sites/$size"
    rm -rf "$site"
    mkdir -p "$site"
    say "$size: the explorer (SEEDS_DIR=$dir make build)"
    SEEDS_DIR="$dir" nice -n 10 make --no-print-directory build >&2
    cp -r dist "$site/ours"
    say "$size: MiniSearch and Pagefind sites"
    nice -n 10 node "$HERE/sites.mjs" "$export_json" "$site" >&2
  done
fi

say "measuring in Chromium (sizes: $SIZES)"
# shellcheck disable=SC2086 # one argument per size
node "$HERE/measure.mjs" "$BENCH" $SIZES

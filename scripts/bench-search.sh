#!/usr/bin/env bash
# Search benchmark (issues 5, 9, 13): the sharded index on folders of news-like articles made
# of real English sentences (npm `nlp-corpus`, written by scripts/gen-articles.mjs into
# target/bench-search/ unless they are there already). Prints the index build time, the size
# of the root and of each kind of shard (raw and gzipped), the gzipped bytes a browser with an
# empty cache fetches per query (p50, p95, max) by kind of query, and the rank time.
#
#   bash scripts/bench-search.sh [ARTICLES...]       (default: 1000 10000)
#   OPT_LEVEL=3 bash scripts/bench-search.sh          (opt-level 3 instead of the workspace's
#                                                      size-tuned release profile)
#   NO_ENTITIES=1 bash scripts/bench-search.sh        (skip entity extraction: faster; no
#                                                      entity names or entity shards)
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
dirs=()
for n in "${sizes[@]}"; do
  dir=target/bench-search/gen-$n
  if [ ! -d "$dir" ]; then
    echo "writing $n articles into $dir"
    node scripts/gen-articles.mjs "$n" "$dir"
  fi
  dirs+=("$dir")
done

if [ -n "${OPT_LEVEL:-}" ]; then
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=$OPT_LEVEL
fi
flags=()
[ -z "${NO_ENTITIES:-}" ] || flags+=(--no-entities)
cargo run --release -p corpus --example bench_search -- "${flags[@]}" "${dirs[@]}"

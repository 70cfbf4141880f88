#!/usr/bin/env bash
# Whole-build benchmark (issue 9.1): generates 1,000, 10,000 and 50,000 articles of real English
# sentences (npm `nlp-corpus`, through scripts/gen-articles.mjs) into target/bench-build/ (not
# committed), and runs the build-time analysis on each (`corpus::load`: reading, entities and
# quotations; then the search index and the relations) through corpus/examples/bench_build.rs,
# one process per size. Prints, per size: articles, CPU time, time per article and peak memory
# (VmHWM).
#
#   bash scripts/bench-build.sh [ARTICLES...]      (default: 1000 10000 50000)
#
# The corpus crate is compiled at opt-level 3, as the build step compiles it
# (`build-override` in Cargo.toml); OPT_LEVEL=z measures the size-tuned release profile.
# Pregenerated copies of 1,000 and 10,000 articles are used when BENCH_DATA names a folder
# holding gen1k/ and gen10k/.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 50000)
export CARGO_PROFILE_RELEASE_OPT_LEVEL=${OPT_LEVEL:-3}
cargo build --quiet --release -p corpus --example bench_build
bin=target/release/examples/bench_build

for n in "${sizes[@]}"; do
  dir=target/bench-build/gen-$n
  case "$n" in
    1000) pre=${BENCH_DATA:-}/gen1k ;;
    10000) pre=${BENCH_DATA:-}/gen10k ;;
    *) pre= ;;
  esac
  if [ -n "${BENCH_DATA:-}" ] && [ -d "$pre" ]; then
    dir=$pre
  elif [ ! -d "$dir" ]; then
    node scripts/gen-articles.mjs "$n" "$dir" >/dev/null
  fi
  printf '%6d articles: ' "$n"
  "$bin" "$dir"
done

#!/usr/bin/env bash
# Search benchmark (issue 5): generated corpora of 1,000 and 10,000 articles made of real
# English sentences from the npm package `nlp-corpus`, fetched at run time into target/ (not
# committed). Prints build time, index bytes per article, and p50/p99 query times.
#
#   bash scripts/bench-search.sh [ARTICLES...]      (default: 1000 10000)
#   OPT_LEVEL=3 bash scripts/bench-search.sh         (opt-level 3 instead of the workspace's
#                                                     size-tuned release profile)
set -euo pipefail
cd "$(dirname "$0")/.."

dir=target/bench-search
version=4.4.0
sentences=$dir/sentences-$version.txt
mkdir -p "$dir"
if [ ! -s "$sentences" ]; then
  echo "fetching nlp-corpus@$version into $dir"
  (cd "$dir" && npm pack --silent "nlp-corpus@$version" >/dev/null && tar xzf "nlp-corpus-$version.tgz")
  # Each builds/doc-N.json is a JSON array of sentences: one sentence a line.
  node -e '
    const fs = require("fs"), path = require("path");
    const dir = process.argv[1];
    const out = [];
    for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      for (const s of JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))) {
        out.push(String(s).replace(/\s+/g, " ").trim());
      }
    }
    fs.writeFileSync(process.argv[2], out.join("\n") + "\n");
  ' "$dir/package/builds" "$sentences"
fi

if [ -n "${OPT_LEVEL:-}" ]; then
  export CARGO_PROFILE_RELEASE_OPT_LEVEL=$OPT_LEVEL
fi
cargo run --release -p corpus --example bench_search -- "$sentences" "$@"

#!/usr/bin/env bash
# Where the site's bytes go: every file of dist/ (bytes and gzip -9), then the release wasm taken
# apart: sections, code by crate and module, the biggest functions, data by crate.
#
#   make build && bash scripts/wasm-bytes.sh [--quick] [--top N] [--crate NAME]...
#
# --quick: the quick search's wasm (the `quick` crate, which the home page loads first) instead
# of the app's.
#
# The release wasm in dist/ has no function names, so this links the same release build again
# with a linker map (`cargo rustc ... -C link-arg=--Map`: only the app crate is relinked, about
# a minute; the next `make build` relinks it once more), runs wasm-bindgen and `wasm-opt -Oz -g`
# as Trunk does but keeping the names, and checks that the result, without its name section, is
# byte for byte as big as dist/'s wasm. Arguments go to scripts/wasm-bytes.mjs. Output files in
# target/wasm-bytes/.
set -euo pipefail

cd "$(dirname "$0")/.."
[ -f .tools/env.sh ] || {
  echo "wasm-bytes: run 'bash scripts/setup.sh' (or any make target) first" >&2
  exit 1
}
# shellcheck source=/dev/null
. .tools/env.sh
OUT=target/wasm-bytes
crate=news-explorer
dist_name='news-explorer-*_bg.wasm'
opt_flags=(-Oz)
if [ "${1:-}" = --quick ]; then
  shift
  OUT=target/wasm-bytes/quick
  crate=quick
  # stored gzip-compressed under a .bin name (site/src/assets.rs)
  dist_name='quick-*_bg.bin'
  # as the Makefile runs it for the quick search
  opt_flags=(-Oz -Oz --strip-producers --strip-target-features -ocimfs=30)
fi
mkdir -p "$OUT"

mapfile -t dist_wasm < <(find dist -maxdepth 1 -name "$dist_name")
[ ${#dist_wasm[@]} -eq 1 ] || {
  echo "wasm-bytes: expected one $dist_name in dist/; run 'make build' first" >&2
  exit 1
}

# bytes, gzip -9, and as GitHub Pages serves it: gzipped for the types it compresses (HTML, CSS,
# JS, JSON, wasm, SVG, text), as it is otherwise (application/octet-stream: .bin and the like).
sizes() {
  for f; do
    local size gz served
    size=$(stat -c %s "$f")
    gz=$(gzip -9c "$f" | wc -c)
    case "$f" in
      *.html | *.css | *.js | *.mjs | *.json | *.wasm | *.svg | *.txt | *.xml) served=$gz ;;
      *) served=$size ;;
    esac
    printf '%s %s %s %s\n' "$size" "$gz" "$served" "${f#dist/}"
  done
}
export -f sizes

# Every file, except in folders of more than 20 files (per-article files): one line per folder.
echo "== files in dist/: bytes, gzip -9, as GitHub Pages serves them (gzip for HTML, CSS, JS, JSON, wasm, SVG)"
find dist -type f ! -name '.*' -printf '%h\n' | sort | uniq -c | while read -r count dir; do
  if [ "$count" -gt 20 ]; then
    find "$dir" -maxdepth 1 -type f ! -name '.*' -exec bash -c 'sizes "$@"' _ {} + |
      awk -v d="${dir#dist/}" -v n="$count" '{ s += $1; g += $2; v += $3 } END { printf "%10d %9d %9d  %s/ (%d files)\n", s, g, v, d, n }'
  else
    find "$dir" -maxdepth 1 -type f ! -name '.*' -print0 | sort -z | xargs -0 bash -c 'sizes "$@"' _ |
      awk '{ printf "%10d %9d %9d  %s\n", $1, $2, $3, $4 }'
  fi
done | tee "$OUT/dist.txt"
awk '{ s += $1; g += $2; v += $3 } END { printf "%10d %9d %9d  all\n", s, g, v }' "$OUT/dist.txt"

echo
echo "== the release wasm, with names (cargo rustc, wasm-bindgen, wasm-opt ${opt_flags[*]} -g)"
# shellcheck disable=SC2086 # WASM_ENV is a list of VAR=value words
if [ "$crate" = quick ]; then
  # As the Makefile builds it (cargo build -p quick, wasm-bindgen, wasm-opt).
  env $WASM_ENV cargo rustc --quiet --release --target wasm32-unknown-unknown -p quick --lib \
    --crate-type cdylib -- -C link-arg=--Map="$PWD/$OUT/link.map"
else
  # The features Trunk builds the app with (index.html's data-cargo-features).
  features=$(sed -n 's/.*data-cargo-features="\([^"]*\)".*/\1/p' index.html)
  env $WASM_ENV cargo rustc --quiet --release --target wasm32-unknown-unknown --bin news-explorer \
    --features "$features" -- -C link-arg=--Map="$PWD/$OUT/link.map"
fi
linked=target/wasm32-unknown-unknown/release/$crate.wasm
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$linked"
wasm-opt "${opt_flags[@]}" -g "$OUT/${crate}_bg.wasm" -o "$OUT/named.wasm"
sysroot=$(env $WASM_ENV rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib
node scripts/wasm-bytes.mjs "$OUT/named.wasm" "$@" \
  --map "$OUT/link.map" "$linked" target/wasm32-unknown-unknown/release/deps "$sysroot" |
  tee "$OUT/report.txt"

case "${dist_wasm[0]}" in
  *.bin) dist_size=$(gzip -dc "${dist_wasm[0]}" | wc -c) ;;
  *) dist_size=$(stat -c %s "${dist_wasm[0]}") ;;
esac
named_size=$(sed -n '1s/.* \([0-9,]*\) without the name section.*/\1/p' "$OUT/report.txt" | tr -d ,)
if [ "$named_size" != "$dist_size" ]; then
  echo
  echo "wasm-bytes: note: ${dist_wasm[0]} is $dist_size bytes, the named copy $named_size without names:"
  echo "  dist/ was built from other sources or settings (SEEDS_DIR?); the figures above are for the named copy"
fi

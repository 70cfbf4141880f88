#!/usr/bin/env bash
# Where the site's bytes go: every file of dist/ (bytes and gzip -9), then the release wasm taken
# apart: sections, code by crate and module, the biggest functions, data by crate.
#
#   make build && bash scripts/wasm-bytes.sh [--top N] [--crate NAME]...
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
mkdir -p "$OUT"

shopt -s nullglob
dist_wasm=(dist/*_bg.wasm)
[ ${#dist_wasm[@]} -eq 1 ] || {
  echo "wasm-bytes: expected one dist/*_bg.wasm; run 'make build' first" >&2
  exit 1
}

echo "== files in dist/ (bytes, gzip -9)"
total=0
total_gz=0
while IFS= read -r f; do
  size=$(stat -c %s "$f")
  gz=$(gzip -9c "$f" | wc -c)
  total=$((total + size))
  total_gz=$((total_gz + gz))
  printf '%10d %9d  %s\n' "$size" "$gz" "${f#dist/}"
done < <(find dist -type f ! -name '.*' | sort)
printf '%10d %9d  %s\n' "$total" "$total_gz" "all"

echo
echo "== the release wasm, with names (cargo rustc, wasm-bindgen, wasm-opt -Oz -g)"
# shellcheck disable=SC2086 # WASM_ENV is a list of VAR=value words
env $WASM_ENV cargo rustc --quiet --release --target wasm32-unknown-unknown --bin news-explorer \
  -- -C link-arg=--Map="$PWD/$OUT/link.map"
linked=target/wasm32-unknown-unknown/release/news-explorer.wasm
wasm-bindgen --target web --no-typescript --out-dir "$OUT" "$linked"
wasm-opt -Oz -g "$OUT/news-explorer_bg.wasm" -o "$OUT/named.wasm"
sysroot=$(env $WASM_ENV rustc --print sysroot)/lib/rustlib/wasm32-unknown-unknown/lib
node scripts/wasm-bytes.mjs "$OUT/named.wasm" "$@" \
  --map "$OUT/link.map" "$linked" target/wasm32-unknown-unknown/release/deps "$sysroot" |
  tee "$OUT/report.txt"

dist_size=$(stat -c %s "${dist_wasm[0]}")
named_size=$(sed -n '1s/.* \([0-9,]*\) without the name section.*/\1/p' "$OUT/report.txt" | tr -d ,)
if [ "$named_size" != "$dist_size" ]; then
  echo
  echo "wasm-bytes: note: ${dist_wasm[0]} is $dist_size bytes, the named copy $named_size without names:"
  echo "  dist/ was built from other sources or settings (SEEDS_DIR?); the figures above are for the named copy"
fi

#!/usr/bin/env bash
# Installs every tool the build and the tests need, and skips what is already there.
#
#   bash scripts/setup.sh
#
# Writes .tools/env.sh, which the Makefile sources: it says how to build for wasm on this machine.
# Two routes to the wasm32-unknown-unknown standard library:
#   rustup   the normal one: `rustup target add wasm32-unknown-unknown` (preferred when it works);
#   debian   Debian's rustc-web + rust-web-src, linked into rustup as the `web` toolchain, with std
#            built from source (-Zbuild-std); for machines that cannot download rustup targets.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
TOOLS="$ROOT/.tools"
mkdir -p "$TOOLS"
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"

BINARYEN_VERSION=132.0.0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

step() { printf '\n== %s\n' "$*"; }
found() { printf '   found: %s\n' "$*"; }
doing() { printf '   installing: %s\n' "$*"; }
die() {
  printf '\nsetup: %s\n' "$*" >&2
  exit 1
}
have() { command -v "$1" >/dev/null 2>&1; }

APT_UPDATED=""
apt_install() {
  have apt-get || die "cannot install $* without apt-get. Install by hand: $*"
  if [ -z "$APT_UPDATED" ]; then
    $SUDO apt-get update -qq || die "apt-get update failed"
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null ||
    die "apt-get install $* failed"
}

# The wasm-bindgen version the app is locked to; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

step "Rust (rustup, cargo)"
have cargo && have rustup || die "Rust is missing. Install it with rustup: https://rustup.rs"
found "$(cargo --version)"
# The oldest rustc the workspace builds with (`rust-version` in Cargo.toml).
msrv=$(awk -F'"' '/^rust-version = / { print $2; exit }' Cargo.toml)
rustc_version=$(rustc --version | awk '{ print $2 }')
[ "$(printf '%s\n%s\n' "$msrv" "${rustc_version%%-*}" | sort -V | head -1)" = "$msrv" ] ||
  die "rustc $rustc_version is older than $msrv, the oldest that builds this workspace: run 'rustup update stable'"
[ -f Cargo.lock ] || cargo generate-lockfile --offline 2>/dev/null || cargo generate-lockfile
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt

step "wasm32-unknown-unknown standard library"
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  route=rustup
  found "rustup target wasm32-unknown-unknown"
elif rustup toolchain list 2>/dev/null | grep -q '^web' && [ -d /usr/lib/rustlib/src/rust/library ] &&
  have rust-lld; then
  route=debian
  found "Debian rustc-web linked as rustup toolchain 'web' ($(rustc +web --version))"
elif timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
  route=rustup
  found "rustup target wasm32-unknown-unknown (just installed)"
else
  echo "   rustup cannot download the wasm target here; using Debian's rustc-web and building std"
  have apt-get || die "no wasm target: run 'rustup target add wasm32-unknown-unknown' on a machine with internet"
  doing "rustc-web cargo-web rust-web-src lld (apt)"
  lld=$(apt-cache pkgnames lld- 2>/dev/null | grep -E '^lld-[0-9]+$' | sort -t- -k2 -n | tail -1)
  apt_install rustc-web cargo-web rust-web-src "${lld:-lld}"
  rustup toolchain list | grep -q '^web' || rustup toolchain link web /usr
  route=debian
  found "$(rustc +web --version)"
fi
case "$route" in
  rustup) wasm_env='' ;;
  debian) wasm_env='RUSTUP_TOOLCHAIN=web RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort' ;;
esac

step "wasm-bindgen CLI"
wb=$(wasm_bindgen_version)
[ -n "$wb" ] || die "cannot find the wasm-bindgen version in Cargo.lock"
if have wasm-bindgen && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$wb" ]; then
  found "wasm-bindgen $wb"
else
  doing "wasm-bindgen-cli $wb (cargo install, a few minutes)"
  cargo install -q wasm-bindgen-cli --version "$wb" --force || die "cargo install wasm-bindgen-cli $wb failed"
fi

step "Trunk"
if have trunk; then
  found "$(trunk --version)"
else
  doing "trunk (cargo install, up to 15 minutes)"
  # Trunk's newest release may need a newer rustc than stable; fall back to nightly, then to
  # the last release that builds on older compilers.
  cargo install -q trunk --locked ||
    { rustup toolchain list | grep -q '^nightly' && cargo +nightly install -q trunk --locked; } ||
    cargo install -q trunk --version 0.21.14 --locked ||
    die "cargo install trunk failed"
fi

step "Node.js and npm (wasm-opt, browser tests)"
if ! have node || ! have npm; then
  doing "nodejs npm (apt)"
  apt_install nodejs npm
fi
found "node $(node --version), npm $(npm --version)"

step "wasm-opt (npm binaryen $BINARYEN_VERSION)"
if [ -x "$TOOLS/node_modules/.bin/wasm-opt" ] && "$TOOLS/node_modules/.bin/wasm-opt" --version | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  found "$("$TOOLS/node_modules/.bin/wasm-opt" --version)"
else
  doing "binaryen@$BINARYEN_VERSION into .tools/"
  npm install -s --no-audit --no-fund --prefix "$TOOLS" "binaryen@$BINARYEN_VERSION" >/dev/null || die "npm install binaryen failed"
  found "$("$TOOLS/node_modules/.bin/wasm-opt" --version)"
fi

step "Browser tests: playwright-core, axe-core, nlp-corpus (generated articles)"
# npm writes node_modules/.package-lock.json on install: a lock file newer than it means the
# test packages changed since (a pull that added one), so they are installed again.
installed=tests/e2e/node_modules/.package-lock.json
if [ -f "$installed" ] && ! [ tests/e2e/package-lock.json -nt "$installed" ]; then
  found "playwright-core $(node -p "require('./tests/e2e/node_modules/playwright-core/package.json').version")"
else
  doing "npm ci in tests/e2e"
  npm ci -s --no-audit --no-fund --prefix tests/e2e >/dev/null || die "npm ci in tests/e2e failed"
fi

step "Chromium and ChromeDriver"
chromium=""
for c in chromium chromium-browser google-chrome; do
  if have "$c"; then chromium=$(command -v "$c") && break; fi
done
if [ -z "$chromium" ] || ! have chromedriver; then
  if have apt-get; then
    doing "chromium chromium-driver (apt)"
    apt_install chromium chromium-driver
    chromium=$(command -v chromium)
  else
    die "Chromium and ChromeDriver are missing: install them by hand and put them on PATH"
  fi
fi
found "$("$chromium" --version 2>/dev/null | head -1) at $chromium; $(chromedriver --version | cut -d' ' -f1-2)"

cat >"$TOOLS/env.sh" <<EOF
# Written by scripts/setup.sh; sourced by the Makefile.
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:\$PATH"
export CHROMIUM="$chromium"
export WASM_ROUTE="$route"
WASM_ENV="$wasm_env"
EOF
step "Ready: wasm route '$route'; settings in .tools/env.sh"

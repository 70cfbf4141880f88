# The two commands of the README (`make serve`, `make test`) and a release build (`make build`).
# Each runs scripts/setup.sh first, which installs what is missing and is quick when nothing is.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Base URL path the site is served under (GitHub Pages project sites: /<repo>/).
PUBLIC_URL ?= /
TOOLS_ENV := . .tools/env.sh

.PHONY: help setup serve build build-subpath test check test-native test-e2e bench

help:
	@echo "make serve   build the site from seeds/ and serve it at http://127.0.0.1:8080 (rebuilds on change)"
	@echo "make test    run the whole test suite (format, clippy, native tests, browser tests)"
	@echo "make build   release build into dist/, the folder to upload (PUBLIC_URL=/repo/ for a subpath)"

setup:
	@bash scripts/setup.sh

serve: setup
	$(TOOLS_ENV) && env $$WASM_ENV trunk serve --offline

build: setup
	$(TOOLS_ENV) && env $$WASM_ENV trunk build --release --offline --public-url $(PUBLIC_URL)

# The same site built for a GitHub Pages-style subpath, for the end-to-end test of base paths.
build-subpath: setup
	$(TOOLS_ENV) && env $$WASM_ENV trunk build --release --offline --public-url /news-explorer/ --dist dist-subpath

test: setup check test-native build build-subpath test-e2e

check:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings

test-native:
	cargo test --workspace
	# One million random queries must never panic the search (release build for speed).
	cargo test --release -p corpus --test search_fuzz -- --ignored

test-e2e:
	$(TOOLS_ENV) && node --test --test-concurrency=1 tests/e2e/

bench:
	cargo run --release -p corpus --example bench_read
	bash scripts/bench-build.sh

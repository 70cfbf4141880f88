# The two commands of the README (`make serve`, `make test`) and a release build (`make build`).
# Each runs scripts/setup.sh first when it has not run since the script or the lock files
# changed (`make setup` runs it again anyway): it installs what is missing.
#
# The site is built in two stages:
#   1. the app (wasm, JS glue, CSS): Trunk, into target/app/, only when the app's sources change;
#   2. the site: the `site` generator reads the articles and writes dist/ (the app's files
#      copied, the data files, a page per view). A change to the articles runs only this stage.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

# Base URL path the site is served under (GitHub Pages project sites: /<repo>/).
PUBLIC_URL ?= /
# The folder of articles.
SEEDS_DIR ?= seeds
TOOLS_ENV := . .tools/env.sh
SITE := cargo run -q --profile site -p site --

# What the wasm is built from: changing anything else (the articles, the site generator, the
# corpus modules and reference lists compiled only with its `build` feature, which the app and
# the quick search turn off: see corpus/src/lib.rs) does not rebuild it.
BUILD_ONLY := corpus/src/entities corpus/src/read corpus/src/relations
APP_SOURCES := $(shell find src styles corpus/src quick/src -type f $(foreach d,$(BUILD_ONLY),-not -path '$(d)/*')) \
	index.html Trunk.toml Cargo.toml Cargo.lock corpus/Cargo.toml quick/Cargo.toml

.PHONY: help setup serve build build-subpath build-1k single test check test-native test-e2e bench bench-web bench-entities first-query

help:
	@echo "make serve   build the site from seeds/ and serve it at http://127.0.0.1:8080 (rebuilds and reloads on change)"
	@echo "make test    run the whole test suite (format, clippy, native tests, browser tests)"
	@echo "make build   release build into dist/, the folder to upload (PUBLIC_URL=/repo/ for a subpath, SEEDS_DIR=... for other articles)"
	@echo "make single  the whole site as one file, dist-single/index.html, that works opened from disk"

setup:
	@bash scripts/setup.sh

.tools/env.sh: scripts/setup.sh Cargo.lock tests/e2e/package-lock.json
	@bash scripts/setup.sh

# The stamp gets the time the build started, so that a source saved during the build is
# newer than it and rebuilds the app next time.
# Then the quick search (the `quick` crate: the small wasm the home page loads first) into
# target/app/quick/, with cargo, wasm-bindgen and wasm-opt as Trunk runs them (Trunk builds
# one app per page; its second kind of Rust target is a web worker); wasm-opt runs twice,
# drops the producers and target features sections (0.3 KB less once gzipped) and inlines a
# function called from one place only when it is small (-ocimfs=30 instead of any size: 0.6
# KB less once gzipped, docs/performance.md).
target/app/.built: $(APP_SOURCES) | .tools/env.sh
	started=$$(date +%s) && $(TOOLS_ENV) && env $$WASM_ENV nice -n 10 trunk build --release --offline && \
	env $$WASM_ENV nice -n 10 cargo build --quiet --release --target wasm32-unknown-unknown -p quick && \
	wasm-bindgen --target web --no-typescript --out-dir target/app/quick --out-name quick \
		target/wasm32-unknown-unknown/release/quick.wasm && \
	wasm-opt -Oz -Oz --strip-producers --strip-target-features -ocimfs=30 target/app/quick/quick_bg.wasm -o target/app/quick/quick_bg.wasm && \
	touch -d @$$started $@

serve: .tools/env.sh
	$(TOOLS_ENV) && SEEDS_DIR=$(SEEDS_DIR) node scripts/serve.mjs

build: .tools/env.sh target/app/.built
	$(SITE) --seeds $(SEEDS_DIR) --app target/app --out dist --public-url $(PUBLIC_URL)

# The same site under a GitHub Pages-style subpath, for the end-to-end test of base paths.
build-subpath: .tools/env.sh target/app/.built
	$(SITE) --seeds $(SEEDS_DIR) --app target/app --out dist-subpath --public-url /news-explorer/

# The site for 1,000 generated articles, for the end-to-end test at scale.
build-1k: .tools/env.sh target/app/.built
	$(TOOLS_ENV) && [ -d target/gen1k ] || node scripts/gen-articles.mjs 1000 target/gen1k
	$(SITE) --seeds target/gen1k --app target/app --out dist-1k

# The whole site in one HTML file that works opened from the file system (file://).
single: .tools/env.sh target/app/.built
	$(SITE) --single --seeds $(SEEDS_DIR) --app target/app --out dist-single

test: .tools/env.sh check test-native build build-subpath build-1k single test-e2e

check:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc --workspace --no-deps --quiet

test-native:
	cargo test --workspace
	# One million random queries must never panic the search (release build for speed).
	cargo test --release -p corpus --test integration search_fuzz -- --ignored

test-e2e:
	$(TOOLS_ENV) && node --test --test-concurrency=1 tests/e2e/

bench:
	cargo run --release -p corpus --example bench_read
	bash scripts/bench-build.sh

# The explorer against MiniSearch and Pagefind in headless Chromium (SIZES="seeds 1k 10k").
bench-web: .tools/env.sh
	$(TOOLS_ENV) && bash scripts/bench-web/run.sh

# Our entity extractor against spaCy on the quality set and 1,000 articles (MODELS="sm md").
bench-entities:
	bash scripts/bench-entities/run.sh

# Issue 12.3's budget: the bytes fetched before the first results of a typed query, per file.
# QUERY: the queries, shell-quoted (default: a word of the first card's title).
first-query: build
	$(TOOLS_ENV) && { [ -d scripts/bench-web/node_modules/playwright-core ] || npm ci -s --no-audit --no-fund --prefix scripts/bench-web; } && node scripts/bench-web/first-query.mjs dist $(QUERY)

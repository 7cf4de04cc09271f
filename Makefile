# Scoutly's everyday commands. A newcomer needs two: `make demo` and `make test`.
# Everything installs what it needs first (npm packages; Debian's chromium when it is missing).

SHELL := /bin/bash
NPM ?= npm
NODE ?= node
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SCOUTLY := $(NODE) dist/cli/scoutly.js

.PHONY: setup build demo test test-unit test-int check jobs-tick status migrate bench clean

## setup: install npm dependencies (npm ci) and Debian's chromium if no Chromium is found
setup: node_modules/.package-lock.json
	@command -v chromium >/dev/null || command -v chromium-browser >/dev/null || \
	  { echo "installing Debian's chromium (needed to read careers pages)"; \
	    $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

node_modules/.package-lock.json: package.json package-lock.json
	$(NPM) ci --no-fund --no-audit
	@touch $@

## build: compile TypeScript to dist/ (production runs compiled JavaScript)
build: setup
	$(NPM) run --silent build

## demo: serve the bundled demo careers site and ATS feeds on 127.0.0.1, seed data/demo.db, run one tick
demo: build
	$(NODE) dist/cli/demo.js

## test: type checks, import-cycle and migration checks, then the whole test suite
test: build check
	$(NPM) test

test-unit: build
	npx vitest run --config test/vitest.config.ts --exclude "**/*.int.test.ts" --exclude "**/*.e2e.test.ts"

test-int: build
	npx vitest run --config test/vitest.config.ts .int.test .e2e.test

## check: types, no import cycles, migrations/ matches src/db/schema.ts
check: setup
	$(NPM) run --silent typecheck
	npx dpdm --no-warning --no-tree -T --exit-code circular:1 'src/**/*.ts' >/dev/null
	npx drizzle-kit check >/dev/null
	@npx drizzle-kit generate 2>&1 | grep -q 'No schema changes' || \
	  { echo "src/db/schema.ts changed without a migration: run npx drizzle-kit generate --name <what changed>"; exit 1; }

## jobs-tick: one tick, as the systemd timer runs it
jobs-tick: build
	$(SCOUTLY) tick

status: build
	$(SCOUTLY) status

migrate: build
	$(SCOUTLY) migrate

## bench: enqueue, queue throughput against liteque and plainjob, start-up cost, scraping farm (prints figures)
bench: build
	npx tsc -p test/bench/tsconfig.json
	@ln -sfn ../migrations dist-bench/migrations
	$(NODE) dist-bench/test/bench/queueBench.js
	$(NODE) dist-bench/test/bench/scrapeBench.js

clean:
	rm -rf dist dist-bench

# Scoutly's everyday commands. A newcomer needs two: `make demo` and `make test`.
# Everything installs what it needs first (npm packages; Debian's chromium-headless-shell when no Chromium is found).

SHELL := /bin/bash
NPM ?= npm
NODE ?= node
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# V8 favours size over speed, as systemd/scoutly-tick.service starts the tick (see the comment on its ExecStart).
NODE_FLAGS := --optimize-for-size --no-opt
SCOUTLY := $(NODE) $(NODE_FLAGS) dist/cli/scoutly.cjs

.PHONY: setup build demo test test-unit test-int check check-standalone jobs-tick status migrate bench clean

## setup: install npm dependencies (npm ci) and Debian's chromium-headless-shell if no Chromium is found
# (the paths SCOUTLY_CHROMIUM's default looks at; Scoutly only runs Chromium headless, and the shell is lighter)
CHROMIUM_PATHS := /usr/bin/chromium-headless-shell /usr/bin/chromium /usr/bin/chromium-browser
setup: node_modules/.package-lock.json
	@for p in $(CHROMIUM_PATHS); do [ -x $$p ] && exit 0; done; \
	  echo "installing Debian's chromium-headless-shell (needed to read careers pages built by script)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium-headless-shell >/dev/null

node_modules/.package-lock.json: package.json package-lock.json
	$(NPM) ci --no-fund --no-audit
	@touch $@

## build: compile TypeScript to dist/, then bundle the executables (dist/cli/*.js, dist/chunks/: scripts/bundle.mjs)
build: setup
	$(NPM) run --silent build

## demo: serve the bundled demo careers site and ATS feeds on 127.0.0.1, seed data/demo.db, run one tick
demo: build
	$(NODE) $(NODE_FLAGS) dist/cli/demo.cjs

## test: type checks, import-cycle and migration checks, then the whole test suite
test: build check
	$(NPM) test

test-unit: build
	npx vitest run --config test/vitest.config.ts --exclude "**/*.int.test.ts" --exclude "**/*.e2e.test.ts"

test-int: build
	npx vitest run --config test/vitest.config.ts .int.test .e2e.test

## check: types, the folder layering and no import cycles (type-only imports too), no regular expression in src/ that
## can take super-linear time (eslint-plugin-regexp's ReDoS rules, eslint.config.js), migrations/ matches src/db/schema.ts,
## nothing needs a folder beside the clone
check: setup check-units check-standalone
	$(NPM) run --silent typecheck
	npx depcruise src --config .dependency-cruiser.cjs
	npx eslint src
	npx drizzle-kit check >/dev/null
	@npx drizzle-kit generate 2>&1 | grep -q 'No schema changes' || \
	  { echo "src/db/schema.ts changed without a migration: run npx drizzle-kit generate --name <what changed>"; exit 1; }

## check-standalone: a fresh clone has no planning folder beside it, so nothing may reach outside the repository
check-standalone:
	@if git grep -nE '\.\./(shared)\b' -- src test Makefile package.json tsconfig.json drizzle.config.ts .ci; then \
	  echo "the lines above reach outside the repository: vendor what they need (see test/fixtures/companies)"; exit 1; fi

## jobs-tick: one tick, as the systemd timer runs it
jobs-tick: build
	$(SCOUTLY) tick

status: build
	$(SCOUTLY) status

migrate: build
	$(SCOUTLY) migrate

## bench: enqueue, queue throughput against liteque and plainjob, the write path, start-up cost, scraping farm, match quality (prints figures)
bench: build
	@command -v strace >/dev/null || { echo "installing strace (the write benchmark counts the database's own write calls)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq strace >/dev/null; }
	npx tsc -p test/bench/tsconfig.json
	@ln -sfn ../migrations dist-bench/migrations
	@ln -sfn ../../test/fixtures dist-bench/test/fixtures
	$(NODE) dist-bench/test/bench/queueBench.js
	$(NODE) dist-bench/test/bench/writeBench.js
	$(NODE) dist-bench/test/bench/scrapeBench.js
	$(NODE) dist-bench/test/bench/feedsBench.js
	$(NODE) dist-bench/test/bench/renderBench.js
	$(NODE) dist-bench/test/bench/webBench.js
	$(NODE) dist-bench/test/bench/analysisBench.js
	$(NODE) dist-bench/test/bench/matchBench.js

clean:
	rm -rf dist dist-bench

## install-systemd: system units (the tick's timer, the dashboard's socket), a dedicated user, the build under PREFIX
## (default /opt/scoutly); WEB_LISTEN=ADDRESS:PORT for the dashboard's socket (default 127.0.0.1:8377).
## install-systemd USER=1: user units for the current user instead (see the linger note it prints).
PREFIX ?= /opt/scoutly
SERVICE_USER ?= scoutly
NODE_BIN := $(shell command -v node)
UNIT_DIR := $(if $(filter 1,$(USER)),$(HOME)/.config/systemd/user,/etc/systemd/system)
SYSTEMCTL := $(if $(filter 1,$(USER)),systemctl --user,$(SUDO) systemctl)
UNITS := scoutly-tick.service scoutly-tick.timer scoutly-tick-alert@.service scoutly-web.socket scoutly-web.service
# Where the dashboard's socket listens (make install-systemd WEB_LISTEN=192.168.1.20:8377); loopback by default.
WEB_LISTEN ?= 127.0.0.1:8377
WEB_SOCKET := sed -e 's\#^ListenStream=.*\#ListenStream=$(WEB_LISTEN)\#'
# scoutly-doctor.service: `scoutly doctor` in exactly the tick's sandbox, made from the tick's unit.
DOCTOR_UNIT := sed -e '/^OnFailure=/d' -e '/^SuccessExitStatus=/d' -e 's\#^Description=.*\#Description=Scoutly: doctor inside the tick sandbox\#' \
  -e 's\#dist/cli/jobsTick.cjs\#dist/cli/scoutly.cjs doctor\#'
# A user manager cannot set up what needs privileges or most namespaces: those lines go; the state
# lives at a fixed path, the same on every systemd version (StateDirectory= of user units moved in 254).
USER_UNIT := sed -e 's\#/opt/scoutly\#$(CURDIR)\#g' -e 's\#/usr/bin/node\#$(NODE_BIN)\#' -e 's\#/etc/scoutly/\#$(HOME)/.config/scoutly/\#g' \
  -e 's\#HOME=/var/lib/scoutly\#HOME=$(HOME) SCOUTLY_DB=$(HOME)/.local/share/scoutly/scoutly.db\#' \
  -E -e '/^(User|Group|DynamicUser|PrivateUsers|CapabilityBoundingSet|AmbientCapabilities|ProtectKernelLogs|ProtectKernelModules|ProtectKernelTunables|ProtectClock|ProtectHostname|PrivateDevices|ProtectControlGroups|ProtectProc|ProtectSystem|ProtectHome|PrivateTmp|RemoveIPC|IPAddressDeny|StateDirectory|StateDirectoryMode)=/d'

.PHONY: install-systemd uninstall-systemd check-units test-systemd
install-systemd: build
ifeq ($(USER),1)
	mkdir -p $(UNIT_DIR) $(HOME)/.config/scoutly $(HOME)/.local/share/scoutly
	for u in $(UNITS); do $(USER_UNIT) systemd/$$u | $(WEB_SOCKET) > $(UNIT_DIR)/$$u; done
	$(DOCTOR_UNIT) $(UNIT_DIR)/scoutly-tick.service > $(UNIT_DIR)/scoutly-doctor.service
	[ -f $(HOME)/.config/scoutly/scoutly.env ] || install -m 0600 systemd/scoutly.env.example $(HOME)/.config/scoutly/scoutly.env
	[ -f $(HOME)/.config/scoutly/gemini_api_key ] || install -m 0600 /dev/null $(HOME)/.config/scoutly/gemini_api_key
	SCOUTLY_DB=$(HOME)/.local/share/scoutly/scoutly.db $(NODE) dist/cli/scoutly.cjs migrate >/dev/null
	$(SYSTEMCTL) daemon-reload && $(SYSTEMCTL) enable --now scoutly-tick.timer scoutly-web.socket
	@echo "User timer enabled; the database is $(HOME)/.local/share/scoutly/scoutly.db, settings in $(HOME)/.config/scoutly/."
	@echo "The dashboard answers at http://$(WEB_LISTEN) (started at the first request); a password: SCOUTLY_DB=$(HOME)/.local/share/scoutly/scoutly.db node dist/cli/scoutly.cjs users set-password EMAIL"
	@echo "To keep it running while you are logged out: sudo loginctl enable-linger $$(id -un)"
else
	id -u $(SERVICE_USER) >/dev/null 2>&1 || $(SUDO) useradd --system --home-dir /var/lib/scoutly --shell /usr/sbin/nologin $(SERVICE_USER)
	# The state directory exists before the first tick, so the README's seeding commands work at once.
	$(SUDO) install -d -o $(SERVICE_USER) -g $(SERVICE_USER) -m 0700 /var/lib/scoutly
	# The cache folder (Chromium's profile) too, so `sudo scoutly probe` and doctor work before the first tick.
	$(SUDO) install -d -o $(SERVICE_USER) -g $(SERVICE_USER) -m 0700 /var/cache/scoutly
	$(SUDO) install -d -m 0755 $(PREFIX) /etc/scoutly
	$(SUDO) rm -rf $(PREFIX)/dist $(PREFIX)/node_modules $(PREFIX)/migrations
	$(SUDO) cp -a --no-preserve=ownership dist migrations package.json package-lock.json node_modules README.md $(PREFIX)/
	$(SUDO) mkdir -p $(PREFIX)/src/web && $(SUDO) cp -a --no-preserve=ownership src/demo $(PREFIX)/src/ && $(SUDO) cp -a --no-preserve=ownership src/web/assets $(PREFIX)/src/web/
	cd $(PREFIX) && $(SUDO) $(NPM) prune --omit=dev --no-audit --no-fund >/dev/null
	$(SUDO) chown -R root:root $(PREFIX)
	[ -f /etc/scoutly/scoutly.env ] || $(SUDO) install -m 0640 -g $(SERVICE_USER) systemd/scoutly.env.example /etc/scoutly/scoutly.env
	# An empty key file: no key (the offline analyzer); put a key in it later, mode 0600.
	[ -f /etc/scoutly/gemini_api_key ] || $(SUDO) install -m 0600 /dev/null /etc/scoutly/gemini_api_key
	sed -e 's#/opt/scoutly#$(PREFIX)#g' -e 's#/usr/bin/node#$(NODE_BIN)#' -e 's#^user=scoutly#user=$(SERVICE_USER)#' systemd/scoutly-cli.sh | \
	  $(SUDO) install -m 0755 /dev/stdin /usr/local/bin/scoutly
	for u in $(UNITS); do \
	  sed -e 's#/opt/scoutly#$(PREFIX)#g' -e 's#/usr/bin/node#$(NODE_BIN)#' -e 's#^User=scoutly#User=$(SERVICE_USER)#' \
	      -e 's#^Group=scoutly#Group=$(SERVICE_USER)#' systemd/$$u | $(WEB_SOCKET) | $(SUDO) tee $(UNIT_DIR)/$$u >/dev/null; done
	$(DOCTOR_UNIT) $(UNIT_DIR)/scoutly-tick.service | $(SUDO) tee $(UNIT_DIR)/scoutly-doctor.service >/dev/null
	$(SUDO) /usr/local/bin/scoutly migrate >/dev/null
	$(SYSTEMCTL) daemon-reload && $(SYSTEMCTL) enable --now scoutly-tick.timer scoutly-web.socket
	@echo "Installed. Add yourself and your companies with 'sudo scoutly …' (see README); the Gemini key (optional)"
	@echo "goes in /etc/scoutly/gemini_api_key (mode 0600). Watch with: journalctl -u scoutly-tick"
	@echo "The dashboard answers at http://$(WEB_LISTEN) (started at the first request): sudo scoutly users set-password EMAIL"
endif

uninstall-systemd:
	-$(SYSTEMCTL) disable --now scoutly-tick.timer scoutly-web.socket
	-$(SYSTEMCTL) stop scoutly-web.service
	for u in $(UNITS) scoutly-doctor.service; do $(if $(filter 1,$(USER)),,$(SUDO)) rm -f $(UNIT_DIR)/$$u; done
	$(if $(filter 1,$(USER)),,$(SUDO) rm -f /usr/local/bin/scoutly)
	$(if $(filter 1,$(USER)),rm -rf $(HOME)/.cache/scoutly,$(SUDO) rm -rf /var/cache/scoutly)
	$(SYSTEMCTL) daemon-reload
	@echo "Units removed. The database ($(if $(filter 1,$(USER)),$(HOME)/.local/share/scoutly,/var/lib/scoutly)) and the settings are kept$(if $(filter 1,$(USER)),,; so is $(PREFIX))."

## test-systemd: boots a real systemd (Debian bookworm in systemd-nspawn), installs Scoutly as the README says, checks it
test-systemd: build
	bash test/systemd/run.sh

## check-units: systemd-analyze verify must print nothing; the security exposure must be at most 3.5
check-units:
	@out=$$(systemd-analyze verify --man=no $(addprefix systemd/,$(UNITS)) 2>&1); \
	  if [ -n "$$out" ]; then echo "$$out"; echo "systemd-analyze verify printed the above"; exit 1; fi
	set -o pipefail; for u in scoutly-tick.service scoutly-web.service; do \
	  systemd-analyze security --offline=true --threshold=35 systemd/$$u | tail -1 || exit 1; done

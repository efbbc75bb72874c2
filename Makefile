# Two commands do all the set-up on a fresh Debian 12 machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Libraries Qt needs to run headless (offscreen), and to open a real X window (xcb, Xvfb).
QT_HEADLESS_DEBS := libegl1 libgl1 libfontconfig1 libglib2.0-0 libxkbcommon0 libdbus-1-3 fonts-dejavu-core
QT_X11_DEBS := xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
SYSTEM_DEBS := $(QT_HEADLESS_DEBS) $(QT_X11_DEBS)
SYSDEPS_STAMP := $(VENV)/.sysdeps

.PHONY: run test sysdeps venv lint clean screenshots bench

run: $(STAMP)
	$(BIN)/installer-app --sandbox

# The suite runs on every core (pytest-xdist): about half of its time is spent waiting on
# emulated latency, timeouts and child processes, which overlaps well. The few tests that bound a
# duration (marked `timed`: GUI heartbeat gaps) then run alone, so that the parallel workers do
# not slow them. TEST_JOBS=0 runs the first part in one process; PYTEST_ARGS adds options (e.g.
# PYTEST_ARGS="--durations=30"); TEST_REPORT=path writes JUnit reports path.parallel.xml and
# path.alone.xml. Both parts always run; make fails if either failed.
# The tests keep their compiled bytecode (in __pycache__ folders, ignored by git) even where
# PYTHONDONTWRITEBYTECODE is set: otherwise every worker, the timed run and each command-line
# process the tests start compile the same modules again.
TEST_JOBS ?= auto
PYTEST_ARGS ?=
TEST_REPORT ?=
TEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=
test: $(STAMP)
	@status=0; \
	$(TEST_ENV) $(BIN)/python -m pytest -n $(TEST_JOBS) --dist worksteal \
		-m "not timed" $(if $(TEST_REPORT),--junitxml=$(TEST_REPORT).parallel.xml) \
		$(PYTEST_ARGS) || status=$$?; \
	$(TEST_ENV) $(BIN)/python -m pytest -m timed \
		$(if $(TEST_REPORT),--junitxml=$(TEST_REPORT).alone.xml) $(PYTEST_ARGS); \
	alone=$$?; [ $$alone = 0 ] || [ $$alone = 5 ] || status=$$alone; \
	exit $$status

# Every wizard page rendered offscreen with sandbox data, for the README.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m installer_app.harness.screenshots docs/screenshots

# Performance figures (start-up, GUI heartbeat, apply, batch, memory, package size) beside their
# baselines, measured now on this machine: see docs/performance.md.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run.py

# Translations: extract the source strings into translations/*.ts, compile them into *.qm.
.PHONY: translations
translations: $(STAMP)
	$(BIN)/python translations/update.py

# The frozen program (PyInstaller, build_spec/installer_app.spec): one folder dist/installer-app/
# by default, one executable dist/onefile/installer-app with `make package ONEFILE=1`. Ends with
# the heaviest parts, the package's size and build time.
# `dist/installer-app/installer-app --selftest` checks it.
ONEFILE ?=
PACKAGE_OUT := $(if $(ONEFILE),dist/onefile/installer-app,dist/installer-app)
PACKAGE_DEBS := binutils gcc
PACKAGE_DEPS_STAMP := $(VENV)/.packagedeps

package: $(STAMP) $(PACKAGE_DEPS_STAMP)
	@started=$$(date +%s); \
	$(BIN)/pyinstaller build_spec/installer_app.spec --noconfirm --log-level WARN \
		--distpath $(dir $(PACKAGE_OUT)) --workpath build/pyinstaller$(if $(ONEFILE),-onefile) \
		$(if $(ONEFILE),-- --onefile) \
	&& $(BIN)/python build_spec/package_size.py $(PACKAGE_OUT) --started $$started --parts 12

# What the program reads at run time, built from the sources in resources/ into
# installer_app/resources/: the icon's PNG, ICO and ICNS files from its SVG, the sample files for
# `installer-app prepare` (the results are committed; see docs/packaging.md).
resources: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python build_spec/build_resources.py

# PyInstaller reads binaries with objdump and strips them with strip (binutils); the smaller ICU
# data library is built with cc (gcc, see build_spec/icu_data.py).
$(PACKAGE_DEPS_STAMP):
	@mkdir -p $(VENV)
	@if ! command -v objdump >/dev/null 2>&1 || ! command -v strip >/dev/null 2>&1 \
		|| ! command -v cc >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing the packaging tools: $(PACKAGE_DEBS)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(PACKAGE_DEBS) >/dev/null; \
		else \
			echo "Packaging needs objdump, strip and cc: install them with  sudo apt-get install $(PACKAGE_DEBS)"; \
			exit 1; \
		fi; \
	fi
	@touch $@

.PHONY: package resources

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

venv: $(STAMP)

$(STAMP): pyproject.toml $(SYSDEPS_STAMP)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# System libraries: installed when missing and run as root; otherwise say exactly what to install.
$(SYSDEPS_STAMP):
	@mkdir -p $(VENV)
	@if ! command -v dpkg-query >/dev/null 2>&1; then \
		echo "Not a Debian system: make sure Qt's runtime libraries are installed ($(SYSTEM_DEBS))."; \
	else \
		missing=""; \
		for p in $(SYSTEM_DEBS); do \
			dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
		done; \
		if [ -n "$$missing" ]; then \
			if [ "$$(id -u)" = 0 ]; then \
				echo "Installing system libraries for Qt:$$missing"; \
				apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
			else \
				echo "Missing system libraries for Qt:$$missing"; \
				echo "Install them with:  sudo apt-get install$$missing"; \
				echo "then run make again."; \
				exit 1; \
			fi; \
		fi; \
	fi
	@touch $@

sysdeps: $(SYSDEPS_STAMP)

# The credential tests against a real Secret Service (tests/integration/test_real_keyring.py):
# a throw-away D-Bus session with gnome-keyring, its login keyring created and unlocked in a
# temporary HOME, so the keyring of whoever runs this is never read or written.
KEYRING_DEBS := gnome-keyring dbus dbus-bin libsecret-tools
KEYRING_DEPS_STAMP := $(VENV)/.keyringdeps
KEYRING_TEST_PASSWORD := ci-keyring-password

.PHONY: test-keyring
test-keyring: $(STAMP) $(KEYRING_DEPS_STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	mkdir -m 700 "$$tmp/run" "$$tmp/data" "$$tmp/config" "$$tmp/cache" && \
	HOME="$$tmp" XDG_DATA_HOME="$$tmp/data" XDG_CONFIG_HOME="$$tmp/config" \
	XDG_CACHE_HOME="$$tmp/cache" XDG_RUNTIME_DIR="$$tmp/run" \
	INSTALLER_APP_REAL_KEYRING=1 QT_QPA_PLATFORM=offscreen \
	dbus-run-session -- sh -c ' \
		set -e; \
		printf "$(KEYRING_TEST_PASSWORD)" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; \
		$(BIN)/python -m pytest -m real_keyring tests/integration/test_real_keyring.py -q'

# gnome-keyring and dbus-run-session: installed when missing and run as root; otherwise say how.
$(KEYRING_DEPS_STAMP):
	@mkdir -p $(VENV)
	@if ! command -v gnome-keyring-daemon >/dev/null 2>&1 || ! command -v dbus-run-session >/dev/null 2>&1; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing the Secret Service for the keyring tests: $(KEYRING_DEBS)"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(KEYRING_DEBS) >/dev/null; \
		else \
			echo "The keyring tests need gnome-keyring and dbus-run-session: install them with"; \
			echo "  sudo apt-get install $(KEYRING_DEBS)"; \
			exit 1; \
		fi; \
	fi
	@touch $@

# The official Rainbow clients (rainbow-node-sdk, rbw; pinned in clients/package-lock.json) against
# the sandbox, through a local TLS front on 127.0.0.1:443 (another port when not root). Needs Node
# and npm; installs into build/clients. The table it prints is docs/official-clients.md.
# `make test-clients CLIENTS_PORT=8443` puts the TLS front on another port.
CLIENTS_PORT ?= 443
.PHONY: test-clients
test-clients: $(STAMP)
	@if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
		echo "The official-client tests need Node.js (20 or later) and npm: install them with"; \
		echo "  sudo apt-get install nodejs npm"; \
		exit 1; \
	fi
	$(BIN)/python clients/run.py --port $(CLIENTS_PORT)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache .pytest_cache

# Everything a fresh Debian machine needs, in two commands: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Qt's xcb/offscreen platforms, Xvfb for screenshots of the real window, poppler for looking at PDFs.
SYSTEM_PACKAGES := libegl1 libgl1 libopengl0 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 \
	libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 \
	libxcb-xinerama0 libxcb-xkb1 libxcb-sync1 libxcb-xfixes0 libxrender1 libxi6 \
	xvfb xauth poppler-utils desktop-file-utils

# Building and testing the installers: objdump/readelf (PyInstaller, the .deb's Depends), CUPS and
# GSSAPI libraries (the print plugin and QtNetwork link them), a Secret Service in a private D-Bus
# session (the keyring check of make package-test), shellcheck (make lint-workflows).
PACKAGE_SYSTEM_PACKAGES := binutils libcups2 libgssapi-krb5-2 gnome-keyring dbus shellcheck
PACKAGE_STAMP := $(VENV)/.installed-package

SOURCES := $(shell find app -name '*.py' 2>/dev/null | sort)
TS_JA := i18n/mail_mamori_ja.ts
TS_EN := i18n/mail_mamori_en.ts
QM := $(TS_JA:.ts=.qm) $(TS_EN:.ts=.qm)

.PHONY: run test setup system-packages translations lupdate lint screenshots bench clean \
	package-setup package-system-packages package-linux package-test lint-workflows icons bench-package

run: setup
	$(PY) -m app

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app/core
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

setup: system-packages $(STAMP) translations

# Installs only what is missing, and only as root on Debian; elsewhere it says what to install.
define ensure_system_packages
	@if [ -f /etc/debian_version ] && command -v dpkg >/dev/null; then \
	  missing=""; \
	  for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	  $(PYTHON) -c 'import venv, ensurepip' >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	  if [ -n "$$missing" ]; then \
	    if [ "$$(id -u)" = 0 ]; then \
	      echo "Installing system packages:$$missing"; \
	      apt-get -o Acquire::Retries=3 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Retries=3 install -y -qq --no-install-recommends $$missing >/dev/null; \
	    else \
	      echo "Missing system packages (run as root: apt-get install$$missing)"; \
	    fi; \
	  fi; \
	fi
endef

system-packages:
	$(call ensure_system_packages,$(SYSTEM_PACKAGES))

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

translations: $(QM)

i18n/%.qm: i18n/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Refresh the .ts files from the sources (run after adding or changing tr() strings).
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete $(SOURCES) -ts $(TS_JA)
	$(BIN)/pyside6-lupdate -locations none -no-obsolete -pluralonly $(SOURCES) -ts $(TS_EN)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app/core

screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots docs/screenshots

# --- installers (packaging/README.md) -------------------------------------------------------

package-setup: setup $(PACKAGE_STAMP) package-system-packages

# Only the Debian packages (as root; the release workflow runs it with sudo).
package-system-packages:
	$(call ensure_system_packages,$(PACKAGE_SYSTEM_PACKAGES))

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install -q -e '.[test,package]'
	touch $@

# The one-folder app (dist/mail-mamori/) and dist/mail-mamori_<version>_<arch>.deb.
package-linux: package-setup
	rm -f dist/mail-mamori_*.deb
	PYTHON=$(PY) packaging/build.sh

# Unpack the .deb, self-test it offscreen, with a Secret Service and under Xvfb, screenshot the
# wizard into dist/screenshot-xvfb.png; as root also install and remove it.
package-test: package-setup
	PYTHON=$(PY) packaging/package_test.sh

# Sizes and start-up time of the Linux build against a minimal frozen QWizard (after package-linux).
bench-package: package-setup
	$(PY) bench/package.py

# The release workflow, offline: GitHub's schema, shellcheck of its scripts, needs/labels/contexts
# (packaging/lint_workflows.py; the real actionlint runs in the workflow itself, on GitHub).
lint-workflows: package-setup
	$(PY) packaging/lint_workflows.py
	shellcheck packaging/*.sh packaging/macos/*.sh

# Re-render the PNG/ICO/ICNS icons from resources/icons/*.svg (the results are committed).
icons: setup
	QT_QPA_PLATFORM=offscreen $(PY) packaging/make_icons.py

# Speed budgets, each against a baseline in the same run (pydnsbl comes with the bench extra).
bench: setup
	$(PY) -m pip install -q -e '.[test,bench]'
	$(PY) -m bench.dns_query_many
	$(PY) -m bench.dnsbl
	$(PY) -m bench.spf
	$(PY) -m bench.password
	$(PY) -m bench.report
	$(PY) -m bench.long_pastes

clean:
	rm -rf build dist i18n/*.qm .pytest_cache .mypy_cache .ruff_cache

# DSR Desk — developer entry points. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint screenshots bench soak clean system-deps dist dist-deps install-desktop bench-bundle translations docs

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Set up and start the desktop app (first run opens the vault wizard).
run: $(STAMP)
	$(PY) -m dsr_desk

## Debian packages the headless test run needs: a real Secret Service keyring, PDF tools, and
## PostgreSQL (the team-mode tests start a throwaway cluster of their own; the system's
## service is not used).
system-deps:
	@if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null \
	    || ! command -v pdftotext >/dev/null; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq gnome-keyring dbus-x11 poppler-utils >/dev/null; \
	fi
	@if ! command -v initdb >/dev/null && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; \
	fi

## Set up and run every test headless, with a throwaway unlocked gnome-keyring; prints coverage.
## The tests run in parallel, one pytest-xdist worker per core (PYTEST_ARGS="-n 0": one process).
test: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen bash tests/with-keyring.sh $(PY) -m pytest -n auto --cov --cov-report=term:skip-covered $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check dsr_desk tests benchmarks tools
	$(VENV)/bin/ruff format --check dsr_desk tests benchmarks tools
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(VENV)/bin/vulture  # dead code; settings and known framework names: [tool.vulture]

## Render the main views with demo data (offscreen), in French and in English, at the default
## size and at 1024x640: docs/screenshots/{fr,en}/*.png and docs/screenshots/{fr,en}/1024x640/.
screenshots: $(STAMP)
	for lang in fr en; do \
	  QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots/$$lang --lang $$lang && \
	  QT_QPA_PLATFORM=offscreen $(PY) tools/screenshots.py docs/screenshots/$$lang/1024x640 \
	      --lang $$lang --size 1024x640 || exit 1; \
	done

## 1000 kill -9 cycles of a committing child; prints what was checked and PASS/FAIL.
soak: $(STAMP) system-deps
	bash tests/with-keyring.sh $(PY) -m tests.crash_harness --cycles $${CYCLES:-1000}

bench: $(STAMP) system-deps
	$(PY) benchmarks/storage.py
	$(PY) benchmarks/documents.py
	$(PY) benchmarks/letters.py
	$(PY) benchmarks/dashboard.py
	$(PY) benchmarks/team.py
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/gui.py

DIST_STAMP := $(VENV)/.dist-installed

$(DIST_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

## PyInstaller reads the libraries' dependencies with objdump (Debian package binutils).
dist-deps:
	@if ! command -v objdump >/dev/null; then \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq binutils >/dev/null; \
	fi

## The app bundle (one folder, PyInstaller): dist/dsr-desk/dsr-desk, checked by --self-test.
dist: $(DIST_STAMP) dist-deps
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build \
	    packaging/dsr-desk.spec
	@du -sh dist/dsr-desk

## The bundle's size and start against the venv's (benchmarks/bundle.py).
bench-bundle: dist
	$(PY) benchmarks/bundle.py

## The launcher, metainfo and icons into the user's XDG folders ($$XDG_DATA_HOME or
## ~/.local/share). The launcher runs dist/dsr-desk/dsr-desk if built, else `dsr-desk`.
install-desktop:
	$(PYTHON) tools/install_desktop.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .import_linter_cache build dist

## Update the .ts sources from the code and compile the .qm (both committed: see tools/translations.py).
translations: $(STAMP)
	$(PY) tools/translations.py

## Copy the user guides from the package (dsr_desk/resources/guides/, the canonical copies the
## Help menu opens) to docs/.
docs:
	$(PYTHON) tools/sync_guides.py

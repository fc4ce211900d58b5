# Hospital Desktop — every set-up step lives here, so a fresh machine needs only Python 3.11+.
#   make demo   open the client on the demo database (embedded PostgreSQL with demo data)
#   make test   run the whole test suite against a throwaway PostgreSQL cluster
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: venv translations demo demo-server demo-stop demo-reset test test-db bench lint package

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

venv: $(STAMP)

# The compiled translations (hospital_desktop/i18n/qm/, build output) from the .ts files translators edit.
translations: $(STAMP)
	$(BIN)/python -m hospital_desktop.i18n.build release

demo: $(STAMP) translations
	$(BIN)/hospital-desktop --demo

demo-server: $(STAMP)
	$(BIN)/python -m server_db.demo_server start

demo-stop: $(STAMP)
	$(BIN)/python -m server_db.demo_server stop

demo-reset: $(STAMP)
	$(BIN)/python -m server_db.demo_server reset

test: $(STAMP) translations
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The database tests alone (used by .ci/run for the second pass on the embedded PostgreSQL 18).
test-db: $(STAMP) translations
	$(BIN)/python -m pytest -m db $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python bench/audit_write.py

lint: $(STAMP)
	$(BIN)/ruff check server_db hospital_desktop migrations tests bench

# The installable one-folder client (pyinstaller, packaging/hospital-desktop.spec) → dist/hospital-desktop/.
package: $(STAMP) translations
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build packaging/hospital-desktop.spec
	QT_QPA_PLATFORM=offscreen dist/hospital-desktop/hospital-desktop --self-check build/self-check.png

# LSP Portal. `make run` sets up and runs the portal with demo data and a worker;
# `make test` sets up and runs the whole test suite. Both need Python 3.11+.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed

.PHONY: setup run test lint worker clean

$(INSTALLED): requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "LSP Portal needs Python 3.11 or newer (set PYTHON=python3.X)")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --requirement requirements.lock
	@touch $@

setup: $(INSTALLED)

# The portal on http://127.0.0.1:8000 with SQLite, a filesystem Celery queue and a
# worker (with the periodic reconciler), all under ./var.
run: setup
	DEBUG=1 $(PY) manage.py migrate --noinput
	DEBUG=1 $(PY) manage.py seed_demo
	DEBUG=1 scripts/run-dev.sh

# Lint, migrations in step with the models, then every test. Browser tests need Debian's
# chromium (they skip, saying so, without it); set DATABASE_URL / REDIS_URL to test on
# PostgreSQL and Redis, as CI does.
test: setup
	$(PY) -m ruff check .
	SECRET_KEY=makemigrations-check $(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

clean:
	rm -rf $(VENV) var

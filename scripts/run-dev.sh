#!/usr/bin/env bash
# Run a Celery worker (with beat, for the reconciler) beside the development server;
# stopping the server stops the worker.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBUG="${DEBUG:-1}"
mkdir -p var
.venv/bin/celery -A lsp_portal worker --beat --schedule var/celerybeat-schedule \
    --queues celery,pdf --concurrency 2 --loglevel INFO > var/worker.log 2>&1 &
worker=$!
trap 'kill "$worker" 2>/dev/null || true; wait "$worker" 2>/dev/null || true' EXIT INT TERM
echo "Worker started (log: var/worker.log). Portal on http://127.0.0.1:8000 — Ctrl+C stops both."
.venv/bin/python manage.py runserver 127.0.0.1:8000

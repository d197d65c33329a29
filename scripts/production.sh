#!/bin/sh
# The production processes, one place for each command line. The Dockerfile and
# docker-compose.yml call this script, and the production smoke test
# (tests/test_production.py) runs the same subcommands, so what CI proves is what runs.
#
#   scripts/production.sh collectstatic   static files, with the manifest storage (image build)
#   scripts/production.sh web             migrate, then gunicorn on $PORT (default 8000)
#   scripts/production.sh worker          short tasks (e-mail, imports) on the celery queue
#   scripts/production.sh worker-pdf      PDFs on their own queue, one at a time
#   scripts/production.sh beat            the periodic tasks (reconcilers, reminders)
set -eu
cd "$(dirname "$0")/.."

case "${1:-}" in
collectstatic)
    # Collecting signs nothing, so an image can be built without the deployment's key.
    SECRET_KEY="${SECRET_KEY:-collectstatic-signs-nothing}" \
        exec python manage.py collectstatic --noinput
    ;;
web)
    python manage.py migrate --noinput
    exec gunicorn lsp_portal.wsgi \
        --bind "0.0.0.0:${PORT:-8000}" \
        --workers "${WEB_WORKERS:-3}" \
        --access-logfile - \
        --error-logfile -
    ;;
worker)
    exec celery -A lsp_portal worker --queues celery --concurrency "${WORKER_CONCURRENCY:-2}" \
        --loglevel INFO
    ;;
worker-pdf)
    # One PDF at a time per process, and processes recycled when they grow.
    exec celery -A lsp_portal worker --queues pdf --concurrency 1 --prefetch-multiplier 1 \
        --max-memory-per-child "${CELERY_MAX_MEMORY_KB:-400000}" --loglevel INFO
    ;;
beat)
    exec celery -A lsp_portal beat --schedule "${VAR_DIR:-var}/celerybeat-schedule" \
        --loglevel INFO
    ;;
*)
    echo "usage: $0 collectstatic|web|worker|worker-pdf|beat" >&2
    exit 2
    ;;
esac

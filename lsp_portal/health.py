"""``/healthz``: is this web process able to serve? For load balancers and Docker.

It answers before every other middleware, because a health check comes from the
machine itself: over plain HTTP (no HTTPS redirect), with the container's own address as
its host (not one of ALLOWED_HOSTS), with no session. It says only "ok" or which part is
unreachable, so it tells an outsider nothing worth hiding.
"""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse

from lsp_portal.celery import app as celery_app

logger = logging.getLogger(__name__)

HEALTH_PATH = "/healthz"


def database_reachable() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except Exception:
        logger.exception("Health check: the database is unreachable")
        return False


def broker_reachable() -> bool:
    try:
        with celery_app.connection_for_write() as broker:
            broker.ensure_connection(max_retries=1, interval_start=0, timeout=2)
        return True
    except Exception:
        logger.exception("Health check: the broker is unreachable")
        return False


def cache_reachable() -> bool:
    """With Redis configured, sessions and the tenancy cache live there: no page without it."""
    try:
        cache.get("healthz")
        return True
    except Exception:
        logger.exception("Health check: the cache is unreachable")
        return False


def health() -> JsonResponse:
    checks = {
        "database": database_reachable(),
        "broker": broker_reachable(),
        "cache": cache_reachable(),
    }
    healthy = all(checks.values())
    body = {"status": "ok" if healthy else "unavailable"}
    body.update({name: "ok" if ok else "unreachable" for name, ok in checks.items()})
    response = JsonResponse(body, status=200 if healthy else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == HEALTH_PATH and request.method in ("GET", "HEAD"):
            return health()
        return self.get_response(request)

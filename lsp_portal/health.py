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


def _ping_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _ping_broker() -> None:
    with celery_app.connection_for_write() as broker:
        broker.ensure_connection(max_retries=1, interval_start=0, timeout=2)


def _ping_cache() -> None:
    # With Redis configured, sessions and the tenancy cache live there: no page without it.
    cache.get("healthz")


PROBES = {"database": _ping_database, "broker": _ping_broker, "cache": _ping_cache}


def reachable(name: str) -> bool:
    try:
        PROBES[name]()
        return True
    except Exception:
        logger.exception("Health check: the %s is unreachable", name)
        return False


def health() -> JsonResponse:
    checks = {name: reachable(name) for name in PROBES}
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

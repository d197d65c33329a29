"""/healthz: what Docker and a load balancer ask before sending a web process traffic."""

import pytest

from lsp_portal.celery import app as celery_app


@pytest.mark.django_db
def test_health_check_answers_ok_over_plain_http_by_any_host_name(client):
    response = client.get("/healthz", HTTP_HOST="10.0.0.7", secure=False)
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_health_check_says_which_part_is_unreachable(client, monkeypatch):
    # A port nothing listens on: the broker is down.
    monkeypatch.setattr(celery_app.conf, "broker_url", "redis://127.0.0.1:9/0")
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "database": "ok",
        "broker": "unreachable",
        "cache": "ok",
    }

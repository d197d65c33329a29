"""Settings come from the environment; production refuses to start without a secret key."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-long-random-production-secret-key-with-plenty-of-entropy-1234567890",
    "ALLOWED_HOSTS": "lsp-portal.example.org",
    "DJANGO_SETTINGS_MODULE": "lsp_portal.settings",
}


# What a fresh deployment's environment would not have: this suite's own variables.
NOT_IN_DEPLOYMENT = {
    "SECRET_KEY",
    "DEBUG",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DATABASE_URL",
    "REDIS_URL",
    "VAR_DIR",
}


def python(*args, env):
    """Run Python in the checkout with only the given settings in its environment."""
    clean = {k: v for k, v in os.environ.items() if k not in NOT_IN_DEPLOYMENT}
    return subprocess.run(  # noqa: S603
        [sys.executable, *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deployment_checks_with_no_warnings():
    result = python("manage.py", "check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {**PRODUCTION}
    del env["SECRET_KEY"]
    result = python("manage.py", "check", env=env)
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_laptop_defaults_use_sqlite_and_a_filesystem_queue(tmp_path):
    code = (
        "from django.conf import settings as s;"
        "print(s.DATABASES['default']['ENGINE'], s.CELERY_BROKER_URL, s.DATABASES['default']"
        "['CONN_MAX_AGE'])"
    )
    env = {"DEBUG": "1", "DJANGO_SETTINGS_MODULE": "lsp_portal.settings", "VAR_DIR": str(tmp_path)}
    result = python("-c", f"import django; django.setup(); {code}", env=env)
    assert result.stdout.split() == ["django.db.backends.sqlite3", "filesystem://", "600"], (
        result.stderr
    )


def test_pdf_timeouts_are_ordered_so_no_job_runs_twice_or_is_lost(settings):
    """Redis hands an unacknowledged task back after the visibility timeout: it must outlast
    any render, and so must the lease, or a slow job would be given to a second worker."""
    from lsp_portal import settings as portal

    longest_render = portal.PDF_RENDER_WALL_SECONDS
    assert portal.PDF_LEASE_SECONDS > longest_render
    assert portal.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] > portal.PDF_LEASE_SECONDS
    assert portal.CELERY_TASK_ACKS_LATE and portal.CELERY_TASK_REJECT_ON_WORKER_LOST
    assert portal.CELERY_WORKER_PREFETCH_MULTIPLIER == 1
    assert portal.CELERY_TASK_ROUTES["documents.tasks.render_document"] == {"queue": "pdf"}

"""Settings for the test suite: production settings (DEBUG off) with test conveniences."""

import os
from pathlib import Path

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("VAR_DIR", str(Path(__file__).resolve().parent.parent / "var" / "test"))

from lsp_portal.settings import *  # noqa: E402,F403

ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The live server for browser tests speaks plain http on loopback.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Browser tests run with DEBUG off; serve static files without a collectstatic step.
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Keys of the test suite (and its worker processes) apart from a portal using the same
# Redis database; tests.conftest also starts every test with an empty tenancy cache.
if CACHE_URL:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = "lsp-portal-tests"  # noqa: F405
# Roles and LSP rows are read from the database, so that a page's queries do not depend on
# what an earlier request left in the cache; the tests of the cache (and of the pages'
# query budgets with it) turn it on with the ``cached_tenancy`` fixture.
TENANCY_CACHE_SECONDS = 0

"""Personas named after DOMAIN.md's roles, and the worlds they live in."""

import uuid

import pytest
from django.core.management import call_command

from lsp_portal.permissions import RoleName
from tenancy.models import LSP
from tests.factories import LSPFactory, RoleFactory, UserFactory, area


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _fresh_tenancy_cache():
    """No role set, LSP row or LAA overview cached by an earlier test (ids are reused
    between tests on SQLite, and between runs on PostgreSQL) is ever read."""
    from laa import caches as laa_caches
    from tenancy import caches

    caches.new_epoch()
    laa_caches.new_epoch()


@pytest.fixture
def cached_tenancy(settings):
    """The tenancy cache and cached sessions on, as in production with Redis. Without
    REDIS_URL, a memory cache of this test's own stands in (one process, one cache)."""
    if not settings.CACHE_URL:
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": f"tests-{uuid.uuid4().hex}",
            }
        }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    settings.TENANCY_CACHE_SECONDS = 300


@pytest.fixture
def herts(db):
    return LSPFactory(
        slug="hertfordshire",
        name="Hertfordshire Forward",
        area=area("E10000015"),
        level=LSP.Level.COUNTY,
    )


@pytest.fixture
def north_herts(db, herts):
    return LSPFactory(
        slug="north-hertfordshire",
        name="North Hertfordshire Partnership",
        area=area("E07000099"),
        level=LSP.Level.DISTRICT,
        county_lsp=herts,
        working_model=LSP.WorkingModel.ADDED_VALUE,
    )


@pytest.fixture
def camden(db):
    return LSPFactory(
        slug="camden",
        name="Camden Partnership Board",
        area=area("E09000007"),
        level=LSP.Level.UNITARY,
    )


def person_with_role(lsp, role, email):
    user = UserFactory(email=email)
    RoleFactory(lsp=lsp, user=user, role=role)
    return user


@pytest.fixture
def herts_coordinator(herts):
    return person_with_role(herts, RoleName.COORDINATOR, "herts-coordinator@example.org")


@pytest.fixture
def herts_partner(herts):
    return person_with_role(herts, RoleName.PARTNER, "herts-partner@example.org")


@pytest.fixture
def camden_coordinator(camden):
    return person_with_role(camden, RoleName.COORDINATOR, "camden-coordinator@example.org")


@pytest.fixture
def demo_data(db):
    call_command("seed_demo", "--without-packs", stdout=open("/dev/null", "w"))  # noqa: SIM115

"""The LAA overview's tables, kept in the cache between requests.

Building the overview's rows (RAG, direction, late figures, sparklines, the reward grant
forecast) and rendering their tables is most of the page's time, and the same for every
reader with the same capabilities. So the rendered tables are kept, and only while
``settings.TENANCY_CACHE_SECONDS`` is above 0 (a shared cache, Redis; see
``lsp_portal.cache``).

An entry is keyed by what the tables show that is not data: the LSP and its address,
whether the reader may manage the LAA (the "Change" and "Add a target" links), the years,
the amber tolerance and today's date (late figures and RAG move with the date, so an
entry never outlives its day). Everything else they show is data, covered by two
generations that every write replaces:

- the LSP's LAA generation: any save or delete of its blocks, outcomes, targets, target
  years, figures, indicator corrections, local indicators, performance settings, the
  agreement, or a partnership (an outcome shows its lead partnership's name). Writes
  that send no signal (bulk creates and updates) call ``forget`` themselves:
  ``measurements_import`` and ``blocks_ensure_defaults``;
- the library generation: any save or delete of a national indicator, and every
  ``migrate`` (a data migration's historical models send no signals we hear).

A stale RAG on an accountability dashboard is worse than a slow one: each write path has a
test in tests/laa/test_overview_cache.py. Entries also expire after
``TENANCY_CACHE_SECONDS``, which bounds a write that bypasses the ORM (raw SQL).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable

from django.db.models.signals import post_delete, post_migrate, post_save

from laa.models import (
    Block,
    Indicator,
    IndicatorCorrection,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PerformanceSettings,
    Target,
    TargetYear,
)
from lsp_portal import cache
from partnerships.models import Partnership

# Bump when the overview's tables change shape, so a deploy never serves the old markup.
VERSION = "v1"
LIBRARY_KEY = f"laa:{VERSION}:library"

logger = logging.getLogger(__name__)


def _generation_key(lsp_id) -> str:
    return f"laa:{VERSION}:lsp:{lsp_id}:generation"


def overview_tables(*, lsp, variant: Iterable, render: Callable[[], str]) -> str:
    """The overview's rendered tables for this LSP and variant (what they show that is not
    data), from the cache while no write has changed the LSP's LAA data."""
    key = ":".join(str(part) for part in ("laa", VERSION, "lsp", lsp.pk, "overview", *variant))
    entry = cache.Entry(key=key, generations=(_generation_key(lsp.pk), LIBRARY_KEY), read=render)
    return cache.read_through(entry)[0]


def forget(lsp_ids) -> None:
    """These LSPs' overviews are built afresh: now, and again once this transaction commits."""
    cache.renew(_generation_key(lsp_id) for lsp_id in set(lsp_ids) if lsp_id is not None)


def forget_library() -> None:
    cache.renew([LIBRARY_KEY])


def new_epoch() -> None:
    """Every overview cached so far is a miss from now on (used between tests)."""
    from django.core.cache import cache as django_cache

    django_cache.set(LIBRARY_KEY, uuid.uuid4().hex, timeout=None)


# --- receivers: flush on every write ----------------------------------------


def _lsp_data_changed(sender, instance, **kwargs):
    forget([instance.lsp_id])


def _indicator_changed(sender, instance, **kwargs):
    # A local indicator is one LSP's; a national one is in every LSP's overview.
    if instance.lsp_id is None:
        forget_library()
    else:
        forget([instance.lsp_id])


def _migrated(sender, **kwargs):
    # Best effort: a release step may run migrate without the cache in reach, and every
    # entry expires after TENANCY_CACHE_SECONDS anyway.
    try:
        forget_library()
    except Exception:  # any cache failure: the migrations are applied all the same
        logger.warning("Could not flush the LAA overview's cached tables after migrate")


def connect(app_config) -> None:
    owned = (
        Block,
        IndicatorCorrection,
        LocalAreaAgreement,
        Measurement,
        Outcome,
        Partnership,
        PerformanceSettings,
        Target,
        TargetYear,
    )
    for model in owned:
        name = model.__name__
        post_save.connect(_lsp_data_changed, sender=model, dispatch_uid=f"laa-cache-{name}")
        post_delete.connect(_lsp_data_changed, sender=model, dispatch_uid=f"laa-cache-{name}-del")
    post_save.connect(_indicator_changed, sender=Indicator, dispatch_uid="laa-cache-indicator")
    post_delete.connect(_indicator_changed, sender=Indicator, dispatch_uid="laa-cache-ind-del")
    post_migrate.connect(_migrated, sender=app_config, dispatch_uid="laa-cache-migrate")

"""Entries kept in the cache between requests, each valid only under the generations it
was read under (the people's roles, the signed-in person's own row, an LSP's row).

A write replaces the generation an entry depends on, at once (for readers inside the same
transaction) and again when the transaction commits (for readers who read the old rows in
between). An entry read before the write, even one a slower request stores after it,
carries the old generation and is never used again. Every entry a request needs is read,
with its generations, in one round trip to the cache.

Nothing is cached while ``settings.TENANCY_CACHE_SECONDS`` is 0 (a laptop, where each
process would have a cache of its own and could not tell the others of a write).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction


def seconds() -> int:
    return settings.TENANCY_CACHE_SECONDS


def enabled() -> bool:
    return seconds() > 0


@dataclass(frozen=True)
class Entry:
    """One value to read through the cache: its key, the generation keys it depends on,
    how to read it afresh, and whether a fresh value may be kept."""

    key: str
    generations: tuple[str, ...]
    read: Callable[[], Any]
    keep: Callable[[Any], bool] = lambda value: True


def _token(key: str, found: str | None) -> str:
    """The current value of a generation key, making one if it is missing or evicted (a
    new token only turns existing entries into misses, never into hits)."""
    if found:
        return found
    token = uuid.uuid4().hex
    if cache.add(key, token, timeout=None):
        return token
    return cache.get(key) or token


def read_through(*entries: Entry) -> list:
    """The entries' values, from the cache where still valid, else read afresh and kept."""
    if not enabled():
        return [entry.read() for entry in entries]
    keys = {key for entry in entries for key in (entry.key, *entry.generations)}
    found = cache.get_many(list(keys))
    tokens = {}
    values, fresh = [], {}
    for entry in entries:
        for key in entry.generations:
            if key not in tokens:
                tokens[key] = _token(key, found.get(key))
        expected = tuple(tokens[key] for key in entry.generations)
        hit = found.get(entry.key)
        if hit is not None and hit[0] == expected:
            values.append(hit[1])
            continue
        value = entry.read()
        if entry.keep(value):
            fresh[entry.key] = (expected, value)
        values.append(value)
    if fresh:
        cache.set_many(fresh, timeout=seconds())
    return values


def renew(generation_keys: Iterable[str]) -> None:
    """Every entry depending on these generations is read afresh: now, and again once the
    transaction commits."""
    if not enabled():
        return
    keys = list(generation_keys)
    if not keys:
        return

    def replace():
        cache.set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)

    replace()
    transaction.on_commit(replace)

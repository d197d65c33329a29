"""The kinds of document the portal builds, each declared by the app that owns its data.

``documents`` knows no feature app: an app registers its kinds (and, for a composite
document such as the board pack, the sections that go into it) in its own
``documents.py``, which ``DocumentsConfig.ready`` imports for every installed app. One
request view, one task and one renderer then serve every kind.

    # strategies/documents.py
    STRATEGY = register(DocumentKind(
        slug="strategy",
        label="Sustainable Community Strategy",
        template="documents/pdf/strategy.html",
        context=strategy_context,
    ))

A kind with a ``capability`` is offered on the LSP's Documents page to those who hold it;
one without is made only by its app (the strategy PDF, on adoption).

A kind whose documents are of one thing (a meeting's board pack) is not ``listed`` on the
Documents page: its app shows it where that thing is, and decides who reads it. Such a kind
may bring its own ``build``, which does more than render one template (two editions,
appended papers) and keeps what it made in its app's own tables.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils import timezone


@dataclass(frozen=True)
class DocumentSection:
    """One part of a composite document, in ``order``: its heading, the template
    included for it and what that template needs."""

    slug: str
    title: str
    order: int
    template: str
    context: Callable  # (document) -> dict


@dataclass(frozen=True)
class Built:
    """What a kind's own ``build`` made. ``keep`` runs in the transaction that records the
    document as ready, and only if this worker's claim on it is still current."""

    seconds: float
    keep: Callable  # (document) -> None


@dataclass(frozen=True)
class DocumentKind:
    slug: str  # kept in Document.kind; at most 30 characters
    label: str
    template: str
    context: Callable  # (document) -> dict
    capability: str | None = None  # who may ask for it on the Documents page
    button: str = ""  # its button there, "Make an LSP summary PDF"
    listed: bool = True  # shown, and downloadable, on the LSP's Documents page
    # (document, step) -> Built, where step("2 of 5: members' edition") reports progress
    # and keeps the job's lease. Without it, the template is rendered to document.file.
    build: Callable | None = None
    sections: dict[str, DocumentSection] = field(default_factory=dict, compare=False)


_kinds: dict[str, DocumentKind] = {}


def register(kind: DocumentKind) -> DocumentKind:
    if kind.capability and kind.listed and not kind.button:
        raise ValueError(f"A kind asked for on the Documents page needs a button: {kind.slug!r}")
    if len(kind.slug) > 30:
        raise ValueError(f"A document kind's slug has at most 30 characters: {kind.slug!r}")
    if kind.slug in _kinds and _kinds[kind.slug] != kind:
        raise ValueError(f"Two apps declare the document kind {kind.slug!r}")
    return _kinds.setdefault(kind.slug, kind)


def register_section(kind_slug: str, section: DocumentSection) -> DocumentSection:
    """Add a section to a composite kind (the app owning the section's data calls this)."""
    kind_of(kind_slug).sections[section.slug] = section
    return section


def kind_of(slug: str) -> DocumentKind:
    try:
        return _kinds[slug]
    except KeyError:
        raise LookupError(f"No app declares the document kind {slug!r}") from None


def listed_kinds() -> list[str]:
    return [slug for slug, kind in _kinds.items() if kind.listed]


def label_of(slug: str) -> str:
    kind = _kinds.get(slug)
    return kind.label if kind else slug


def requestable_by(access) -> list[DocumentKind]:
    """The kinds this person may ask for in this LSP, in label order."""
    return sorted(
        (k for k in _kinds.values() if k.listed and k.capability and access.can(k.capability)),
        key=lambda k: k.label,
    )


def sections_of(kind: DocumentKind) -> list[DocumentSection]:
    return sorted(kind.sections.values(), key=lambda s: (s.order, s.slug))


def content_of(document, **extra) -> tuple[str, dict]:
    """The template and context that build this document. Every kind's template gets the
    document, its LSP and when it was made; a composite one also gets ``sections``, each
    with its own ``context``, in order. ``extra`` is passed to the kind's context."""
    kind = kind_of(document.kind)
    context = {
        "document": document,
        "lsp": document.lsp,
        "generated_at": timezone.now(),
        **kind.context(document, **extra),
    }
    if kind.sections:
        context["sections"] = [
            {"section": section, "context": section.context(document)}
            for section in sections_of(kind)
        ]
    return kind.template, context

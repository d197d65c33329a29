"""What goes into each kind of document: a template and its context."""

from django.utils import timezone

from documents.models import Document
from partnerships import selectors


def for_document(document: Document) -> tuple[str, dict]:
    if document.kind == Document.Kind.LSP_SUMMARY:
        return "documents/pdf/lsp_summary.html", lsp_summary_context(document)
    if document.kind == Document.Kind.STRATEGY:
        return "documents/pdf/strategy.html", strategy_context(document)
    raise ValueError(f"No content for document kind {document.kind!r}")


def lsp_summary_context(document: Document) -> dict:
    lsp = document.lsp
    return {
        "lsp": lsp,
        "area": lsp.area,
        "district_lsps": list(lsp.district_lsps.order_by("name")),
        "people_by_role": selectors.people_by_role(lsp=lsp),
        "generated_at": timezone.now(),
        "document": document,
    }


def strategy_context(document: Document) -> dict:
    """The LSP's adopted strategy, as published."""
    from strategies.selectors import adopted_strategy, priorities_of

    strategy = adopted_strategy(lsp=document.lsp)
    return {
        "lsp": document.lsp,
        "strategy": strategy,
        "priorities": priorities_of(strategy) if strategy else [],
        "generated_at": timezone.now(),
        "document": document,
    }

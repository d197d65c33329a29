"""The strategy's documents: the adopted strategy as published (documents.registry).
It is made when a version is adopted, not asked for on the Documents page."""

from documents.registry import DocumentKind, register
from strategies.selectors import adopted_strategy, priorities_of


def strategy_context(document) -> dict:
    """The LSP's adopted strategy, as published."""
    strategy = adopted_strategy(lsp=document.lsp)
    return {
        "strategy": strategy,
        "priorities": priorities_of(strategy) if strategy else [],
    }


STRATEGY = register(
    DocumentKind(
        slug="strategy",
        label="Sustainable Community Strategy",
        template="documents/pdf/strategy.html",
        context=strategy_context,
    )
)

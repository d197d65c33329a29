"""The strategy's section of an LSP's navigation (lsp_portal.navigation)."""

from lsp_portal.navigation import NavSection

SECTIONS = (NavSection("strategies", "Strategy", "strategies:home", 30),)


def section_of(url_name: str) -> str:
    # The published strategy is one of the LSP's published pages.
    return "public" if url_name.startswith("public") else "strategies"

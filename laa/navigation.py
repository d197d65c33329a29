"""The LAA's section of an LSP's navigation (lsp_portal.navigation)."""

from lsp_portal.navigation import NavSection

SECTIONS = (NavSection("laa", "LAA", "laa:overview", 40),)


def section_of(url_name: str) -> str:
    return "laa"

"""The documents' section of an LSP's navigation (lsp_portal.navigation)."""

from lsp_portal import permissions
from lsp_portal.navigation import NavSection

SECTIONS = (NavSection("documents", "Documents", "documents:list", 70, permissions.VIEW_DOCUMENTS),)


def section_of(url_name: str) -> str:
    return "documents"

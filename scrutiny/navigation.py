"""Scrutiny's section of an LSP's navigation (lsp_portal.navigation)."""

from lsp_portal import permissions
from lsp_portal.navigation import NavSection

SECTIONS = (
    NavSection("scrutiny", "Scrutiny", "scrutiny:committees", 45, permissions.VIEW_SCRUTINY),
)


def section_of(url_name: str) -> str:
    return "scrutiny"

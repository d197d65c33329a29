"""The shape of an LSP's navigation: each app declares its own sections in its
``navigation.py`` (``SECTIONS``, and ``section_of`` where its pages are not all in one
section), and the top floor (``portal.navigation``) puts them in order for each page."""

from dataclasses import dataclass

from lsp_portal import permissions


@dataclass(frozen=True)
class NavSection:
    key: str  # what a page's section is called (section_of)
    label: str
    url_name: str  # reversed with the LSP's slug
    order: int
    capability: str = permissions.PUBLIC  # shown to those who hold it

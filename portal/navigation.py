"""An LSP's navigation: the sections each app declares (lsp_portal.navigation), in order,
those the person may use, with the one the page belongs to marked."""

from dataclasses import dataclass

from django.urls import reverse

from documents import navigation as documents_navigation
from laa import navigation as laa_navigation
from lsp_portal.navigation import NavSection
from partnerships import navigation as partnerships_navigation
from scrutiny import navigation as scrutiny_navigation
from strategies import navigation as strategies_navigation

HOME = NavSection("home", "Home", "portal:lsp-home", 10)

# Each namespace's pages are placed by the app that owns them.
SECTION_OF = {
    "portal": lambda url_name: "home",
    "partnerships": partnerships_navigation.section_of,
    "strategies": strategies_navigation.section_of,
    "laa": laa_navigation.section_of,
    "scrutiny": scrutiny_navigation.section_of,
    "documents": documents_navigation.section_of,
}
SECTIONS = sorted(
    (
        HOME,
        *partnerships_navigation.SECTIONS,
        *strategies_navigation.SECTIONS,
        *laa_navigation.SECTIONS,
        *scrutiny_navigation.SECTIONS,
        *documents_navigation.SECTIONS,
    ),
    key=lambda section: section.order,
)


@dataclass(frozen=True)
class NavItem:
    label: str
    href: str
    current: bool


def section_of(match) -> str:
    if match is None or match.namespace not in SECTION_OF:
        return ""
    return SECTION_OF[match.namespace](match.url_name)


def lsp_navigation(request) -> list[NavItem]:
    """The sections of the request's LSP the person may use, the page's own marked."""
    current = section_of(getattr(request, "resolver_match", None))
    return [
        NavItem(
            section.label,
            reverse(section.url_name, args=[request.lsp.slug]),
            section.key == current,
        )
        for section in SECTIONS
        if request.lsp_access.can(section.capability)
    ]

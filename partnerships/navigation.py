"""The partnerships' sections of an LSP's navigation (lsp_portal.navigation)."""

from lsp_portal import permissions
from lsp_portal.navigation import NavSection

SECTIONS = (
    NavSection("structure", "Structure", "partnerships:structure", 20, permissions.VIEW_STRUCTURE),
    NavSection("meetings", "Meetings", "partnerships:meetings", 50, permissions.VIEW_MEETINGS),
    NavSection("people", "People", "partnerships:people", 60, permissions.MANAGE_PEOPLE),
    NavSection("public", "Published", "partnerships:public-home", 80),
)

# Pages whose section is not the one their name begins with.
SECTION_OF_PAGE = {
    "people": "people",
    "invite": "people",
    "end-role": "people",
    "attendance": "meetings",
}
STRUCTURE_PREFIXES = (
    "structure",
    "partnership",
    "membership",
    "organisation",
    "person",
    "attendance",
)
MEETINGS_PREFIXES = (
    "meeting",
    "agenda",
    "decision",
    "declaration",
    "minutes",
    "action",
    "forward-plan",
    "planned",
)


def section_of(url_name: str) -> str:
    if url_name in SECTION_OF_PAGE:
        return SECTION_OF_PAGE[url_name]
    if url_name.startswith(("public", "open-data")):
        return "public"
    if url_name.startswith(MEETINGS_PREFIXES):
        return "meetings"
    if url_name.startswith(STRUCTURE_PREFIXES):
        return "structure"
    return ""

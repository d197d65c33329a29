from lsp_portal.permissions import RoleName


def portal(request):
    """Header furniture: the LSP switcher lists the person's partnerships (from the role
    set the tenancy check read, so no query of its own)."""
    context = {"service_name": "LSP Portal", "RoleName": RoleName}
    access = getattr(request, "lsp_access", None)
    if access is not None:
        context["access_capabilities"] = access.capabilities
        context["nav_section"] = _nav_section(request)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        from lsp_portal.tenancy import role_set_of_request

        # The same role set the tenancy check read: no query of its own.
        context["switcher_partnerships"] = role_set_of_request(request).partnerships
    return context


# URL names (namespace:name) whose navigation item is not the namespace's own.
NAV_SECTIONS = {
    "partnerships:lsp-home": "home",
    "partnerships:people": "people",
    "partnerships:invite": "people",
    "partnerships:end-role": "people",
    "partnerships:attendance": "meetings",
}


# Other partnerships pages belong to the meetings or the structure section.
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


def _nav_section(request) -> str:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return ""
    if match.view_name in NAV_SECTIONS:
        return NAV_SECTIONS[match.view_name]
    if match.url_name.startswith(("public", "open-data")):
        return "public"
    if match.namespace == "partnerships" and match.url_name.startswith(MEETINGS_PREFIXES):
        return "meetings"
    if match.namespace == "partnerships" and match.url_name.startswith(STRUCTURE_PREFIXES):
        return "structure"
    return match.namespace

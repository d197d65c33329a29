from lsp_portal.permissions import RoleName
from portal.navigation import lsp_navigation
from tenancy.access import role_set_of_request


def portal(request):
    """Header furniture: the LSP's navigation, and the switcher listing the person's
    partnerships (from the role set the tenancy check read, so no query of its own)."""
    context = {"service_name": "LSP Portal", "RoleName": RoleName}
    access = getattr(request, "lsp_access", None)
    if access is not None:
        context["access_capabilities"] = access.capabilities
        context["lsp_navigation"] = lsp_navigation(request)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        context["switcher_partnerships"] = role_set_of_request(request).partnerships
    return context

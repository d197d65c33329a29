"""Scrutiny's panel on an organisation's page (laa.organisation_panels): the information
requests sent to it, so a partner finds what to answer on My organisation."""

from django.utils import timezone

from laa import organisation_panels
from lsp_portal import permissions
from scrutiny import selectors


def requests_panel(request, organisation, answers: bool) -> dict:
    if not request.lsp_access.can(permissions.VIEW_SCRUTINY):
        return {"organisation": organisation, "requests": [], "answers": False}
    today = timezone.localdate()
    return {
        "organisation": organisation,
        "answers": answers,
        "requests": selectors.with_overdue(selectors.requests_to(organisation=organisation), today),
    }


def register() -> None:
    organisation_panels.register(
        organisation_panels.OrganisationPanel(
            template="scrutiny/includes/organisation_requests.html", context=requests_panel
        )
    )

"""Panels that apps above the LAA add to an organisation's page ("My organisation"), such
as scrutiny's information requests to answer. The app that owns the data registers its
panel (a template and a function that gives its context) in its AppConfig.ready."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class OrganisationPanel:
    template: str
    # (request, organisation, answers) -> the template's context; ``answers`` says whether
    # the reader speaks for the organisation (represents it, or coordinates the LSP).
    context: Callable[..., dict]


_PANELS: list[OrganisationPanel] = []


def register(panel: OrganisationPanel) -> None:
    _PANELS.append(panel)


def panels_for(request, organisation, *, answers: bool) -> list[dict]:
    return [
        {"template": panel.template, "context": panel.context(request, organisation, answers)}
        for panel in _PANELS
    ]

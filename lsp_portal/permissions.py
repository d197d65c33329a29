"""Who may do what in an LSP: every capability, and the roles that hold it.

This is the permission matrix of DOMAIN.md in code. Views name one capability through
``tenancy.access.lsp_view``; templates receive the answer (``request.lsp_access``)
and never work it out again. Object grants that refine a role (the chair of a
partnership, an organisation accountable for an outcome) are django-guardian
permissions on that object and are checked in each app's ``permissions.py``.

Add a capability here, give it its roles, and declare every URL that uses it in
``tests/permission_table.py``; the permission harness fails on any URL it does not know.
"""

from django.db import models


class RoleName(models.TextChoices):
    COORDINATOR = "coordinator", "Coordinator"
    EXECUTIVE = "executive", "Executive member"
    PARTNER = "partner", "Partner member"
    SCRUTINEER = "scrutineer", "Scrutineer"
    MP = "mp", "MP"


ALL_ROLES = frozenset(RoleName)

# Capabilities. ``PUBLIC`` pages are readable by anyone, signed in or not.
PUBLIC = "public"
VIEW_LSP = "lsp.view"
MANAGE_PEOPLE = "people.manage"
VIEW_STRUCTURE = "structure.view"
VIEW_MEETINGS = "meetings.view"
MANAGE_MEETINGS = "meetings.manage"
APPROVE_MINUTES = "meetings.approve_minutes"
VIEW_ACTION_LOG = "meetings.action_log"
MANAGE_STRUCTURE = "structure.manage"
VIEW_STRATEGY_DRAFTS = "strategy.view_drafts"
MANAGE_STRATEGY = "strategy.manage"
ADOPT_STRATEGY = "strategy.adopt"
CONTRIBUTE_TO_STRATEGY = "strategy.contribute"
COMMENT_ON_STRATEGY = "strategy.comment"
VIEW_LAA = "laa.view"
VIEW_LAA_DRAFTS = "laa.view_drafts"
MANAGE_LAA = "laa.manage"
SUBMIT_FIGURES = "laa.submit_figures"
SIGN_AGREEMENTS = "laa.sign_agreements"
LOG_ACTIONS = "laa.log_actions"
VIEW_SCRUTINY = "scrutiny.view"
MANAGE_COMMITTEES = "scrutiny.manage_committees"
RUN_REVIEWS = "scrutiny.run_reviews"
ANSWER_REQUESTS = "scrutiny.answer_requests"
VIEW_DOCUMENTS = "documents.view"
PRODUCE_DOCUMENTS = "documents.produce"

CAPABILITY_ROLES: dict[str, frozenset[str]] = {
    PUBLIC: ALL_ROLES,
    VIEW_LSP: ALL_ROLES,
    # Change the structure; invite users; grant roles. The chair of a partnership manages
    # its memberships through an object grant (partnerships.permissions).
    MANAGE_PEOPLE: frozenset({RoleName.COORDINATOR}),
    VIEW_STRUCTURE: ALL_ROLES,
    MANAGE_STRUCTURE: frozenset({RoleName.COORDINATOR}),
    # Every role reads meetings; which meetings and items is refined per meeting in
    # partnerships.permissions (private meetings, confidential items).
    VIEW_MEETINGS: ALL_ROLES,
    MANAGE_MEETINGS: frozenset({RoleName.COORDINATOR}),
    # Minutes are approved by an executive member at the next meeting; the coordinator
    # who wrote them does not approve them.
    APPROVE_MINUTES: frozenset({RoleName.EXECUTIVE}),
    # The action log is who does what for the partnership: MPs are briefed, not tasked,
    # and the matrix gives them no part in actions.
    VIEW_ACTION_LOG: ALL_ROLES - {RoleName.MP},
    # Everyone with a role reads the adopted strategy; drafts are for those who shape it,
    # not for MPs (who, like the public, read what is adopted).
    VIEW_STRATEGY_DRAFTS: ALL_ROLES - {RoleName.MP},
    MANAGE_STRATEGY: frozenset({RoleName.COORDINATOR}),
    # Partners add engagement activities and neighbourhood plans for their own organisation
    # (strategies.permissions); coordinators for any.
    CONTRIBUTE_TO_STRATEGY: frozenset({RoleName.COORDINATOR, RoleName.PARTNER}),
    # Executive members comment on drafts (DOMAIN.md's matrix), as coordinators may.
    COMMENT_ON_STRATEGY: frozenset({RoleName.COORDINATOR, RoleName.EXECUTIVE}),
    # Executive members adopt; coordinators record an adoption made at a meeting.
    ADOPT_STRATEGY: frozenset({RoleName.COORDINATOR, RoleName.EXECUTIVE}),
    # Every role reads the LAA set-up; MPs read it once it is signed (published).
    VIEW_LAA: ALL_ROLES,
    VIEW_LAA_DRAFTS: ALL_ROLES - {RoleName.MP},
    MANAGE_LAA: frozenset({RoleName.COORDINATOR}),
    # Partners submit figures and log actions only for outcomes their organisation is
    # accountable for: a grant a signed partnership agreement gives (laa.permissions).
    SUBMIT_FIGURES: frozenset({RoleName.COORDINATOR, RoleName.PARTNER}),
    LOG_ACTIONS: frozenset({RoleName.COORDINATOR, RoleName.PARTNER}),
    # Executive members and partners sign for the organisation they represent; coordinators
    # record a signature given on paper.
    SIGN_AGREEMENTS: frozenset({RoleName.COORDINATOR, RoleName.EXECUTIVE, RoleName.PARTNER}),
    # Scrutiny is read by everyone who takes part in it: coordinators read, executive
    # members and partners answer, scrutineers run it. MPs have no part in it (DOMAIN.md);
    # the public reads published reports.
    VIEW_SCRUTINY: ALL_ROLES - {RoleName.MP},
    # The coordinator records the committees the council(s) set up and who sits on them;
    # a scrutineer works on the committees they sit on (an object grant, scrutiny.permissions).
    MANAGE_COMMITTEES: frozenset({RoleName.COORDINATOR}),
    # Scrutineers propose and run reviews; each change is refused unless they sit on the
    # review's committee (scrutiny.permissions.works_on).
    RUN_REVIEWS: frozenset({RoleName.SCRUTINEER}),
    # Partners answer (or decline, with reasons) the requests sent to the organisation they
    # represent (scrutiny.permissions.answers_for).
    ANSWER_REQUESTS: frozenset({RoleName.PARTNER}),
    # The LSP summary shows roles and people, which every role may see.
    VIEW_DOCUMENTS: ALL_ROLES,
    PRODUCE_DOCUMENTS: frozenset({RoleName.COORDINATOR}),
}


def roles_with(capability: str) -> frozenset[str]:
    try:
        return CAPABILITY_ROLES[capability]
    except KeyError:
        raise ValueError(f"Unknown capability {capability!r}: add it to CAPABILITY_ROLES") from None

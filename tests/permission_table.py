"""The permission table: what every URL of the portal answers to every persona.

The harness in test_permissions.py walks every URL pattern of the project and fails on
any that is not declared here. A new URL therefore needs a row: which HTTP method the
harness uses, and the status each persona gets.

Personas: ``anonymous``; ``no_role`` (signed in, no role anywhere); one per role in the
Hertfordshire LSP; ``other_lsp`` (a coordinator of Camden, no role in Hertfordshire).
LSP pages are requested for Hertfordshire.
"""

from dataclasses import dataclass, field

from lsp_portal import permissions
from lsp_portal.permissions import RoleName

ROLE_PERSONAS = [role.value for role in RoleName]
PERSONAS = ["anonymous", "no_role", *ROLE_PERSONAS, "other_lsp"]

LOGIN = "login"  # a redirect to the sign-in page
OK = 200
REDIRECT = 302
FORBIDDEN = 403


@dataclass
class Row:
    method: str
    expected: dict[str, int | str]
    kwargs: tuple[str, ...] = field(default=())


def lsp_page(capability: str, *, method: str = "GET", ok: int = OK, kwargs=()) -> Row:
    """A page under /<lsp_slug>/: the public signs in, people without the capability get 403."""
    allowed = permissions.roles_with(capability)
    expected: dict[str, int | str] = {
        "anonymous": ok if capability == permissions.PUBLIC else LOGIN,
        "no_role": ok if capability == permissions.PUBLIC else FORBIDDEN,
        "other_lsp": ok if capability == permissions.PUBLIC else FORBIDDEN,
    }
    for role in ROLE_PERSONAS:
        expected[role] = ok if role in allowed else FORBIDDEN
    return Row(method, expected, ("lsp_slug", *kwargs))


def signed_in_page(*, method: str = "GET", ok: int = OK) -> Row:
    expected = {persona: ok for persona in PERSONAS}
    expected["anonymous"] = LOGIN
    return Row(method, expected)


def open_page(*, method: str = "GET", ok: int = OK, signed_in: int | None = None, kwargs=()):
    expected = {persona: (signed_in or ok) for persona in PERSONAS}
    expected["anonymous"] = ok
    return Row(method, expected, tuple(kwargs))


TABLE: dict[str, Row] = {
    # Signing in and out; a signed-in person is sent on from the sign-in page.
    "accounts:sign-in": open_page(signed_in=REDIRECT),
    "accounts:sign-out": open_page(method="POST", ok=REDIRECT),
    "accounts:password-reset": open_page(),
    "accounts:password-reset-sent": open_page(),
    "accounts:password-reset-confirm": open_page(kwargs=("uidb64", "token")),
    "accounts:password-reset-complete": open_page(),
    # An invitation link is its own credential; the harness's invitation is for a new address.
    "tenancy:invitation": open_page(kwargs=("token",)),
    # Landing page and the LSP switcher.
    "partnerships:your-partnerships": signed_in_page(),
    "partnerships:switch": signed_in_page(ok=REDIRECT),
    # A person's own calendar; its feed's secret address is its own credential (tests in
    # tests/partnerships/test_calendars.py), so a made-up token is not found.
    "partnerships:calendar": signed_in_page(),
    "partnerships:calendar-reset": signed_in_page(method="POST", ok=REDIRECT),
    "partnerships:calendar-feed": open_page(ok=404, kwargs=("token",)),
    # LSP pages.
    "portal:lsp-home": lsp_page(permissions.VIEW_LSP),
    "partnerships:people": lsp_page(permissions.MANAGE_PEOPLE),
    "partnerships:invite": lsp_page(permissions.MANAGE_PEOPLE),
    "partnerships:end-role": lsp_page(
        permissions.MANAGE_PEOPLE, method="POST", ok=REDIRECT, kwargs=("role_id",)
    ),
    # Partnership structure. Members are managed by coordinators and, through an object
    # grant, by the partnership's chair (tested in tests/partnerships/test_structure.py).
    "partnerships:structure": lsp_page(permissions.VIEW_STRUCTURE),
    "partnerships:partnership-new": lsp_page(permissions.MANAGE_STRUCTURE),
    "partnerships:partnership": lsp_page(permissions.VIEW_STRUCTURE, kwargs=("partnership_id",)),
    "partnerships:partnership-edit": lsp_page(
        permissions.MANAGE_STRUCTURE, kwargs=("partnership_id",)
    ),
    "partnerships:membership-new": lsp_page(
        permissions.MANAGE_STRUCTURE, kwargs=("partnership_id",)
    ),
    "partnerships:membership-edit": lsp_page(
        permissions.MANAGE_STRUCTURE, kwargs=("membership_id",)
    ),
    "partnerships:membership-end": lsp_page(
        permissions.MANAGE_STRUCTURE, kwargs=("membership_id",)
    ),
    "partnerships:partnership-kinds": lsp_page(permissions.MANAGE_STRUCTURE),
    "partnerships:partnership-kind-new": lsp_page(permissions.MANAGE_STRUCTURE),
    "partnerships:partnership-kind-edit": lsp_page(
        permissions.MANAGE_STRUCTURE, kwargs=("kind_id",)
    ),
    "partnerships:attendance-report": lsp_page(permissions.VIEW_STRUCTURE),
    "partnerships:attendance-report-csv": lsp_page(permissions.VIEW_STRUCTURE),
    "partnerships:person": lsp_page(permissions.VIEW_STRUCTURE, kwargs=("person_id",)),
    "partnerships:organisations": lsp_page(permissions.VIEW_STRUCTURE),
    "partnerships:organisation-new": lsp_page(permissions.MANAGE_STRUCTURE),
    "partnerships:organisation": lsp_page(permissions.VIEW_STRUCTURE, kwargs=("organisation_id",)),
    "partnerships:organisation-edit": lsp_page(
        permissions.MANAGE_STRUCTURE, kwargs=("organisation_id",)
    ),
    # Meetings. The harness's meeting is public, so every role reads it; private meetings
    # and confidential items are tested in tests/partnerships/test_meetings.py.
    "partnerships:meeting-new": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("partnership_id",)),
    "partnerships:meeting": lsp_page(permissions.VIEW_MEETINGS, kwargs=("meeting_id",)),
    "partnerships:meeting-edit": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("meeting_id",)),
    "partnerships:agenda-item-new": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("meeting_id",)),
    "partnerships:attendance": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("meeting_id",)),
    "partnerships:agenda-item-edit": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("item_id",)),
    "partnerships:agenda-item-paper": lsp_page(permissions.VIEW_MEETINGS, kwargs=("item_id",)),
    "partnerships:agenda-item-remove": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("item_id",)),
    "partnerships:papers-settings": lsp_page(permissions.MANAGE_MEETINGS),
    "partnerships:pack-make": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("meeting_id",)),
    "partnerships:pack-download": lsp_page(
        permissions.VIEW_MEETINGS, kwargs=("meeting_id", "number", "edition")
    ),
    "partnerships:meetings": lsp_page(permissions.VIEW_MEETINGS),
    "partnerships:declaration-new": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("item_id",)),
    "partnerships:decision-new": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("meeting_id",)),
    "partnerships:decision-edit": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("decision_id",)),
    # Only an executive member approves minutes (refusals for the rest are tested here;
    # the approval itself in tests/partnerships/test_minutes.py).
    "partnerships:minutes-approve": lsp_page(permissions.APPROVE_MINUTES, kwargs=("meeting_id",)),
    "partnerships:forward-plan": lsp_page(permissions.VIEW_MEETINGS),
    "partnerships:planned-decision-new": lsp_page(permissions.MANAGE_MEETINGS),
    "partnerships:planned-decision-edit": lsp_page(
        permissions.MANAGE_MEETINGS, kwargs=("planned_id",)
    ),
    # The action log. The harness's action is on a public meeting, so every role but the
    # MP reads it; an action's owner may post updates too (tests/partnerships/test_minutes.py).
    "partnerships:action-log": lsp_page(permissions.VIEW_ACTION_LOG),
    "partnerships:action": lsp_page(permissions.VIEW_ACTION_LOG, kwargs=("action_id",)),
    "partnerships:action-new": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("meeting_id",)),
    "partnerships:action-edit": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("action_id",)),
    "partnerships:action-update": lsp_page(permissions.MANAGE_MEETINGS, kwargs=("action_id",)),
    # Published: anyone, signed in or not, reads these. What they leave out is proved in
    # tests/partnerships/test_public.py.
    "partnerships:public-home": lsp_page(permissions.PUBLIC),
    "partnerships:public-meetings": lsp_page(permissions.PUBLIC),
    "partnerships:public-meeting": lsp_page(permissions.PUBLIC, kwargs=("meeting_id",)),
    "partnerships:public-paper": lsp_page(permissions.PUBLIC, kwargs=("item_id",)),
    "partnerships:public-pack": lsp_page(permissions.PUBLIC, kwargs=("meeting_id", "number")),
    "partnerships:public-calendar": lsp_page(permissions.PUBLIC),
    "partnerships:public-partnership-calendar": lsp_page(
        permissions.PUBLIC, kwargs=("partnership_id",)
    ),
    "partnerships:open-data": lsp_page(permissions.PUBLIC),
    "partnerships:open-data-popolo": lsp_page(permissions.PUBLIC),
    "partnerships:open-data-csv": lsp_page(permissions.PUBLIC, kwargs=("dataset",)),
    # The Sustainable Community Strategy. The harness's version is adopted, so every role
    # reads it; drafts are refused to MPs (tests/strategies/test_strategy.py).
    "strategies:home": lsp_page(permissions.VIEW_LSP),
    "strategies:strategy-new": lsp_page(permissions.MANAGE_STRATEGY),
    "strategies:compare": lsp_page(permissions.VIEW_LSP),
    "strategies:strategy": lsp_page(permissions.VIEW_LSP, kwargs=("strategy_id",)),
    "strategies:strategy-edit": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("strategy_id",)),
    "strategies:strategy-new-draft": lsp_page(
        permissions.MANAGE_STRATEGY, method="POST", ok=REDIRECT, kwargs=("strategy_id",)
    ),
    "strategies:strategy-consultation": lsp_page(
        permissions.MANAGE_STRATEGY, method="POST", ok=REDIRECT, kwargs=("strategy_id",)
    ),
    "strategies:strategy-refresh": lsp_page(
        permissions.MANAGE_STRATEGY, method="POST", ok=REDIRECT, kwargs=("strategy_id",)
    ),
    "strategies:strategy-adopt": lsp_page(permissions.ADOPT_STRATEGY, kwargs=("strategy_id",)),
    "strategies:priority-new": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("strategy_id",)),
    "strategies:priority-edit": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("priority_id",)),
    "strategies:evidence-new": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("priority_id",)),
    "strategies:linked-plan-new": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("strategy_id",)),
    "strategies:linked-plan-edit": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("plan_id",)),
    # The engagement diary: read by all but MPs; partners add entries for their own
    # organisation and change only those (the harness's partner represents none).
    "strategies:engagement": lsp_page(permissions.VIEW_STRATEGY_DRAFTS),
    "strategies:engagement-month": lsp_page(
        permissions.VIEW_STRATEGY_DRAFTS, kwargs=("year", "month")
    ),
    "strategies:engagement-calendar": lsp_page(permissions.VIEW_STRATEGY_DRAFTS),
    "strategies:engagement-new": lsp_page(permissions.CONTRIBUTE_TO_STRATEGY),
    "strategies:engagement-edit": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("activity_id",)),
    "strategies:districts": lsp_page(permissions.VIEW_STRATEGY_DRAFTS),
    "strategies:strategy-comment": lsp_page(
        permissions.COMMENT_ON_STRATEGY, kwargs=("strategy_id",)
    ),
    "strategies:equality-impact": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("strategy_id",)),
    # Neighbourhood and parish plans: partners submit for their own organisation.
    "strategies:plans": lsp_page(permissions.VIEW_STRATEGY_DRAFTS),
    "strategies:plan-new": lsp_page(permissions.CONTRIBUTE_TO_STRATEGY),
    "strategies:plan": lsp_page(
        permissions.VIEW_STRATEGY_DRAFTS, kwargs=("neighbourhood_plan_id",)
    ),
    # The harness's plan has no document, so it is not found, for those who may read plans.
    "strategies:plan-document": Row(
        "GET",
        {
            **lsp_page(permissions.VIEW_STRATEGY_DRAFTS).expected,
            **{role: 404 for role in permissions.roles_with(permissions.VIEW_STRATEGY_DRAFTS)},
        },
        ("lsp_slug", "neighbourhood_plan_id"),
    ),
    "strategies:plan-issue": lsp_page(permissions.MANAGE_STRATEGY, kwargs=("issue_id",)),
    "strategies:public-strategy": lsp_page(permissions.PUBLIC),
    # No PDF has been made for the harness's strategy, so it is not found, for anyone.
    "strategies:public-strategy-pdf": lsp_page(permissions.PUBLIC, ok=404),
    # The LAA set-up: every role reads it (MPs once it is signed: the harness's is);
    # coordinators set it up.
    "laa:overview": lsp_page(permissions.VIEW_LAA),
    "laa:exceptions": lsp_page(permissions.VIEW_LAA_DRAFTS),
    "laa:agreement": lsp_page(permissions.MANAGE_LAA),
    "laa:settings": lsp_page(permissions.MANAGE_LAA),
    "laa:blocks": lsp_page(permissions.MANAGE_LAA),
    "laa:blocks-default": lsp_page(permissions.MANAGE_LAA, method="POST", ok=REDIRECT),
    "laa:block-new": lsp_page(permissions.MANAGE_LAA),
    "laa:block-edit": lsp_page(permissions.MANAGE_LAA, kwargs=("block_id",)),
    "laa:outcome-new": lsp_page(permissions.MANAGE_LAA),
    "laa:outcome-edit": lsp_page(permissions.MANAGE_LAA, kwargs=("outcome_id",)),
    "laa:target-new": lsp_page(permissions.MANAGE_LAA, kwargs=("outcome_id",)),
    "laa:target-edit": lsp_page(permissions.MANAGE_LAA, kwargs=("target_id",)),
    "laa:target": lsp_page(permissions.VIEW_LAA, kwargs=("target_id",)),
    # Figures: coordinators submit and verify; partners submit only for outcomes their
    # organisation is accountable for (the harness's partner is accountable for none; see
    # tests/laa/test_agreements.py).
    "laa:figure-submit": lsp_page(permissions.MANAGE_LAA, kwargs=("target_id",)),
    # A figure with every revision: for all who read the LAA's workings, not MPs.
    "laa:measurement": lsp_page(permissions.VIEW_LAA_DRAFTS, kwargs=("measurement_id",)),
    "laa:measurement-verify": lsp_page(
        permissions.MANAGE_LAA, method="POST", ok=REDIRECT, kwargs=("measurement_id",)
    ),
    "laa:measurement-return": lsp_page(permissions.MANAGE_LAA, kwargs=("measurement_id",)),
    "laa:indicators": lsp_page(permissions.VIEW_LAA),
    "laa:indicator-new": lsp_page(permissions.MANAGE_LAA),
    "laa:indicator-edit": lsp_page(permissions.MANAGE_LAA, kwargs=("indicator_id",)),
    "laa:indicator-correct": lsp_page(permissions.MANAGE_LAA, kwargs=("national_indicator_id",)),
    # Partnership agreements: read by all but MPs, drawn up by coordinators. The harness's
    # agreement is a draft with one party no harness persona represents, so only the
    # coordinator (recording a signature) reaches the signing page; executive members and
    # partners signing for their own organisation are tested in tests/laa/test_agreements.py.
    "laa:partnership-agreements": lsp_page(permissions.VIEW_LAA_DRAFTS),
    "laa:partnership-agreement-new": lsp_page(permissions.MANAGE_LAA),
    "laa:partnership-agreement": lsp_page(permissions.VIEW_LAA_DRAFTS, kwargs=("agreement_id",)),
    "laa:partnership-agreement-edit": lsp_page(permissions.MANAGE_LAA, kwargs=("agreement_id",)),
    "laa:partnership-agreement-party-new": lsp_page(
        permissions.MANAGE_LAA, kwargs=("agreement_id",)
    ),
    "laa:partnership-agreement-outcome-new": lsp_page(
        permissions.MANAGE_LAA, kwargs=("agreement_id",)
    ),
    "laa:partnership-agreement-commitment-new": lsp_page(
        permissions.MANAGE_LAA, kwargs=("agreement_id",)
    ),
    "laa:partnership-agreement-sign": lsp_page(permissions.MANAGE_LAA, kwargs=("agreement_id",)),
    "laa:partnership-agreement-expire": lsp_page(
        permissions.MANAGE_LAA, method="POST", ok=REDIRECT, kwargs=("agreement_id",)
    ),
    # The action plan: read by all but MPs. Partners log and update actions only for their
    # own organisation's outcomes (a grant the harness's partner does not hold).
    "laa:actions": lsp_page(permissions.VIEW_LAA_DRAFTS),
    "laa:action-new": lsp_page(permissions.MANAGE_LAA),
    "laa:action": lsp_page(permissions.VIEW_LAA_DRAFTS, kwargs=("accountable_action_id",)),
    "laa:action-edit": lsp_page(permissions.MANAGE_LAA, kwargs=("accountable_action_id",)),
    "laa:action-update": lsp_page(permissions.MANAGE_LAA, kwargs=("accountable_action_id",)),
    "laa:action-archive": lsp_page(
        permissions.MANAGE_LAA, method="POST", ok=REDIRECT, kwargs=("accountable_action_id",)
    ),
    # Importing figures: coordinators, and partners for the outcomes they are accountable
    # for (each row is checked against the grant: tests/laa/test_import.py).
    "laa:import": lsp_page(permissions.SUBMIT_FIGURES),
    # An import's progress and report: its sender's and the coordinators' (the harness's
    # import was sent by someone else, so the partner does not find it).
    "laa:import-status": Row(
        "GET",
        {**lsp_page(permissions.SUBMIT_FIGURES).expected, RoleName.PARTNER.value: 404},
        ("lsp_slug", "figure_import_id"),
    ),
    "laa:import-template-csv": lsp_page(permissions.SUBMIT_FIGURES),
    "laa:import-template-xlsx": lsp_page(permissions.SUBMIT_FIGURES),
    # Each dashboard's data as CSV or Excel, read as the dashboard is.
    "laa:overview-export": lsp_page(permissions.VIEW_LAA, kwargs=("export_format",)),
    "laa:exceptions-export": lsp_page(permissions.VIEW_LAA_DRAFTS, kwargs=("export_format",)),
    "laa:districts-export": lsp_page(permissions.VIEW_LAA_DRAFTS, kwargs=("export_format",)),
    "laa:target-export": lsp_page(permissions.VIEW_LAA, kwargs=("target_id", "export_format")),
    # Two-tier: the harness's LSP is a county, so its districts page is read by all but
    # MPs; it is no district, so a county target is not its share and is not found (a
    # district's journey is in tests/laa/test_two_tier.py).
    "laa:districts": lsp_page(permissions.VIEW_LAA_DRAFTS),
    "laa:county-share": lsp_page(permissions.VIEW_LAA_DRAFTS),
    "laa:county-target": Row(
        "GET",
        {
            **lsp_page(permissions.VIEW_LAA_DRAFTS).expected,
            **{role: 404 for role in permissions.roles_with(permissions.VIEW_LAA_DRAFTS)},
        },
        ("lsp_slug", "county_target_id"),
    ),
    "laa:county-figure-submit": Row(
        "GET",
        {
            **lsp_page(permissions.MANAGE_LAA).expected,
            **{role: 404 for role in permissions.roles_with(permissions.MANAGE_LAA)},
        },
        ("lsp_slug", "county_target_id"),
    ),
    "laa:my-organisation": lsp_page(permissions.VIEW_LAA_DRAFTS),
    "laa:organisation": lsp_page(permissions.VIEW_LAA_DRAFTS, kwargs=("organisation_id",)),
    "laa:exception-commentary": lsp_page(permissions.MANAGE_LAA, kwargs=("measurement_id",)),
    # Scrutiny committees: everyone in scrutiny reads them (not MPs); coordinators set them up.
    "scrutiny:committees": lsp_page(permissions.VIEW_SCRUTINY),
    "scrutiny:committee-new": lsp_page(permissions.MANAGE_COMMITTEES),
    "scrutiny:committee": lsp_page(permissions.VIEW_SCRUTINY, kwargs=("committee_id",)),
    "scrutiny:committee-edit": lsp_page(permissions.MANAGE_COMMITTEES, kwargs=("committee_id",)),
    "scrutiny:committee-member-new": lsp_page(
        permissions.MANAGE_COMMITTEES, kwargs=("committee_id",)
    ),
    "scrutiny:committee-member-end": lsp_page(permissions.MANAGE_COMMITTEES, kwargs=("seat_id",)),
    # Reviews: scrutineers run them, and only those of committees they sit on (the
    # harness's scrutineer sits on the world's committee; tests/scrutiny for the others).
    "scrutiny:reviews": lsp_page(permissions.VIEW_SCRUTINY),
    "scrutiny:review-new": lsp_page(permissions.RUN_REVIEWS),
    "scrutiny:review": lsp_page(permissions.VIEW_SCRUTINY, kwargs=("review_id",)),
    "scrutiny:review-edit": lsp_page(permissions.RUN_REVIEWS, kwargs=("review_id",)),
    "scrutiny:review-move-on": lsp_page(
        permissions.RUN_REVIEWS, method="POST", ok=REDIRECT, kwargs=("review_id",)
    ),
    # Information requests: the review's committee sends them; a partner of the organisation
    # asked answers. The harness's partner represents no organisation, so is refused here
    # (tests/scrutiny/test_information_requests.py has the partner who answers). The
    # world's request has no document, so its download is not found for its readers.
    "scrutiny:information-request-new": lsp_page(permissions.RUN_REVIEWS, kwargs=("review_id",)),
    "scrutiny:information-request": lsp_page(permissions.VIEW_SCRUTINY, kwargs=("request_id",)),
    "scrutiny:information-request-attachment": lsp_page(
        permissions.VIEW_SCRUTINY, ok=404, kwargs=("request_id",)
    ),
    "scrutiny:information-request-answer": Row(
        "GET",
        {**lsp_page(permissions.ANSWER_REQUESTS).expected, "partner": FORBIDDEN},
        ("lsp_slug", "request_id"),
    ),
    "scrutiny:information-request-decline": Row(
        "GET",
        {**lsp_page(permissions.ANSWER_REQUESTS).expected, "partner": FORBIDDEN},
        ("lsp_slug", "request_id"),
    ),
    "documents:list": lsp_page(permissions.VIEW_DOCUMENTS),
    "documents:request": lsp_page(
        permissions.PRODUCE_DOCUMENTS, method="POST", ok=REDIRECT, kwargs=("kind",)
    ),
    "documents:detail": lsp_page(permissions.VIEW_DOCUMENTS, kwargs=("document_id",)),
    "documents:download": lsp_page(permissions.VIEW_DOCUMENTS, kwargs=("document_id",)),
}

# The admin site is for platform administrators (is_staff) only; the harness checks its
# index and one change list for every persona, and that nobody else gets in.
ADMIN_URLS = ["admin:index", "admin:tenancy_lsp_changelist"]

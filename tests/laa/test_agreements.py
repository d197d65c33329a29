"""Journey 3: a partnership agreement names who is accountable for each outcome. Once every
party has signed, the accountable organisation's partners submit its figures and log its
actions; nobody else's partners do, and scrutineers and MPs write nothing."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from laa import services
from laa.models import (
    AccountableAction,
    AgreementOutcome,
    Block,
    Commitment,
    Indicator,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PartnershipAgreement,
    Target,
)
from lsp_portal.permissions import RoleName
from tenancy.services import role_end, role_grant
from tests.factories import OrganisationFactory, UserFactory


@pytest.fixture
def crime(herts):
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    outcome = Outcome.objects.create(
        lsp=herts, block=block, agreement=agreement, title="Less serious acquisitive crime"
    )
    target = Target.objects.create(
        lsp=herts,
        outcome=outcome,
        indicator=Indicator.objects.get(code="NI 16"),  # lower is better
        baseline_value=Decimal("14.2"),
        baseline_on=date(2008, 3, 31),
    )
    target.years.create(lsp=herts, year=2008, value=Decimal("13.8"))
    return target


@pytest.fixture
def police(herts):
    return OrganisationFactory(lsp=herts, name="Hertfordshire Constabulary")


@pytest.fixture
def council(herts):
    return OrganisationFactory(lsp=herts, name="Hertfordshire County Council")


def representative(lsp, organisation, role=RoleName.PARTNER, email=None):
    user = UserFactory(email=email or f"{role}-{organisation.pk}@example.org")
    role_grant(lsp=lsp, user=user, role=role, organisation=organisation)
    return user


@pytest.fixture
def protocol(herts, crime, police, council, herts_coordinator):
    """A draft agreement: the police accountable for less crime, the council contributing."""
    agreement = services.partnership_agreement_save(
        agreement=PartnershipAgreement(lsp=herts, title="Community safety protocol")
    )
    services.agreement_party_add(agreement=agreement, organisation=police)
    services.agreement_party_add(agreement=agreement, organisation=council)
    services.agreement_outcome_save(
        entry=AgreementOutcome(
            lsp=herts, agreement=agreement, outcome=crime.outcome, accountable=police
        ),
        contributors=[council],
    )
    return agreement


def sign_all(agreement, coordinator):
    for party in agreement.parties.all():
        services.agreement_sign(party=party, by=coordinator, signatory_name="X", recorded=True)


def submit(client, herts, target, period="2008-06-30", **data):
    return client.post(
        reverse("laa:figure-submit", args=[herts.slug, target.pk]),
        {"period_end": period, **data},
    )


def sign(client, herts, agreement, party, **extra):
    return client.post(
        reverse("laa:partnership-agreement-sign", args=[herts.slug, agreement.pk]),
        {"party": party.pk, **extra},
    )


def test_each_party_signs_for_itself_and_the_accountable_partner_may_then_submit(
    client, herts, protocol, crime, police, council
):
    officer = representative(herts, police)
    council_partner = representative(herts, council)
    leader = representative(herts, council, RoleName.EXECUTIVE)

    client.force_login(officer)
    assert submit(client, herts, crime, value="14.0").status_code == 403  # not signed yet
    police_party, council_party = (
        protocol.parties.get(organisation=police),
        protocol.parties.get(organisation=council),
    )
    # An officer cannot sign for the council.
    response = sign(client, herts, protocol, council_party)
    assert b"Select a valid choice" in response.content
    assert sign(client, herts, protocol, police_party).status_code == 302

    client.force_login(leader)
    assert sign(client, herts, protocol, council_party).status_code == 302
    protocol.refresh_from_db()
    assert protocol.status == "signed"
    council_party.refresh_from_db()
    assert council_party.signed_by == leader and council_party.signed_at

    client.force_login(officer)
    assert submit(client, herts, crime, value="14.0", commentary="Fewer burglaries").status_code
    assert Measurement.objects.get().submitted_by == officer
    # The council contributes but is not accountable: its partner is refused.
    client.force_login(council_partner)
    assert submit(client, herts, crime, value="13.0").status_code == 403
    page = client.get(reverse("laa:target", args=[herts.slug, crime.pk])).content
    assert b"Submit a figure" not in page


def test_a_coordinator_records_a_paper_signature_naming_who_signed(
    client, herts, protocol, police, herts_coordinator
):
    client.force_login(herts_coordinator)
    party = protocol.parties.get(organisation=police)
    response = sign(client, herts, protocol, party)
    assert b"Enter who signed, as on the paper" in response.content
    sign(client, herts, protocol, party, signatory_name="Chief Constable Frank Whiteley")
    party.refresh_from_db()
    assert party.signatory_name == "Chief Constable Frank Whiteley"
    assert party.recorded_by == herts_coordinator and party.signed_by is None
    page = client.get(reverse("laa:partnership-agreement", args=[herts.slug, protocol.pk]))
    assert b"recorded by" in page.content and b"Not signed yet" in page.content


def test_the_grant_follows_roles_and_ends_with_the_agreement(
    client, herts, protocol, crime, police, council, herts_coordinator
):
    for party in protocol.parties.all():
        services.agreement_sign(
            party=party, by=herts_coordinator, signatory_name="X", recorded=True
        )
    newcomer = representative(herts, police, email="new-officer@example.org")
    client.force_login(newcomer)
    assert submit(client, herts, crime, value="14.0").status_code == 302
    role_end(role=newcomer.lsp_roles.get(), actor=herts_coordinator)
    role_grant(lsp=herts, user=newcomer, role=RoleName.PARTNER, organisation=council)
    assert submit(client, herts, crime, period="2008-09-30", value="14.0").status_code == 403

    officer = representative(herts, police)
    services.agreement_expire(agreement=protocol)
    client.force_login(officer)
    assert submit(client, herts, crime, period="2008-09-30", value="14.0").status_code == 403


def test_after_the_first_signature_the_terms_do_not_change(
    herts, protocol, police, herts_coordinator
):
    services.agreement_sign(
        party=protocol.parties.get(organisation=police),
        by=herts_coordinator,
        signatory_name="Chief Constable",
        recorded=True,
    )
    with pytest.raises(ValidationError, match="A party has signed this agreement"):
        services.agreement_party_add(
            agreement=protocol, organisation=OrganisationFactory(lsp=herts)
        )


def test_a_signed_agreement_does_not_change(herts, protocol, police, council, herts_coordinator):
    for party in protocol.parties.all():
        services.agreement_sign(
            party=party, by=herts_coordinator, signatory_name="X", recorded=True
        )
    with pytest.raises(ValidationError, match="no longer change"):
        services.agreement_party_add(
            agreement=protocol, organisation=OrganisationFactory(lsp=herts)
        )
    with pytest.raises(ValidationError, match="no longer change"):
        services.commitment_save(
            commitment=Commitment(
                lsp=herts,
                agreement=protocol,
                organisation=police,
                kind="attendance",
                description="Attend every board meeting",
            )
        )


def test_commitments_say_how_much(client, herts, protocol, police, herts_coordinator):
    client.force_login(herts_coordinator)
    url = reverse("laa:partnership-agreement-commitment-new", args=[herts.slug, protocol.pk])
    base = {"organisation": police.pk, "kind": "funding", "description": "Neighbourhood teams"}
    response = client.post(url, base)
    assert b"Enter the funding in pounds" in response.content
    assert b"Neighbourhood teams" in response.content  # what was typed is kept
    assert client.post(url, base | {"funding": "250000"}).status_code == 302
    client.post(url, base | {"kind": "staff_time", "description": "Analyst", "staff_days": "40"})
    client.post(url, base | {"kind": "data_sharing", "description": "Crime data monthly"})
    page = client.get(reverse("laa:partnership-agreement", args=[herts.slug, protocol.pk]))
    assert b"250,000 a year" in page.content and b"40 days a year" in page.content
    assert b"Crime data monthly" in page.content


def test_a_figure_can_be_given_as_numerator_and_denominator(
    client, herts, crime, herts_coordinator
):
    Indicator.objects.filter(pk=crime.indicator_id).update(unit="per 1,000")
    client.force_login(herts_coordinator)
    response = submit(client, herts, crime, value="", numerator="", denominator="")
    assert b"Enter the figure, or both its numerator and denominator" in response.content
    assert (
        b"The denominator cannot be zero"
        in submit(client, herts, crime, numerator="5", denominator="0").content
    )
    submit(client, herts, crime, numerator="15400", denominator="1100000")
    figure = Measurement.objects.get()
    assert figure.value == Decimal("14.000") and figure.numerator == 15400
    # A share that does not divide exactly is kept to three places.
    Indicator.objects.filter(pk=crime.indicator_id).update(unit="%")
    submit(client, herts, crime, period="2008-09-30", numerator="2", denominator="3")
    assert Measurement.objects.get(period_end=date(2008, 9, 30)).value == Decimal("66.667")


def test_partners_log_and_update_their_own_organisations_actions(
    client, herts, protocol, crime, police, council, herts_coordinator
):
    for party in protocol.parties.all():
        services.agreement_sign(
            party=party, by=herts_coordinator, signatory_name="X", recorded=True
        )
    officer = representative(herts, police)
    client.force_login(officer)
    response = client.post(
        reverse("laa:action-new", args=[herts.slug]),
        {
            "title": "Target the 50 most prolific offenders",
            "outcome": crime.outcome.pk,
            "accountable": police.pk,
            "resources": "Two detective constables",
            "due_on_0": "31",
            "due_on_1": "3",
            "due_on_2": "2009",
            "status": "on_track",
        },
    )
    assert response.status_code == 302, response.content
    action = AccountableAction.objects.get()
    update_url = reverse("laa:action-update", args=[herts.slug, action.pk])
    client.post(update_url, {"text": "Court delays", "status": "at_risk"})
    action.refresh_from_db()
    assert action.status == "at_risk"
    assert action.updates.get().status_before == "on_track"

    client.force_login(representative(herts, council))
    assert client.post(update_url, {"text": "x", "status": "complete"}).status_code == 403
    assert client.get(reverse("laa:action-new", args=[herts.slug])).status_code == 403

    page = client.get(reverse("laa:action", args=[herts.slug, action.pk])).content.decode()
    assert "Court delays" in page and "On track → At risk" in page and "Overdue" in page
    assert "History of changes" in page
    odd = client.get(reverse("laa:actions", args=[herts.slug]), {"organisation": "²"})
    assert odd.status_code == 200


def test_a_partner_logs_actions_only_for_the_organisation_accountable_for_the_outcome(
    client, herts, protocol, crime, police, council, herts_coordinator
):
    sign_all(protocol, herts_coordinator)
    officer = representative(herts, police)
    role_grant(lsp=herts, user=officer, role=RoleName.EXECUTIVE, organisation=council)
    client.force_login(officer)
    response = client.post(
        reverse("laa:action-new", args=[herts.slug]),
        {
            "title": "Council leaflets",
            "outcome": crime.outcome.pk,
            "accountable": council.pk,
            "due_on_0": "31",
            "due_on_1": "3",
            "due_on_2": "2009",
            "status": "on_track",
        },
    )
    # The council is not among the organisations the officer may choose as a partner.
    assert b"Select a valid choice" in response.content
    assert not AccountableAction.objects.exists()


def test_a_red_verified_figure_asks_the_accountable_organisation_for_commentary(
    client, herts, protocol, crime, police, herts_coordinator
):
    for party in protocol.parties.all():
        services.agreement_sign(
            party=party, by=herts_coordinator, signatory_name="X", recorded=True
        )
    officer = representative(herts, police)
    client.force_login(officer)
    submit(client, herts, crime, value="16.0", commentary="A burglary spree")
    figure = Measurement.objects.get()
    services.measurement_verify(measurement=figure, by=herts_coordinator)
    figure.refresh_from_db()
    assert figure.exception_requested_at is not None

    page = client.get(reverse("laa:my-organisation", args=[herts.slug]), follow=True)
    assert b"Give exception commentary on NI 16" in page.content
    url = reverse("laa:exception-commentary", args=[herts.slug, figure.pk])
    assert b"Say what is being done" in client.post(url, {"text": " "}).content
    client.post(url, {"text": "Operation Scorpion runs to March; back on track by Q4."})
    figure.refresh_from_db()
    assert figure.exception_commentary.startswith("Operation Scorpion")
    assert figure.exception_answered_by == officer
    # Returned and corrected, the figure is judged afresh; the old answer is in its history.
    services.measurement_return(measurement=figure, reason="Wrong month", by=herts_coordinator)
    figure.refresh_from_db()
    assert figure.exception_requested_at is None and figure.exception_commentary == ""
    assert figure.history.filter(exception_commentary__startswith="Operation").exists()
    page = client.get(reverse("laa:organisation", args=[herts.slug, police.pk]))
    assert b"Give exception commentary" not in page.content


def test_a_figure_on_track_and_improving_asks_for_nothing(herts, crime, herts_coordinator):
    figure = services.measurement_submit(
        lsp=herts,
        indicator=crime.indicator,
        period_end=date(2008, 6, 30),
        value=Decimal("13.9"),
        commentary="",
        by=herts_coordinator,
    )
    services.measurement_verify(measurement=figure, by=herts_coordinator)
    figure.refresh_from_db()
    assert figure.exception_requested_at is None


WRITE_MODELS = [PartnershipAgreement, AccountableAction, Measurement, Outcome, Target, Commitment]


@pytest.mark.parametrize("role", [RoleName.SCRUTINEER, RoleName.MP])
def test_a_scrutineer_and_an_mp_cannot_write_anything_in_the_laa(client, herts, role, world_kwargs):
    """Every LAA address, posted to by a scrutineer or an MP, is refused and changes
    nothing."""
    from tests.permission_table import TABLE

    reader = UserFactory(email=f"{role}-reader@example.org")
    role_grant(lsp=herts, user=reader, role=role)
    client.force_login(reader)
    before = {model: model.objects.count() for model in WRITE_MODELS}
    for name, row in TABLE.items():
        if not name.startswith("laa:"):
            continue
        url = reverse(name, kwargs={key: world_kwargs[key] for key in row.kwargs})
        response = client.post(url, {"title": "x", "value": "1", "text": "x", "reason": "x"})
        assert response.status_code in (403, 405), (name, response.status_code)
    assert before == {model: model.objects.count() for model in WRITE_MODELS}


@pytest.fixture
def world_kwargs(herts):
    from tests.factories import meeting_world

    return {"lsp_slug": herts.slug, **meeting_world(herts)}


def _grow(herts, organisation, outcome, n):
    agreement = PartnershipAgreement.objects.create(lsp=herts, title=f"Protocol {n}")
    for i in range(n):
        party = OrganisationFactory(lsp=herts)
        agreement.parties.create(lsp=herts, organisation=party)
        AccountableAction.objects.create(
            lsp=herts,
            title=f"Action {n}-{i}",
            outcome=outcome,
            accountable=organisation,
            due_on=date(2009, 1, 1),
        )
        Commitment.objects.create(
            lsp=herts, agreement=agreement, organisation=party, kind="attendance", description="x"
        )


@pytest.mark.parametrize(
    "url_name", ["laa:partnership-agreements", "laa:actions", "laa:organisation"]
)
def test_lists_take_the_same_number_of_queries_as_they_grow(
    client, herts, crime, police, herts_coordinator, url_name
):
    client.force_login(herts_coordinator)
    kwargs = [herts.slug] + ([police.pk] if url_name == "laa:organisation" else [])
    url = reverse(url_name, args=kwargs)
    counts = []
    for n in (2, 20):
        _grow(herts, police, crime.outcome, n)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1], counts

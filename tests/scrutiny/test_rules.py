"""The statutory clocks and have-regard rules, in worked examples."""

from datetime import date

from scrutiny.rules import Partner, county_must_respond, have_regard_notices, response_due

POLICE = Partner("Hertfordshire Constabulary", is_partner_authority=True)
JOBCENTRE = Partner("Jobcentre Plus", is_partner_authority=True)
PCT = Partner("NHS Hertfordshire", is_partner_authority=True, nhs_body="primary_care_trust")
COUNTY = Partner("Hertfordshire County Council", is_partner_authority=True, is_county_council=True)
CHARITY = Partner("Herts Young Homeless", is_partner_authority=False)


def test_the_executive_has_two_months_from_the_later_of_report_and_notice():
    assert response_due(report_received_on=date(2010, 3, 4)) == date(2010, 5, 4)
    # The notice came later: the clock starts then.
    assert response_due(
        report_received_on=date(2010, 3, 4), notice_received_on=date(2010, 3, 18)
    ) == date(2010, 5, 18)
    # A notice sent first does not start it early.
    assert response_due(
        report_received_on=date(2010, 3, 4), notice_received_on=date(2010, 2, 1)
    ) == date(2010, 5, 4)
    # Two months from 31 December is the last day of February.
    assert response_due(report_received_on=date(2009, 12, 31)) == date(2010, 2, 28)
    # An LSP may set its own period.
    assert response_due(report_received_on=date(2010, 3, 4), months=3) == date(2010, 6, 4)


def test_a_target_related_to_two_partners_gives_two_notices():
    assert have_regard_notices([POLICE, JOBCENTRE]) == [POLICE, JOBCENTRE]


def test_only_partner_authorities_are_bound():
    assert have_regard_notices([POLICE, CHARITY]) == [POLICE]


def test_an_nhs_body_under_health_scrutiny_gets_none():
    assert have_regard_notices([PCT], health_scrutiny=True) == []
    # On any other report it is bound like every partner authority.
    assert have_regard_notices([PCT]) == [PCT]


def test_the_district_to_county_route():
    # The county responds to the district when the target relates to the district...
    assert county_must_respond(target_relates_to_district=True)
    assert not county_must_respond(target_relates_to_district=False)
    # ...and the district may then bind the other partners: not the county, nor NHS bodies.
    related = [COUNTY, POLICE, PCT, JOBCENTRE]
    assert have_regard_notices(related, district_to_county=True) == [POLICE, JOBCENTRE]

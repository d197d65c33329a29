"""The statutory rules of scrutiny, as small functions (England, 2007-2011 numbering with
today's in brackets). The durations are arguments with the statutory defaults, so that an
LSP's own configuration can pass its own.

- Local Government Act 2000 s.21B (now 9FE): the executive responds to a committee's report
  within two months of receiving the report or the notice, whichever is later.
- s.21D (now 9FF), from the Local Government and Public Involvement in Health Act 2007:
  on a local improvement target of the LAA, each partner authority the target relates to
  must have regard to the recommendations, except an NHS trust, NHS foundation trust or
  primary care trust when the report was made under the NHS Act 2006 s.244 (health
  scrutiny).
- s.21E (SI 2009/1919), two-tier areas: a district committee may report to the county on a
  county target; if the target relates to the district, the county responds within two
  months, and the district may then require the other partners the target relates to (not
  the county council, nor NHS trusts or primary care trusts) to have regard.
"""

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta

RESPONSE_MONTHS = 2


def response_due(*, report_received_on: date, notice_received_on: date | None = None,
                 months: int = RESPONSE_MONTHS) -> date:  # fmt: skip
    """The last day to respond: two months from the later of the report and the written
    notice. A month from 31 January is the last day of February."""
    start = max(report_received_on, notice_received_on or report_received_on)
    return start + relativedelta(months=months)


@dataclass(frozen=True)
class Partner:
    """What the rules need to know of an organisation."""

    name: str
    is_partner_authority: bool  # named under the duty to co-operate
    nhs_body: str = ""  # NHS trust, foundation trust or primary care trust, or ""
    is_county_council: bool = False


def have_regard_notices(
    related: list,
    *,
    health_scrutiny: bool = False,
    district_to_county: bool = False,
) -> list:
    """The partners to send a have-regard notice to, among those a local improvement target
    relates to (each a ``Partner``, or anything with the same attributes)."""
    notices = []
    for partner in related:
        if not partner.is_partner_authority:
            continue
        if partner.nhs_body and (health_scrutiny or district_to_county):
            continue
        if district_to_county and partner.is_county_council:
            continue  # the county responds to the district's report instead
        notices.append(partner)
    return notices


def county_must_respond(*, target_relates_to_district: bool) -> bool:
    """A district's report on a county target binds the county to respond (within two
    months) only when the target relates to the district."""
    return target_relates_to_district

"""The agreement's set-up: the current agreement, its years, the amber tolerance, outcomes."""

from django.db.models import Q
from django.utils import timezone

from laa.models import (
    LocalAreaAgreement,
    Outcome,
    PerformanceSettings,
    Target,
)
from laa.rag import (
    DEFAULT_TOLERANCE,
)


def current_agreement(*, lsp) -> LocalAreaAgreement | None:
    return LocalAreaAgreement.objects.for_lsp(lsp).order_by("-period_start").first()


def local_years() -> list[int]:
    """Without an agreement, targets run for this year and the next two."""
    this_year = timezone.localdate().year
    return [this_year, this_year + 1, this_year + 2]


def tolerance_of(*, lsp):
    settings = PerformanceSettings.objects.for_lsp(lsp).first()
    return settings.rag_tolerance if settings else DEFAULT_TOLERANCE


def targets_reported_by(*, lsp):
    """The targets whose figures this LSP submits: its own, less the districts' shares of
    them, plus its own share of its county's outcomes if it is a district."""
    return Target.objects.filter(Q(lsp=lsp, district__isnull=True) | Q(district=lsp))


def reporting_years(*, lsp) -> list[int]:
    """The years figures are reported for: the LSP's agreement's, a district's county's
    (its shares run on the county's agreement), or this year and the next two."""
    agreement = current_agreement(lsp=lsp)
    if agreement is None and getattr(lsp, "county_lsp_id", None):
        agreement = current_agreement(lsp=lsp.county_lsp_id)
    return agreement.years if agreement else local_years()


def outcomes_of_indicator(*, lsp, indicator_id):
    return Outcome.objects.for_lsp(lsp).filter(targets__indicator=indicator_id).distinct()

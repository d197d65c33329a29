"""The indicator library, with each national indicator's title and polarity as this LSP
corrects them."""

from dataclasses import dataclass

from django.db.models import OuterRef, Q, Subquery
from django.http import Http404

from laa.models import (
    Indicator,
    IndicatorCorrection,
)


def national_indicator(indicator_id) -> Indicator:
    """A National Indicator Set indicator (shared by every LSP), or 404."""
    indicator = Indicator.objects.filter(lsp__isnull=True, pk=indicator_id).first()
    if indicator is None:
        raise Http404
    return indicator


@dataclass
class IndicatorView:
    """An indicator as one LSP sees it: its own corrections applied."""

    indicator: Indicator
    title: str
    polarity: str
    corrected: bool

    @property
    def code(self):
        return self.indicator.code

    @property
    def polarity_label(self) -> str:
        return {"higher": "Higher is better", "lower": "Lower is better"}.get(
            self.polarity, "Not set"
        )


def corrections_of(*, lsp) -> dict[int, IndicatorCorrection]:
    return {c.indicator_id: c for c in IndicatorCorrection.objects.for_lsp(lsp)}


def as_seen_by(indicator: Indicator, corrections: dict) -> IndicatorView:
    correction = corrections.get(indicator.pk)
    return corrected_view(
        indicator,
        title=correction.title if correction else "",
        polarity=correction.polarity if correction else "",
    )


def corrected_view(indicator: Indicator, *, title, polarity) -> IndicatorView:
    """The indicator with this LSP's corrected title and polarity, where it has them."""
    return IndicatorView(
        indicator=indicator,
        title=title or indicator.title,
        polarity=polarity or indicator.polarity,
        corrected=bool(title or polarity),
    )


def with_corrections(targets, *, lsp):
    """Targets annotated with their indicator's correction in this LSP (if any), so a list
    of targets reads its corrections in its own query."""
    correction = IndicatorCorrection.objects.for_lsp(lsp).filter(indicator=OuterRef("indicator_id"))
    return targets.annotate(
        correction_title=Subquery(correction.values("title")[:1]),
        correction_polarity=Subquery(correction.values("polarity")[:1]),
    )


def indicator_library(*, lsp, search: str = "") -> list[IndicatorView]:
    """National and local indicators, corrections applied (two queries)."""
    indicators = Indicator.objects.available_to(lsp)
    if search:
        indicators = indicators.filter(Q(code__icontains=search) | Q(title__icontains=search))
    corrections = corrections_of(lsp=lsp)
    return [as_seen_by(indicator, corrections) for indicator in indicators.order_by("lsp_id", "pk")]

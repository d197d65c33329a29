"""The LAA's part of other apps' documents: the board pack's performance report
(documents.registry)."""

from dataclasses import dataclass

from django.utils import timezone

from documents.registry import DocumentSection, register_section
from laa import selectors
from laa.models import AgreementOutcome, LocalAreaAgreement, PartnershipAgreement
from laa.rag import Rag
from laa.selectors.performance import ExceptionEntry, _formatted, periods_of_rows
from lsp_portal.charts import Chart


@dataclass
class PackException:
    """A target off or slightly off track, as the board reads it."""

    entry: ExceptionEntry
    accountable: str  # the organisations signed agreements make accountable, or ""
    commentary: str  # the accountable organisation's exception commentary on the latest figure
    commentary_asked: bool  # asked of it and not yet given
    chart: Chart
    figures: list  # (period, figure, target) for each period with a figure or a year's target


@dataclass
class PackBlock:
    block: object
    counts: list  # (Rag, number of targets), every status in Rag's order
    total: int
    exceptions: list[PackException]


def pack_performance_context(document) -> dict:
    lsp = document.lsp
    # One instant for every figure, late period and overdue action: the pack says when.
    read_at = timezone.now()
    today = timezone.localdate(read_at)
    agreement = selectors.current_agreement(lsp=lsp)
    if agreement is None:
        return {"read_at": read_at, "agreement": None, "published": False}
    # Both editions print this section as it is, and a draft agreement's targets are read
    # only by those who may read drafts (laa.permissions.agreement_readable).
    published = agreement.status not in (
        LocalAreaAgreement.Status.DRAFT,
        LocalAreaAgreement.Status.NEGOTIATION,
    )
    if not published:
        return {"read_at": read_at, "agreement": agreement, "published": False}

    years = agreement.years
    tolerance = selectors.tolerance_of(lsp=lsp)
    # The overview is built once and split here, where selectors.exceptions would build it
    # again for the same rows.
    overview = selectors.laa_overview(lsp=lsp, years=years, tolerance=tolerance, today=today)
    off_track, late = [], []
    for block_row in overview:
        for outcome_row in block_row.outcomes:
            for row in outcome_row.targets:
                entry = ExceptionEntry(block_row.block, outcome_row.outcome, row)
                if row.performance.status in (Rag.RED, Rag.AMBER):
                    off_track.append(entry)
                if row.late:
                    late.append(entry)
    periods = periods_of_rows(
        lsp=lsp, rows=[entry.row for entry in off_track], years=years, tolerance=tolerance
    )
    accountable = _accountable_names(lsp=lsp, outcome_ids={e.outcome.pk for e in off_track})

    by_block: dict[int, list[PackException]] = {}
    for entry in sorted(off_track, key=lambda e: e.row.performance.status != Rag.RED):
        rows = periods[entry.row.target.pk]
        places = entry.row.target.indicator.decimal_places
        latest = next((r.measurement for r in reversed(rows) if r.counted is not None), None)
        by_block.setdefault(entry.block.pk, []).append(
            PackException(
                entry=entry,
                accountable=", ".join(accountable.get(entry.outcome.pk, [])),
                commentary=latest.exception_commentary if latest else "",
                commentary_asked=bool(
                    latest and latest.exception_requested_at and not latest.exception_commentary
                ),
                chart=selectors.target_chart(rows=rows, indicator=entry.row.indicator),
                # Periods with neither are the chart's trajectory only: kept out of a table
                # a 35-indicator pack prints for every exception.
                figures=[
                    (r.label, _formatted(r.counted, places), r.expected_text)
                    for r in rows
                    if r.counted is not None or r.target is not None
                ],
            )
        )

    blocks = []
    for block_row in overview:
        statuses = [
            row.performance.status
            for outcome_row in block_row.outcomes
            for row in outcome_row.targets
        ]
        blocks.append(
            PackBlock(
                block=block_row.block,
                counts=[(status, statuses.count(status)) for status in Rag],
                total=len(statuses),
                exceptions=by_block.get(block_row.block.pk, []),
            )
        )
    return {
        "read_at": read_at,
        "agreement": agreement,
        "published": True,
        "blocks": blocks,
        "late": late,
        "overdue": [
            (action, action.overdue_in_words(today))
            for action in selectors.overdue_actions(lsp=lsp, today=today)
        ],
        "reward_grant": selectors.reward_grant_summary(overview),
    }


def _accountable_names(*, lsp, outcome_ids) -> dict[int, list[str]]:
    """Each outcome's accountable organisations under signed agreements (one query)."""
    names: dict[int, list[str]] = {}
    covered = (
        AgreementOutcome.objects.for_lsp(lsp)
        .filter(outcome__in=outcome_ids, agreement__status=PartnershipAgreement.Status.SIGNED)
        .select_related("accountable")
        .order_by("accountable__name")
    )
    for entry in covered:
        if entry.accountable.name not in names.setdefault(entry.outcome_id, []):
            names[entry.outcome_id].append(entry.accountable.name)
    return names


PERFORMANCE = register_section(
    "board_pack",
    DocumentSection(
        slug="performance",
        title="Performance report",
        order=70,
        template="laa/pdf/pack_performance.html",
        context=pack_performance_context,
    ),
)

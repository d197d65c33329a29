"""Reads of the Sustainable Community Strategy."""

import calendar
import difflib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Prefetch, Q
from django.http import Http404
from django.utils.html import escape
from django.utils.safestring import mark_safe

from documents.models import Document
from lsp_portal import permissions
from strategies.models import (
    EngagementActivity,
    EqualityImpactAssessment,
    Evidence,
    LinkedPlan,
    NeighbourhoodPlan,
    PlanIssue,
    Priority,
    Strategy,
    StrategyReminder,
)


def adopted_strategy(*, lsp) -> Strategy | None:
    return (
        Strategy.objects.for_lsp(lsp)
        .filter(status=Strategy.Status.ADOPTED)
        .select_related("published_document", "adopted_by_decision__meeting__partnership")
        .first()
    )


def published_pdf(strategy: Strategy):
    """The adopted strategy's PDF, once the worker has made it."""
    document = strategy.published_document
    if document is None or document.status != Document.Status.READY or not document.file:
        return None
    return document


def current_priorities(*, lsp):
    """The priorities partners work to: the adopted version's, or before any adoption, the
    latest draft's."""
    strategy = (
        adopted_strategy(lsp=lsp) or Strategy.objects.for_lsp(lsp).order_by("-version").first()
    )
    if strategy is None:
        return Priority.objects.none()
    return strategy.priorities.all()


def strategies_visible(*, lsp, access):
    """Every version for those who shape the strategy; adopted and superseded ones for MPs."""
    versions = Strategy.objects.for_lsp(lsp)
    if not access.can(permissions.VIEW_STRATEGY_DRAFTS):
        versions = versions.exclude(status__in=Strategy.EDITABLE)
    return versions


def strategy_for(*, lsp, access, strategy_id) -> Strategy:
    strategy = (
        strategies_visible(lsp=lsp, access=access)
        .select_related("adopted_by_decision__meeting__partnership", "based_on")
        .filter(pk=strategy_id)
        .first()
    )
    if strategy is None:
        raise Http404
    return strategy


def _ancestry(lsp_id) -> dict[int, int | None]:
    """Every priority of the LSP and the one it was copied from (one query)."""
    return dict(Priority.objects.filter(lsp_id=lsp_id).values_list("pk", "copied_from_id"))


def _lineage(priority_id: int, ancestry: dict) -> list[int]:
    """The priority and every earlier version of it."""
    found = []
    while priority_id is not None and priority_id not in found:
        found.append(priority_id)
        priority_id = ancestry.get(priority_id)
    return found


def priorities_of(strategy: Strategy) -> list[Priority]:
    """The priorities with their evidence and links, and the neighbourhood plan issues taken
    up in them or in the same priority of an earlier version, in six queries."""
    priorities = list(
        strategy.priorities.select_related("lead_partnership", "contributes_to").prefetch_related(
            Prefetch("evidence", queryset=Evidence.objects.order_by("pk")),
            Prefetch("links", queryset=Priority.objects.order_by("order", "pk")),
        )
    )
    ancestry = _ancestry(strategy.lsp_id)
    owner = {
        earlier: priority for priority in priorities for earlier in _lineage(priority.pk, ancestry)
    }
    for priority in priorities:
        priority.neighbourhood_issues = []
    issues = PlanIssue.objects.filter(priority_id__in=owner).select_related("plan").order_by("pk")
    for issue in issues:
        owner[issue.priority_id].neighbourhood_issues.append(issue)
    return priorities


def linked_plans_of(strategy: Strategy) -> list[LinkedPlan]:
    return list(
        strategy.linked_plans.select_related("owner").prefetch_related(
            Prefetch("priorities", queryset=Priority.objects.order_by("order", "pk"))
        )
    )


def district_strategies(*, lsp) -> list[Strategy]:
    """In a county's register: each district LSP's adopted strategy (one query)."""
    return list(
        Strategy.objects.filter(lsp__county_lsp=lsp, status=Strategy.Status.ADOPTED)
        .select_related("lsp")
        .order_by("lsp__name")
    )


def strategy_outline(strategy: Strategy) -> list[str]:
    """The version as lines of text, for comparing two versions."""
    lines = [
        f"Title: {strategy.title}",
        f"Period: {strategy.period_start} to {strategy.period_end}",
        f"Vision: {strategy.vision}",
    ]
    for priority in priorities_of(strategy):
        lines.append(
            f"Priority {priority.order}: {priority.title} ({', '.join(priority.pillar_names())})"
        )
        if priority.description:
            lines.append(f"  {priority.description}")
        if priority.lead_partnership:
            lines.append(f"  Lead partnership: {priority.lead_partnership.name}")
        for evidence in priority.evidence.all():
            figure = (
                f" {evidence.figure.normalize():f}{evidence.unit}"
                if evidence.figure is not None
                else ""
            )
            lines.append(f"  Evidence: {evidence.statement}{figure} ({evidence.source})")
    for plan in linked_plans_of(strategy):
        related = ", ".join(str(p.order) for p in plan.priorities.all())
        lines.append(
            f"Linked plan: {plan.title} ({plan.owner.name}): {plan.get_alignment_display()}"
            + (f", priorities {related}" if related else "")
        )
    return lines


@dataclass
class ComparedLine:
    before: str
    after: str
    change: str  # "same", "changed", "removed", "added"


def _words_marked(words: list[str], spans, tag: str) -> str:
    out = []
    for start, end, changed in spans:
        text = escape(" ".join(words[start:end]))
        out.append(f"<{tag}>{text}</{tag}>" if changed and text else text)
    return " ".join(part for part in out if part)


def _compare_words(before: str, after: str) -> tuple[str, str]:
    old, new = before.split(), after.split()
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    old_spans, new_spans = [], []
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        old_spans.append((a1, a2, op != "equal"))
        new_spans.append((b1, b2, op != "equal"))
    return _words_marked(old, old_spans, "del"), _words_marked(new, new_spans, "ins")


def compare(before: Strategy, after: Strategy) -> list[ComparedLine]:
    """Two versions side by side, line by line, with changed words marked up."""
    old, new = strategy_outline(before), strategy_outline(after)
    rows = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            rows += [ComparedLine(escape(line), escape(line), "same") for line in old[a1:a2]]
            continue
        pairs = max(a2 - a1, b2 - b1)
        for offset in range(pairs):
            left = old[a1 + offset] if a1 + offset < a2 else None
            right = new[b1 + offset] if b1 + offset < b2 else None
            if left is not None and right is not None:
                marked_left, marked_right = _compare_words(left, right)
                rows.append(ComparedLine(marked_left, marked_right, "changed"))
            elif left is not None:
                rows.append(ComparedLine(f"<del>{escape(left)}</del>", "", "removed"))
            else:
                rows.append(ComparedLine("", f"<ins>{escape(right)}</ins>", "added"))
    return [
        ComparedLine(mark_safe(row.before), mark_safe(row.after), row.change)  # noqa: S308
        for row in rows
    ]


@dataclass
class StrategyDue:
    """The LSP home page's one banner about the adopted strategy: every date it has
    reached, worst first, in a single notice rather than one banner per date."""

    strategy: Strategy
    notices: list[str]
    review: bool  # the three-year review is near or past: the answer is a new version


def strategy_due_notices(*, lsp, today) -> StrategyDue | None:
    """What the LSP home page's banner says about the adopted strategy's refresh and review."""
    strategy = Strategy.objects.for_lsp(lsp).filter(status=Strategy.Status.ADOPTED).first()
    if strategy is None:
        return None
    Threshold = StrategyReminder.Threshold
    earned = sorted(
        reminder_thresholds(strategy, today),
        # Overdue before due soon; the three-year review, which a new version answers,
        # before the annual refresh.
        key=lambda earned: (
            earned[0] not in (Threshold.REVIEW_OVERDUE, Threshold.REFRESH_OVERDUE),
            earned[0] not in (Threshold.REVIEW_OVERDUE, Threshold.REVIEW_SOON),
        ),
    )
    if not earned:
        return None
    return StrategyDue(
        strategy=strategy,
        notices=[f"{Threshold(threshold).label}: {due:%-d %B %Y}." for threshold, due in earned],
        review=any(
            threshold in (Threshold.REVIEW_OVERDUE, Threshold.REVIEW_SOON)
            for threshold, _ in earned
        ),
    )


def engagement_of(*, lsp):

    return EngagementActivity.objects.for_lsp(lsp).select_related("organiser")


def overlapping(activity) -> list:
    """Other activities at the same time that ask the same people or the same places: the
    risk of consultation fatigue. Dates overlap in the database; audiences and places
    are compared here, among the few that share dates."""
    same_time = (
        engagement_of(lsp=activity.lsp_id)
        .filter(starts_on__lte=activity.ends_on, ends_on__gte=activity.starts_on)
        .exclude(pk=activity.pk)
    )
    places = activity.place_names()
    found = []
    for other in same_time:
        other_places = other.place_names()
        shares_audience = bool(set(activity.audiences) & set(other.audiences))
        # An activity with no places named covers the whole area, so it meets every place.
        shares_place = not places or not other_places or bool(places & other_places)
        if shares_audience or shares_place:
            found.append(other)
    return found


@dataclass
class Day:
    day: object
    in_month: bool
    activities: list


def month_of(*, lsp, year: int, month: int) -> list[list[Day]]:
    """The weeks of a month, Monday first, each day with the activities running on it."""
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    first, last = weeks[0][0], weeks[-1][-1]
    activities = list(engagement_of(lsp=lsp).filter(starts_on__lte=last, ends_on__gte=first))
    return [
        [
            Day(day, day.month == month, [a for a in activities if a.starts_on <= day <= a.ends_on])
            for day in week
        ]
        for week in weeks
    ]


def neighbourhood_plans(*, lsp):
    """Plans with how many of their issues are taken up, not taken up or waiting."""

    return (
        NeighbourhoodPlan.objects.for_lsp(lsp)
        .select_related("organisation")
        .annotate(
            mapped=Count("issues", filter=Q(issues__outcome="mapped")),
            not_taken_up=Count("issues", filter=Q(issues__outcome="not_taken_up")),
            pending=Count("issues", filter=Q(issues__outcome="pending")),
        )
    )


@dataclass
class DistrictPriorities:
    lsp: object
    strategy: Strategy | None
    by_county_priority: list  # (county priority, the district's priorities contributing)
    unmapped: list


def districts_beside_county(*, lsp) -> tuple[Strategy | None, list[DistrictPriorities]]:
    """A county's adopted priorities, and each district's adopted priorities mapped to them
    or not (three queries whatever the number of districts)."""
    county = adopted_strategy(lsp=lsp)
    districts = list(lsp.district_lsps.order_by("name"))
    priorities = (
        Priority.objects.filter(
            strategy__lsp__in=districts, strategy__status=Strategy.Status.ADOPTED
        )
        .select_related("strategy")
        .order_by("order", "pk")
    )
    by_district: dict[int, list[Priority]] = defaultdict(list)
    for priority in priorities:
        by_district[priority.lsp_id].append(priority)
    county_priorities = list(county.priorities.all()) if county else []
    # A district may have mapped to the same priority in an earlier county version.
    ancestry = _ancestry(lsp.pk) if county else {}
    current = {
        earlier: priority.pk
        for priority in county_priorities
        for earlier in _lineage(priority.pk, ancestry)
    }
    rows = []
    for district in districts:
        own = by_district[district.pk]
        mapped = defaultdict(list)
        unmapped = []
        for priority in own:
            if priority.contributes_to_id in current:
                mapped[current[priority.contributes_to_id]].append(priority)
            else:
                unmapped.append(priority)
        rows.append(
            DistrictPriorities(
                district,
                own[0].strategy if own else None,
                [
                    (county_priority, mapped[county_priority.pk])
                    for county_priority in county_priorities
                ],
                unmapped,
            )
        )
    return county, rows


def equality_impact_of(strategy: Strategy):

    return (
        EqualityImpactAssessment.objects.for_lsp(strategy.lsp_id).filter(strategy=strategy).first()
    )


REMINDER_NOTICE = timedelta(days=60)


def reminder_thresholds(strategy: Strategy, today: date) -> list[tuple[str, date]]:
    """Which reminders an adopted strategy has earned today: 60 days before each date,
    and once it has passed."""
    Threshold = StrategyReminder.Threshold
    earned = []
    for due, soon, overdue in (
        (strategy.refresh_due, Threshold.REFRESH_SOON, Threshold.REFRESH_OVERDUE),
        (strategy.review_due, Threshold.REVIEW_SOON, Threshold.REVIEW_OVERDUE),
    ):
        if due is None:
            continue
        if today >= due:
            earned.append((overdue, due))
        elif today >= due - REMINDER_NOTICE:
            earned.append((soon, due))
    return earned

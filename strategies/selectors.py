"""Reads of the Sustainable Community Strategy."""

import difflib
from dataclasses import dataclass

from django.db.models import Prefetch
from django.http import Http404
from django.utils.html import escape
from django.utils.safestring import mark_safe

from lsp_portal import permissions
from strategies.models import Evidence, LinkedPlan, Priority, Strategy, StrategyReminder


def adopted_strategy(*, lsp) -> Strategy | None:
    return (
        Strategy.objects.for_lsp(lsp)
        .filter(status=Strategy.Status.ADOPTED)
        .select_related("published_document", "adopted_by_decision__meeting__partnership")
        .first()
    )


def published_pdf(strategy: Strategy):
    """The adopted strategy's PDF, once the worker has made it."""
    from documents.models import Document

    document = strategy.published_document
    if document is None or document.status != Document.Status.READY or not document.file:
        return None
    return document


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


def priorities_of(strategy: Strategy) -> list[Priority]:
    """The priorities with their evidence, links and linked plans, in four queries."""
    return list(
        strategy.priorities.select_related("lead_partnership", "contributes_to").prefetch_related(
            Prefetch("evidence", queryset=Evidence.objects.order_by("pk")),
            Prefetch("links", queryset=Priority.objects.order_by("order", "pk")),
        )
    )


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
        for evidence in priority.evidence.all():
            figure = f" {evidence.figure.normalize():f}{evidence.unit}" if evidence.figure else ""
            lines.append(f"  Evidence: {evidence.statement}{figure} ({evidence.source})")
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


def strategy_due_notices(*, lsp, today) -> list[tuple[Strategy, str]]:
    """What the LSP home page's banner says about the adopted strategy's refresh and review."""
    from strategies.services import reminder_thresholds

    strategy = Strategy.objects.for_lsp(lsp).filter(status=Strategy.Status.ADOPTED).first()
    if strategy is None:
        return []
    return [
        (strategy, f"{StrategyReminder.Threshold(threshold).label}: {due:%-d %B %Y}.")
        for threshold, due in reminder_thresholds(strategy, today)
    ]

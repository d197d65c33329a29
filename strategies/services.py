"""Changes to the Sustainable Community Strategy. A version changes only while it is a
draft or out to consultation; adoption freezes it."""

from datetime import date
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.tasks import send_email
from documents.services import document_request
from lsp_portal.permissions import RoleName
from lsp_portal.services import validated_save
from lsp_portal.uploads import validate_paper
from strategies.documents import STRATEGY
from strategies.models import (
    Evidence,
    LinkedPlan,
    PlanIssue,
    Priority,
    Strategy,
    StrategyComment,
    StrategyReminder,
)
from strategies.selectors import reminder_thresholds
from tenancy.models import LSP, Role


def _refuse_unless_editable(strategy: Strategy) -> None:
    if not strategy.is_editable:
        raise ValidationError(
            f"Version {strategy.version} is {strategy.get_status_display().lower()} and can "
            "no longer change. Start a new draft version to change it."
        )


def _locked_editable(strategy_id: int) -> Strategy:
    """The version, locked until the transaction ends, if it may still change. An adoption
    takes the same lock, so no edit lands on a version after it is adopted."""
    strategy = Strategy.objects.select_for_update().get(pk=strategy_id)
    _refuse_unless_editable(strategy)
    return strategy


def _lock_lsp(lsp_id: int) -> None:
    # Version numbers and "one adopted version" are per LSP: one change at a time.
    LSP.objects.select_for_update().filter(pk=lsp_id).first()


TEXT_FIELDS = ["title", "period_start", "period_end", "vision"]


@transaction.atomic
def strategy_save(*, strategy: Strategy) -> Strategy:
    """Start the strategy, or change a version's text while it may still change. Only the
    text is written, so a stale form can never undo a status or an adoption."""
    if strategy.pk:
        _locked_editable(strategy.pk)
        strategy.full_clean()
        strategy.save(update_fields=[*TEXT_FIELDS, "updated_at"])
        return strategy
    _lock_lsp(strategy.lsp_id)
    latest = Strategy.objects.for_lsp(strategy.lsp).order_by("-version").first()
    strategy.version = latest.version + 1 if latest else 1
    return validated_save(strategy)


@transaction.atomic
def strategy_new_draft(*, strategy: Strategy) -> Strategy:
    """A new draft version, copied from the adopted one: its text, priorities (and the
    links between them), their evidence, and the linked plans. Each copied priority
    remembers the one it came from, so mappings to it still find it. The equality impact
    assessment is not copied: a new version needs its own. While a draft is open, asking
    again returns it."""
    _lock_lsp(strategy.lsp_id)
    strategy = Strategy.objects.get(pk=strategy.pk)
    open_draft = Strategy.objects.for_lsp(strategy.lsp).filter(status__in=Strategy.EDITABLE)
    if draft := open_draft.order_by("-version").first():
        return draft
    if strategy.status != Strategy.Status.ADOPTED:
        raise ValidationError("A new draft starts from the adopted version.")
    latest = Strategy.objects.for_lsp(strategy.lsp).order_by("-version").first()
    draft = Strategy.objects.create(
        lsp=strategy.lsp,
        title=strategy.title,
        version=latest.version + 1,
        based_on=strategy,
        period_start=strategy.period_start,
        period_end=strategy.period_end,
        vision=strategy.vision,
    )
    originals = list(strategy.priorities.prefetch_related("evidence", "links"))
    copies: dict[int, Priority] = {}
    for priority in originals:
        copies[priority.pk] = Priority.objects.create(
            lsp=strategy.lsp,
            strategy=draft,
            copied_from=priority,
            order=priority.order,
            title=priority.title,
            description=priority.description,
            pillars=priority.pillars,
            lead_partnership_id=priority.lead_partnership_id,
            contributes_to_id=priority.contributes_to_id,
        )
    Evidence.objects.bulk_create(
        Evidence(
            lsp=strategy.lsp,
            priority=copies[priority.pk],
            statement=evidence.statement,
            figure=evidence.figure,
            unit=evidence.unit,
            as_of=evidence.as_of,
            source=evidence.source,
            link=evidence.link,
        )
        for priority in originals
        for evidence in priority.evidence.all()
    )
    for priority in originals:
        copies[priority.pk].links.set(
            [copies[link.pk] for link in priority.links.all() if link.pk in copies]
        )
    for plan in strategy.linked_plans.prefetch_related("priorities"):
        old_priorities = list(plan.priorities.all())
        plan.pk = None
        plan._state.adding = True
        plan.strategy = draft
        plan.save()
        plan.priorities.set([copies[p.pk] for p in old_priorities if p.pk in copies])
    return draft


def strategy_send_to_consultation(*, strategy: Strategy) -> Strategy:
    if strategy.status != Strategy.Status.DRAFT:
        raise ValidationError("Only a draft can go out to consultation.")
    strategy.status = Strategy.Status.CONSULTATION
    strategy.save(update_fields=["status", "updated_at"])
    return strategy


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@transaction.atomic
def strategy_adopt(*, strategy: Strategy, decision, adopted_on: date, by) -> Strategy:
    """Adopt a version by an executive decision taken at a meeting. The version adopted
    before it is superseded; refresh and review dates are set; the published PDF is made."""
    _lock_lsp(strategy.lsp_id)
    strategy = _locked_editable(strategy.pk)
    if decision is None or decision.lsp_id != strategy.lsp_id:
        raise ValidationError({"decision": "Choose the decision that adopted the strategy"})
    if not decision.meeting.is_public or (
        decision.agenda_item_id and decision.agenda_item.is_confidential
    ):
        raise ValidationError(
            {"decision": "Choose a decision taken in public: the adoption is published"}
        )
    if not strategy.priorities.exists():
        raise ValidationError("A strategy needs at least one priority before it is adopted.")
    for previous in Strategy.objects.for_lsp(strategy.lsp).filter(status=Strategy.Status.ADOPTED):
        previous.status = Strategy.Status.SUPERSEDED
        previous._change_reason = f"Superseded by version {strategy.version}"
        previous.save(update_fields=["status", "updated_at"])
    strategy.status = Strategy.Status.ADOPTED
    strategy.adopted_by_decision = decision
    strategy.adopted_on = adopted_on
    strategy.refresh_due = _years_after(adopted_on, 1)
    strategy.review_due = _years_after(adopted_on, 3)
    strategy._change_reason = f"Adopted by {decision.meeting.partnership} on {adopted_on}"
    strategy.published_document, _ = document_request(
        lsp=strategy.lsp, kind=STRATEGY.slug, actor=by
    )
    strategy.save()
    return strategy


def strategy_record_refresh(*, strategy: Strategy, on: date) -> Strategy:
    """The annual refresh is done: the next one is due a year on."""
    if strategy.status != Strategy.Status.ADOPTED:
        raise ValidationError("Only the adopted strategy is refreshed.")
    strategy.refresh_due = _years_after(on, 1)
    strategy._change_reason = f"Annual refresh recorded on {on}"
    strategy.save(update_fields=["refresh_due", "updated_at"])
    return strategy


def priority_save(*, priority: Priority, links=None) -> Priority:
    with transaction.atomic():
        _locked_editable(priority.strategy_id)
        validated_save(priority)
        if links is not None:
            priority.links.set([p for p in links if p.strategy_id == priority.strategy_id])
    return priority


def evidence_save(*, evidence: Evidence) -> Evidence:
    with transaction.atomic():
        _locked_editable(evidence.priority.strategy_id)
        return validated_save(evidence)


def linked_plan_save(*, plan: LinkedPlan, priorities) -> LinkedPlan:
    if any(p.strategy_id != plan.strategy_id for p in priorities):
        raise ValidationError({"priorities": "Choose priorities of this strategy"})
    with transaction.atomic():
        _locked_editable(plan.strategy_id)
        validated_save(plan)
        plan.priorities.set(priorities)
    return plan


def strategy_reminders_send(*, today: date) -> list[StrategyReminder]:
    """E-mail each LSP's coordinators when its strategy's refresh or review is 60 days away
    and when it is overdue. A reminder is recorded before it is sent, under a unique
    constraint, so running this twice (or on two workers at once) sends each one once."""
    sent = []
    adopted = Strategy.objects.filter(status=Strategy.Status.ADOPTED).select_related("lsp")
    for strategy in adopted:
        coordinators = [
            role.user
            for role in Role.objects.for_lsp(strategy.lsp)
            .current()
            .filter(role=RoleName.COORDINATOR)
            .select_related("user")
        ]
        if not coordinators:
            continue  # nobody to tell yet; the reminder waits for a coordinator
        for threshold, due in reminder_thresholds(strategy, today):
            with transaction.atomic():
                reminder, created = StrategyReminder.objects.get_or_create(
                    strategy=strategy, threshold=threshold, due=due, defaults={"lsp": strategy.lsp}
                )
                if not created:
                    continue
                reminder.sent_to.set(coordinators)
                _send_reminder(reminder, strategy, [user.email for user in coordinators])
            sent.append(reminder)
    return sent


def _send_reminder(reminder, strategy, recipients):
    if not recipients:
        return
    link = settings.PORTAL_BASE_URL.rstrip("/") + reverse(
        "strategies:strategy", args=[strategy.lsp.slug, strategy.pk]
    )
    body = render_to_string(
        "strategies/email/reminder.txt",
        {"reminder": reminder, "strategy": strategy, "lsp": strategy.lsp, "link": link},
    )
    subject = f"{strategy.lsp.name}: {reminder.get_threshold_display()}"
    transaction.on_commit(partial(send_email.delay, subject, body, recipients))


def engagement_save(*, activity, priorities, by):
    """Add or change a diary entry. Whether it overlaps others is the form's question to
    the person; saving does not depend on it."""
    if not activity.pk:
        activity.created_by = by
    if any(p.lsp_id != activity.lsp_id for p in priorities):
        raise ValidationError({"priorities": "Choose priorities of this LSP's strategy"})
    with transaction.atomic():
        validated_save(activity)
        activity.priorities.set(priorities)
    return activity


def neighbourhood_plan_submit(*, plan, issues: list[str], document, by):
    """A partner submits a plan with the issues it raises; the document, if any, must be a
    real PDF or Word file of at most 20 MB."""
    issues = [text.strip() for text in issues if text.strip()]
    if not issues:
        raise ValidationError({"issues": "Enter at least one issue the plan raises"})
    if document is not None:
        validate_paper(document)
        plan.document_name = document.name.rsplit("/", 1)[-1][:255]
        plan.document.save(f"{plan.lsp.slug}/{document.name}", document, save=False)
    plan.submitted_by = by
    with transaction.atomic():
        validated_save(plan)
        for text in issues:
            validated_save(PlanIssue(lsp=plan.lsp, plan=plan, text=text[:300]))
    return plan


def plan_issue_decide(*, issue):
    """The coordinator says where an issue went: a priority, or not taken up and why."""
    if issue.outcome != PlanIssue.Outcome.MAPPED:
        issue.priority = None
    if issue.outcome != PlanIssue.Outcome.NOT_TAKEN_UP:
        issue.reason = ""
    if issue.priority is not None and issue.priority.lsp_id != issue.lsp_id:
        raise ValidationError({"priority": "Choose a priority of this LSP's strategy"})
    with transaction.atomic():
        return validated_save(issue)


def equality_impact_save(*, assessment):
    with transaction.atomic():
        _locked_editable(assessment.strategy_id)
        return validated_save(assessment)


def strategy_comment(*, strategy: Strategy, text: str, by):
    """Comments are on drafts, while they can still change the text."""
    if not Strategy.objects.get(pk=strategy.pk).is_editable:
        raise ValidationError({"text": "Comments are for versions that can still change"})
    if not text.strip():
        raise ValidationError({"text": "Enter your comment"})
    return StrategyComment.objects.create(
        lsp=strategy.lsp, strategy=strategy, author=by, text=text.strip()
    )

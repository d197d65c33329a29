"""Scrutiny: the committees and who sits on them, the work programme of reviews, and the
information requests reviews send to partners."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from lsp_portal import permissions
from lsp_portal.forms import form_page, save_or_explain
from lsp_portal.history import history_of
from scrutiny import selectors, services
from scrutiny.forms import (
    AnswerForm,
    CommitteeForm,
    CommitteeMemberForm,
    DeclineForm,
    EndSeatForm,
    InformationRequestForm,
    ReviewForm,
)
from scrutiny.models import Committee, CommitteeMember, InformationRequest
from scrutiny.permissions import answers_for, works_on
from tenancy.access import get_for_lsp, lsp_view


def _committee(request, committee_id) -> Committee:
    return get_for_lsp(selectors.committees_of(lsp=request.lsp), request.lsp, pk=committee_id)


@lsp_view(permissions.VIEW_SCRUTINY)
@require_GET
def committee_list(request):
    today = timezone.localdate()
    committees = [
        {
            "committee": committee,
            "chair": selectors.chair_of(committee, today),
            "seats": len(selectors.current_seats(committee, today)),
        }
        for committee in selectors.committees_of(lsp=request.lsp)
    ]
    return render(request, "scrutiny/committee_list.html", {"committees": committees})


@lsp_view(permissions.VIEW_SCRUTINY)
@require_GET
def committee_detail(request, committee_id):
    committee = _committee(request, committee_id)
    today = timezone.localdate()
    current = selectors.current_seats(committee, today)
    past = [seat for seat in committee.members.all() if seat not in current]
    manages = request.lsp_access.can(permissions.MANAGE_COMMITTEES)
    return render(
        request,
        "scrutiny/committee_detail.html",
        {
            "committee": committee,
            "current": current,
            "past": past,
            "manages": manages,
            "history": history_of(committee) if manages else None,
        },
    )


@lsp_view(permissions.MANAGE_COMMITTEES)
@require_http_methods(["GET", "POST"])
def committee_new(request):
    form = CommitteeForm(request.POST or None, lsp=request.lsp)
    if request.method == "POST" and form.is_valid():
        committee = save_or_explain(form, lambda: services.committee_save(committee=form.instance))
        if committee is not None:
            messages.success(request, "Committee set up. Add its members next.")
            return redirect("scrutiny:committee", request.lsp.slug, committee.pk)
    return render(
        request,
        "partnerships/form_page.html",
        {
            "form": form,
            "heading": "Set up a scrutiny committee",
            "parent": "Scrutiny committees",
            "parent_url": reverse("scrutiny:committees", args=[request.lsp.slug]),
        },
    )


@lsp_view(permissions.MANAGE_COMMITTEES)
@require_http_methods(["GET", "POST"])
def committee_edit(request, committee_id):
    committee = _committee(request, committee_id)
    form = CommitteeForm(request.POST or None, instance=committee, lsp=request.lsp)
    url = reverse("scrutiny:committee", args=[request.lsp.slug, committee.pk])
    return form_page(
        request,
        form,
        save=lambda: services.committee_save(committee=form.instance),
        done=url,
        message="Committee saved.",
        heading=f"Change {committee.name}",
        parent=committee.name,
        parent_url=url,
        history=history_of(committee),
    )


@lsp_view(permissions.MANAGE_COMMITTEES)
@require_http_methods(["GET", "POST"])
def member_new(request, committee_id):
    committee = _committee(request, committee_id)
    form = CommitteeMemberForm(request.POST or None, committee=committee)
    url = reverse("scrutiny:committee", args=[request.lsp.slug, committee.pk])
    return form_page(
        request,
        form,
        save=lambda: services.committee_member_add(seat=form.instance),
        done=url,
        message="Councillor added to the committee.",
        heading=f"Add a member to {committee.name}",
        parent=committee.name,
        parent_url=url,
    )


@lsp_view(permissions.MANAGE_COMMITTEES)
@require_http_methods(["GET", "POST"])
def member_end(request, seat_id):
    seat = get_for_lsp(
        CommitteeMember.objects.select_related("person", "committee"), request.lsp, pk=seat_id
    )
    url = reverse("scrutiny:committee", args=[request.lsp.slug, seat.committee_id])
    form = EndSeatForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        ended = save_or_explain(
            form, lambda: services.committee_member_end(seat=seat, on=form.cleaned_data["ends_on"])
        )
        if ended is not None:
            messages.success(request, f"{seat.person}'s seat ends on {seat.ends_on:%-d %B %Y}.")
            return redirect(url)
    return render(
        request,
        "partnerships/form_page.html",
        {
            "form": form,
            "heading": f"End {seat.person}'s seat on {seat.committee.name}",
            "parent": seat.committee.name,
            "parent_url": url,
            "history": history_of(seat),
        },
    )


# --- The work programme and its reviews ------------------------------------------------


@lsp_view(permissions.VIEW_SCRUTINY)
@require_GET
def review_list(request):
    today = timezone.localdate()
    reviews = [
        {"review": review, "overrunning": review.is_overrunning(today)}
        for review in selectors.work_programme(lsp=request.lsp)
    ]
    return render(request, "scrutiny/review_list.html", {"reviews": reviews})


@lsp_view(permissions.VIEW_SCRUTINY)
@require_GET
def review_detail(request, review_id):
    review = selectors.review_detail(lsp=request.lsp, review_id=review_id)
    works = works_on(user=request.user, committee=review.committee)
    today = timezone.localdate()
    following = review.next_status()
    return render(
        request,
        "scrutiny/review_detail.html",
        {
            "review": review,
            "requests": selectors.with_overdue(review.requests.all(), today),
            "works_on": works,
            "overrunning": review.is_overrunning(today),
            "next_status": following.label if following else None,
            "history": history_of(review) if works else None,
        },
    )


@lsp_view(permissions.RUN_REVIEWS)
@require_http_methods(["GET", "POST"])
def review_new(request):
    return _review_form(request, None)


@lsp_view(permissions.RUN_REVIEWS)
@require_http_methods(["GET", "POST"])
def review_edit(request, review_id):
    review = selectors.review_detail(lsp=request.lsp, review_id=review_id)
    if not works_on(user=request.user, committee=review.committee):
        raise PermissionDenied
    return _review_form(request, review)


def _review_form(request, review):
    form = ReviewForm(request.POST or None, instance=review, lsp=request.lsp, user=request.user)
    if request.method == "POST" and form.is_valid():
        saved = save_or_explain(
            form,
            lambda: services.review_save(
                review=form.instance,
                by=request.user,
                outcomes=form.cleaned_data["outcomes"],
                targets=form.cleaned_data["targets"],
                partnerships=form.cleaned_data["partnerships"],
            ),
        )
        if saved is not None:
            messages.success(request, "Review saved." if review else "Review proposed.")
            return redirect("scrutiny:review", request.lsp.slug, saved.pk)
    list_url = reverse("scrutiny:reviews", args=[request.lsp.slug])
    return render(
        request,
        "partnerships/form_page.html",
        {
            "form": form,
            "heading": f"Change {review.title}" if review else "Propose a review",
            "parent": "Work programme",
            "parent_url": list_url,
            "lead": None
            if form.fields["committee"].queryset.exists()
            else "You do not sit on a scrutiny committee yet: the coordinator adds members.",
            "history": history_of(review) if review else None,
        },
    )


@lsp_view(permissions.RUN_REVIEWS)
@require_POST
def review_move_on(request, review_id):
    review = selectors.review_detail(lsp=request.lsp, review_id=review_id)
    if not works_on(user=request.user, committee=review.committee):
        raise PermissionDenied
    try:
        moved = services.review_move_on(review=review, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"The review is now at: {moved.get_status_display()}.")
    return redirect("scrutiny:review", request.lsp.slug, review.pk)


# --- Information requests ----------------------------------------------------------------


def _request_url(request, information_request) -> str:
    return reverse("scrutiny:information-request", args=[request.lsp.slug, information_request.pk])


@lsp_view(permissions.RUN_REVIEWS)
@require_http_methods(["GET", "POST"])
def information_request_new(request, review_id):
    review = selectors.review_detail(lsp=request.lsp, review_id=review_id)
    if not works_on(user=request.user, committee=review.committee):
        raise PermissionDenied
    form = InformationRequestForm(
        request.POST or None,
        review=review,
        initial={"due_on": timezone.localdate() + timedelta(days=services.REQUEST_DAYS)},
    )
    if request.method == "POST" and form.is_valid():
        sent = save_or_explain(
            form,
            lambda: services.information_request_send(
                information_request=form.instance, by=request.user
            ),
        )
        if sent is not None:
            messages.success(request, f"Request sent to {sent.organisation.name}.")
            return redirect("scrutiny:review", request.lsp.slug, review.pk)
    return render(
        request,
        "partnerships/form_page.html",
        {
            "form": form,
            "heading": "Send an information request",
            "caption": review.title,
            "parent": review.title,
            "parent_url": reverse("scrutiny:review", args=[request.lsp.slug, review.pk]),
        },
    )


@lsp_view(permissions.VIEW_SCRUTINY)
@require_GET
def information_request_detail(request, request_id):
    asked = selectors.information_request_detail(lsp=request.lsp, request_id=request_id)
    answers = answers_for(user=request.user, information_request=asked)
    return render(
        request,
        "scrutiny/information_request.html",
        {
            "asked": asked,
            "answers": answers and asked.status == InformationRequest.Status.OPEN,
            "overdue": asked.is_overdue(timezone.localdate()),
            "history": history_of(asked)
            if answers or works_on(user=request.user, committee=asked.review.committee)
            else None,
        },
    )


@lsp_view(permissions.VIEW_SCRUTINY)
@require_GET
def information_request_attachment(request, request_id):
    asked = selectors.information_request_detail(lsp=request.lsp, request_id=request_id)
    if not asked.attachment:
        raise Http404
    return FileResponse(
        asked.attachment.open("rb"), as_attachment=True, filename=asked.attachment_name
    )


def _answer_page(request, request_id, *, form_class, save, message, heading):
    asked = selectors.information_request_detail(lsp=request.lsp, request_id=request_id)
    if not answers_for(user=request.user, information_request=asked):
        raise PermissionDenied
    form = form_class(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if save_or_explain(form, lambda: save(asked, form.cleaned_data)) is not None:
            messages.success(request, message)
            return redirect(_request_url(request, asked))
    return render(
        request,
        "partnerships/form_page.html",
        {
            "form": form,
            "heading": heading,
            "caption": asked.organisation.name,
            "lead": asked.question,
            "parent": "The request",
            "parent_url": _request_url(request, asked),
        },
    )


@lsp_view(permissions.ANSWER_REQUESTS)
@require_http_methods(["GET", "POST"])
def information_request_answer(request, request_id):
    return _answer_page(
        request,
        request_id,
        form_class=AnswerForm,
        save=lambda asked, data: services.information_request_answer(
            information_request=asked,
            response=data["response"],
            attachment=data["attachment"],
            by=request.user,
        ),
        message="Answer sent to the review.",
        heading="Answer the request",
    )


@lsp_view(permissions.ANSWER_REQUESTS)
@require_http_methods(["GET", "POST"])
def information_request_decline(request, request_id):
    return _answer_page(
        request,
        request_id,
        form_class=DeclineForm,
        save=lambda asked, data: services.information_request_decline(
            information_request=asked, reason=data["decline_reason"], by=request.user
        ),
        message="The request is declined, with your reasons.",
        heading="Decline the request",
    )

"""Partnership agreements: who is accountable for which outcome, what each party commits,
and each party's signature."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from laa import permissions as laa_permissions
from laa import selectors, services
from laa.forms import (
    AgreementOutcomeForm,
    AgreementPartyForm,
    CommitmentForm,
    PartnershipAgreementForm,
    SignForm,
)
from lsp_portal import permissions
from lsp_portal.forms import form_page
from lsp_portal.history import history_of
from tenancy.access import lsp_view


def _agreement_url(request, agreement):
    return reverse("laa:partnership-agreement", args=[request.lsp.slug, agreement.pk])


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def agreement_list(request):
    return render(
        request,
        "laa/agreements.html",
        {"agreements": selectors.agreements(lsp=request.lsp), "today": timezone.localdate()},
    )


@lsp_view(permissions.VIEW_LAA_DRAFTS)
@require_GET
def agreement_detail(request, agreement_id):
    agreement = selectors.agreement_detail(lsp=request.lsp, agreement_id=agreement_id)
    can_sign = bool(
        laa_permissions.signing_organisation_ids(
            user=request.user, access=request.lsp_access, agreement=agreement
        )
    )
    return render(
        request,
        "laa/agreement.html",
        {
            "agreement": agreement,
            "can_sign": can_sign and agreement.status == agreement.Status.DRAFT,
            "manage": request.lsp_access.can(permissions.MANAGE_LAA),
            "draft": agreement.status == agreement.Status.DRAFT,
            "today": timezone.localdate(),
            "history": history_of(agreement),
        },
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def agreement_edit(request, agreement_id=None):
    agreement = (
        selectors.agreement_detail(lsp=request.lsp, agreement_id=agreement_id)
        if agreement_id
        else None
    )
    form = PartnershipAgreementForm(request.POST or None, instance=agreement, lsp=request.lsp)
    list_url = reverse("laa:partnership-agreements", args=[request.lsp.slug])
    return form_page(
        request,
        form,
        save=lambda: services.partnership_agreement_save(agreement=form.instance),
        done=_agreement_url(request, agreement) if agreement else list_url,
        message="Agreement saved.",
        heading="Change the agreement" if agreement else "Draw up a partnership agreement",
        parent="Partnership agreements",
        parent_url=list_url,
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def party_add(request, agreement_id):
    agreement = selectors.agreement_detail(lsp=request.lsp, agreement_id=agreement_id)
    form = AgreementPartyForm(request.POST or None, lsp=request.lsp)
    return form_page(
        request,
        form,
        save=lambda: services.agreement_party_add(
            agreement=agreement, organisation=form.cleaned_data["organisation"]
        ),
        done=_agreement_url(request, agreement),
        message="Party added.",
        heading="Add a party",
        caption=agreement.title,
        parent=agreement.title,
        parent_url=_agreement_url(request, agreement),
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def outcome_cover(request, agreement_id):
    agreement = selectors.agreement_detail(lsp=request.lsp, agreement_id=agreement_id)
    form = AgreementOutcomeForm(request.POST or None, agreement=agreement)
    return form_page(
        request,
        form,
        save=lambda: services.agreement_outcome_save(
            entry=form.instance, contributors=form.cleaned_data["contributors"]
        ),
        done=_agreement_url(request, agreement),
        message="Outcome covered.",
        heading="Cover an outcome",
        lead="Name the party accountable for the outcome and the parties that contribute. "
        "Once the agreement is signed, the accountable party's partners submit the outcome's "
        "figures and log its actions.",
        caption=agreement.title,
        parent=agreement.title,
        parent_url=_agreement_url(request, agreement),
    )


@lsp_view(permissions.MANAGE_LAA)
@require_http_methods(["GET", "POST"])
def commitment_add(request, agreement_id):
    agreement = selectors.agreement_detail(lsp=request.lsp, agreement_id=agreement_id)
    form = CommitmentForm(request.POST or None, agreement=agreement)
    return form_page(
        request,
        form,
        save=lambda: services.commitment_save(commitment=form.instance),
        done=_agreement_url(request, agreement),
        message="Commitment added.",
        heading="Add a commitment",
        caption=agreement.title,
        parent=agreement.title,
        parent_url=_agreement_url(request, agreement),
    )


@lsp_view(permissions.SIGN_AGREEMENTS)
@require_http_methods(["GET", "POST"])
def agreement_sign(request, agreement_id):
    """An executive member or partner signs for the organisation they represent; a
    coordinator records a signature given on paper."""
    agreement = selectors.agreement_detail(lsp=request.lsp, agreement_id=agreement_id)
    own = laa_permissions.signing_organisation_ids(
        user=request.user, access=request.lsp_access, agreement=agreement
    )
    if not own:
        raise PermissionDenied("You do not represent a party to this agreement.")
    record = request.lsp_access.can(permissions.MANAGE_LAA)
    form = SignForm(
        request.POST or None,
        parties=agreement.parties.filter(organisation__in=own, signed_at__isnull=True),
        record=record,
    )
    return form_page(
        request,
        form,
        save=lambda: services.agreement_sign(
            party=form.cleaned_data["party"],
            by=request.user,
            signatory_name=form.cleaned_data.get("signatory_name", ""),
            recorded=record,
        ),
        done=_agreement_url(request, agreement),
        message="Signature recorded." if record else "You have signed the agreement.",
        heading="Record a signature" if record else "Sign the agreement",
        lead="Signing commits your organisation to the outcomes it is accountable for and "
        "the commitments listed on the agreement.",
        caption=agreement.title,
        parent=agreement.title,
        parent_url=_agreement_url(request, agreement),
    )


@lsp_view(permissions.MANAGE_LAA)
@require_POST
def agreement_expire(request, agreement_id):
    agreement = selectors.agreement_detail(lsp=request.lsp, agreement_id=agreement_id)
    try:
        services.agreement_expire(agreement=agreement)
        messages.success(request, "The agreement has expired.")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect(_agreement_url(request, agreement))

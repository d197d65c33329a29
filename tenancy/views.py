"""Accepting an invitation to a role in an LSP."""

from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from accounts.forms import AcceptWithPasswordForm
from accounts.selectors import account_for_email
from tenancy import services

INVALID_INVITATION = {
    "unknown": (
        404,
        "This invitation link is not valid",
        "Check that you copied the whole link from the email. If it still does not "
        "work, ask your LSP coordinator to invite you again.",
    ),
    "used": (
        410,
        "This invitation has already been used",
        "Each invitation link works once. If you accepted it, sign in with your email "
        "address. If not, ask your LSP coordinator to invite you again.",
    ),
    "expired": (
        410,
        "This invitation has expired",
        "Invitation links work for a limited time. Ask your LSP coordinator to invite you again.",
    ),
}


@require_http_methods(["GET", "POST"])
def invitation_accept(request, token):
    """Accept an invitation: create an account with a password, or add the role to one."""
    try:
        invitation = services.invitation_for_token(token)
    except services.InvitationInvalid as error:
        return invitation_invalid(request, error.reason)

    existing = account_for_email(invitation.email)
    if existing is not None:
        if not request.user.is_authenticated:
            messages.info(request, f"Sign in as {invitation.email} to accept the invitation.")
            return redirect_to_login(request.get_full_path())
        if request.user.pk != existing.pk:
            return render(
                request,
                "accounts/invitation_wrong_account.html",
                {"invitation": invitation},
                status=403,
            )
        if request.method == "POST":
            return _accept(request, token, user=existing)
        return render(request, "accounts/invitation_existing.html", {"invitation": invitation})

    form = AcceptWithPasswordForm(
        request.POST or None, email=invitation.email, full_name=invitation.full_name
    )
    if request.method == "POST" and form.is_valid():
        return _accept(request, token, password=form.cleaned_data["password1"])
    return render(request, "accounts/invitation_new.html", {"invitation": invitation, "form": form})


def _accept(request, token, **kwargs):
    try:
        invitation, user = services.invitation_accept(token=token, **kwargs)
    except services.InvitationInvalid as error:
        return invitation_invalid(request, error.reason)
    if not request.user.is_authenticated:
        login(request, user, backend="accounts.backends.UserBackend")
    messages.success(
        request, f"You are now a {invitation.get_role_display().lower()} of {invitation.lsp.name}."
    )
    return redirect("portal:lsp-home", lsp_slug=invitation.lsp.slug)


def invitation_invalid(request, reason):
    status, title, advice = INVALID_INVITATION[reason]
    return render(
        request,
        "accounts/invitation_invalid.html",
        {"title": title, "advice": advice},
        status=status,
    )

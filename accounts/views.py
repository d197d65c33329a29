from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods

from accounts import services
from accounts.forms import (
    AcceptWithPasswordForm,
    PortalPasswordResetForm,
    PortalSetPasswordForm,
    SignInForm,
)
from accounts.selectors import account_for_email


class SignInView(auth_views.LoginView):
    template_name = "accounts/sign_in.html"
    authentication_form = SignInForm
    redirect_authenticated_user = True


class SignOutView(auth_views.LogoutView):
    http_method_names = ["post", "options"]


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    form_class = PortalPasswordResetForm
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-sent")


class PasswordResetSentView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_sent.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    form_class = PortalSetPasswordForm
    success_url = reverse_lazy("accounts:password-reset-complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


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
    return redirect("partnerships:lsp-home", lsp_slug=invitation.lsp.slug)


def invitation_invalid(request, reason):
    status, title, advice = INVALID_INVITATION[reason]
    return render(
        request,
        "accounts/invitation_invalid.html",
        {"title": title, "advice": advice},
        status=status,
    )

from functools import partial

from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.db import transaction

from accounts.models import User
from accounts.tasks import send_email
from lsp_portal.forms import govuk_helper
from lsp_portal.permissions import RoleName


class SignInForm(AuthenticationForm):
    error_messages = {
        "invalid_login": "Enter a correct email address and password.",
        "inactive": "This account has been switched off. Ask your LSP coordinator.",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Email address"
        self.fields["username"].widget.attrs.update(
            {"autocomplete": "email", "spellcheck": "false"}
        )
        self.helper = govuk_helper("Sign in")


class PortalPasswordResetForm(PasswordResetForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].label = "Email address"
        self.helper = govuk_helper("Send reset link")

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        # Mail goes through the worker, so a slow mail server never holds up the page.
        from django.template import loader

        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        transaction.on_commit(partial(send_email.delay, subject, body, [to_email]))


class PortalSetPasswordForm(SetPasswordForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Save password")


class InvitationForm(forms.Form):
    full_name = forms.CharField(label="Full name", max_length=200)
    email = forms.EmailField(label="Email address")
    role = forms.ChoiceField(label="Role", choices=RoleName.choices, widget=forms.RadioSelect)
    organisation = forms.ModelChoiceField(
        label="Organisation they represent",
        queryset=None,
        required=False,
        empty_label="None",
        help_text="Leave as None for officers who do not represent a partner organisation.",
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        # Only this LSP's organisations: another LSP's id posted here is "not a valid choice".
        self.fields["organisation"].queryset = organisations
        self.helper = govuk_helper("Send invitation")


class AcceptWithPasswordForm(forms.Form):
    """Set a password for a new account when accepting an invitation."""

    password1 = forms.CharField(
        label="Create a password",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label="Confirm your password",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def __init__(self, *args, email, full_name, **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email
        self.full_name = full_name
        self.helper = govuk_helper("Accept and create account")

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", "The passwords do not match.")
        if first:
            candidate = User(email=self.email, full_name=self.full_name)
            try:
                password_validation.validate_password(first, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned

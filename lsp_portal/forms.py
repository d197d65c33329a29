from crispy_forms_gds.helper import FormHelper
from crispy_forms_gds.layout import Submit
from django import forms

# GOV.UK asks for text inputs for numbers (type="number" mangles and hides mistakes);
# inputmode brings up the number keyboard on phones.
NUMBER_WIDGET = forms.TextInput(attrs={"inputmode": "decimal", "spellcheck": "false"})


def govuk_helper(submit_label: str, *, form_tag: bool = True) -> FormHelper:
    """A GOV.UK form helper: errors go in the page's error summary, one primary button."""
    helper = FormHelper()
    helper.form_tag = form_tag
    helper.form_show_errors = True
    # The server's error summary explains mistakes; the browser's own pop-ups do not.
    helper.attrs = {"novalidate": ""}
    helper.add_input(Submit("submit", submit_label, data_prevent_double_click="true"))
    return helper


def date_field(label: str, *, required_message: str | None = None, **kwargs):
    """A GOV.UK date input (day, month, year) with a message that says which date is missing."""
    from crispy_forms_gds.fields import DateInputField

    field = DateInputField(label=label, **kwargs)
    if required_message:
        field.error_messages["required"] = required_message
    return field


def save_or_explain(form, save):
    """Run a service; its validation errors land on the form, so nothing typed is lost.

    Returns what the service returned, or None when it refused.
    """
    from django.core.exceptions import ValidationError

    try:
        return save()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            form.add_error(None, error)
        return None


def form_page(request, form, *, save, done, message, heading, parent, parent_url, **extra):
    """Show a form; on a valid POST run the service and go to ``done``. A service's
    refusal lands on the form, so what was typed is shown again with the reason."""
    from django.contrib import messages
    from django.shortcuts import redirect, render

    if request.method == "POST" and form.is_valid():
        saved = save_or_explain(form, save)
        if saved is not None:
            messages.success(request, message)
            return redirect(done)
    context = {"form": form, "heading": heading, "parent": parent, "parent_url": parent_url}
    return render(request, "partnerships/form_page.html", context | extra)


class ActionUpdateForm(forms.Form):
    """Progress on an accountable action (lsp_portal.actions), in its kind's own words."""

    text = forms.CharField(
        label="What has happened?",
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Say what has happened"},
    )
    status = forms.ChoiceField(
        label="Status now",
        widget=forms.RadioSelect,
        error_messages={"required": "Choose the status"},
    )

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = action.status_choices()
        self.initial.setdefault("status", action.status)
        self.helper = govuk_helper("Post update")

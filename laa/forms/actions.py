"""The action plan's form (updates use lsp_portal.forms.ActionUpdateForm)."""

from django import forms

from laa.models import (
    AccountableAction,
)
from lsp_portal.forms import date_field, govuk_helper
from strategies.selectors import current_priorities


class AccountableActionForm(forms.ModelForm):
    starts_on = date_field("Start date", required=False)
    due_on = date_field("Due date")

    class Meta:
        model = AccountableAction
        fields = [
            "title",
            "outcome",
            "priority",
            "accountable",
            "owner",
            "resources",
            "starts_on",
            "due_on",
            "status",
        ]
        widgets = {"resources": forms.Textarea(attrs={"rows": 3})}
        error_messages = {
            "title": {"required": "Enter the action"},
            "accountable": {"required": "Choose the accountable organisation"},
        }

    def __init__(self, *args, lsp, outcomes, organisations, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["outcome"].queryset = outcomes
        self.fields["outcome"].empty_label = "None: it serves a strategy priority"
        self.fields["priority"].queryset = current_priorities(lsp=lsp)
        self.fields["priority"].empty_label = "None"
        self.fields["accountable"].queryset = organisations
        self.fields["owner"].queryset = owners
        self.fields["owner"].empty_label = "Not named yet"
        self.fields["owner"].label_from_instance = str
        self.helper = govuk_helper("Save action")

"""The figure import's upload form."""

from django import forms

from lsp_portal.forms import govuk_helper
from lsp_portal.uploads import validate_table


class ImportForm(forms.Form):
    file = forms.FileField(
        label="Upload a file",
        help_text="CSV or Excel (XLSX), up to 10 MB, with the template's columns.",
        error_messages={"required": "Select a CSV or Excel file"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Check and import")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        validate_table(upload)
        return upload

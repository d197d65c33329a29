from django import forms


class EndRoleForm(forms.Form):
    """A confirmation button; the role comes from the URL."""

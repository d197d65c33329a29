from django.apps import AppConfig

from tenancy import hooks


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = "Partnerships"

    def ready(self):
        hooks.on_lsp_set_up(_lsp_set_up)


def _lsp_set_up(lsp):
    """A new LSP gets the default kinds of partnership (renamed or added to later)."""
    from partnerships.services import partnership_kinds_ensure_defaults  # reads models

    partnership_kinds_ensure_defaults(lsp=lsp)

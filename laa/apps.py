from django.apps import AppConfig

from tenancy import hooks


class LaaConfig(AppConfig):
    name = "laa"
    verbose_name = "Local Area Agreement"

    def ready(self):
        # Imported here: models can be imported only once the app registry is ready.
        from laa import caches

        # A partner who joins or leaves an accountable organisation gains or loses its
        # grants. Roles are tenancy's, which does not know the LAA, so the LAA registers.
        hooks.on_role_changed(_role_changed)
        # The overview's cached tables are flushed on every write to what they show.
        caches.connect(self)


def _role_changed(role):
    from laa.permissions import accountability_grants_sync  # reads models: imported on use

    if role.role == "partner":
        accountability_grants_sync(lsp=role.lsp_id)

from django.apps import AppConfig
from django.db.models.signals import post_save


class LaaConfig(AppConfig):
    name = "laa"
    verbose_name = "Local Area Agreement"

    def ready(self):
        # A partner who joins or leaves an accountable organisation gains or loses its
        # grants. Roles live in partnerships, which does not know the LAA, so the LAA
        # listens rather than partnerships calling in.
        from laa import caches
        from partnerships.models import Role

        post_save.connect(_role_saved, sender=Role, dispatch_uid="laa-role-grants")
        # The overview's cached tables are flushed on every write to what they show.
        caches.connect(self)


def _role_saved(sender, instance, **kwargs):
    from laa.permissions import accountability_grants_sync

    if instance.role == "partner":
        accountability_grants_sync(lsp=instance.lsp_id)

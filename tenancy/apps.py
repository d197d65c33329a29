from django.apps import AppConfig
from django.db.models.signals import post_save

from tenancy import hooks


class TenancyConfig(AppConfig):
    name = "tenancy"
    verbose_name = "LSPs, organisations and roles"

    def ready(self):
        # Imported here: models can be imported only once the app registry is ready.
        # Cached role sets and LSP rows are flushed on every write (tenancy.caches).
        from tenancy import caches
        from tenancy.models import Role

        caches.connect()
        # Every save of a role, the admin's too, reaches the apps that follow roles.
        post_save.connect(_role_saved, sender=Role, dispatch_uid="tenancy-role-hooks")


def _role_saved(sender, instance, **kwargs):
    hooks.role_changed(instance)

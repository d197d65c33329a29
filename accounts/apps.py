from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "People and sign-in"

    def ready(self):
        # The cached copy of a person (accounts.backends) is flushed on every write; this
        # is what signals are for here (STYLE.md).
        # Imported here: models can be imported only once the app registry is ready.
        from accounts.backends import forget_user
        from accounts.models import User

        post_save.connect(forget_user, sender=User, dispatch_uid="accounts-user-saved")
        post_delete.connect(forget_user, sender=User, dispatch_uid="accounts-user-deleted")

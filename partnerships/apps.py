from django.apps import AppConfig


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = "Partnerships"

    def ready(self):
        # Cached role sets and LSP rows are flushed on every write (partnerships.caches).
        from partnerships import caches

        caches.connect()

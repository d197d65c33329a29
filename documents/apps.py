from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = "Documents (PDF)"

    def ready(self):
        # Each app declares its own kinds of document in <app>/documents.py
        # (documents.registry), so this app imports none of them.
        autodiscover_modules("documents")

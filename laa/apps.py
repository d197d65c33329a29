from django.apps import AppConfig


class LaaConfig(AppConfig):
    # Built in a later issue; the app exists now so its URLs and models have a home.
    name = "laa"
    verbose_name = "Local Area Agreement"

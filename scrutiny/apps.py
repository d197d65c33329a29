from django.apps import AppConfig


class ScrutinyConfig(AppConfig):
    # Built in a later issue; the app exists now so its URLs and models have a home.
    name = "scrutiny"
    verbose_name = "Scrutiny"

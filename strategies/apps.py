from django.apps import AppConfig


class StrategiesConfig(AppConfig):
    # Built in a later issue; the app exists now so its URLs and models have a home.
    name = "strategies"
    verbose_name = "Sustainable Community Strategies"

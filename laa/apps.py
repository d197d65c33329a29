from django.apps import AppConfig


class LaaConfig(AppConfig):
    name = "laa"
    verbose_name = "Local Area Agreement"

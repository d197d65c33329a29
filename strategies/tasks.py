from celery import shared_task
from django.utils import timezone

from strategies.services import strategy_reminders_send


@shared_task(ignore_result=True)
def send_strategy_reminders() -> int:
    """Beat runs this a few times a day; reminders already sent are not sent again."""
    return len(strategy_reminders_send(today=timezone.localdate()))

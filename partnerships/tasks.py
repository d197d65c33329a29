from celery import shared_task

from partnerships import packs


@shared_task(ignore_result=True)
def send_pack_notices() -> int:
    """E-mail members about packs published since their last notice (beat, every minute)."""
    return packs.pack_notices_send()

from celery import shared_task

from documents import services


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def render_document(document_id: int) -> None:
    services.document_render(document_id=document_id)


@shared_task(ignore_result=True)
def reconcile_documents() -> list[int]:
    return services.documents_reconcile()

from celery import shared_task

from laa import services


@shared_task(acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def run_figure_import(figure_import_id: int) -> None:
    services.figure_import_run(figure_import_id=figure_import_id)


@shared_task(ignore_result=True)
def reconcile_figure_imports() -> list[int]:
    return services.figure_imports_reconcile()

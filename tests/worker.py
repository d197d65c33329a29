"""Start a real Celery worker process against the test database and the configured broker."""

import os
import signal
import subprocess
import sys
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connection

from lsp_portal.celery import app as celery_app

ROOT = Path(__file__).resolve().parent.parent


def test_database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def purge_queues() -> None:
    with celery_app.connection_for_write() as conn:
        for queue in ("celery", "pdf"):
            try:
                conn.default_channel.queue_purge(queue)
            except Exception:  # noqa: S110 - a queue that was never declared is already empty
                pass


@contextmanager
def celery_worker(*, beat: bool = False, env: dict | None = None, log_dir: Path):
    """A worker consuming both queues; stopped (or killed by the test) on exit."""
    name = f"test-{uuid.uuid4().hex[:8]}"
    log_path = log_dir / f"{name}.log"
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "lsp_portal",
        "worker",
        "-Q",
        "celery,pdf",
        "-c",
        "1",
        "-n",
        f"{name}@%h",
        "--without-gossip",
        "--without-mingle",
        "-l",
        "info",
    ]
    if beat:
        command += ["-B", "-s", str(log_dir / f"{name}-beat-schedule")]
    process_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": test_database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        **(env or {}),
    }
    with log_path.open("w") as log:
        process = subprocess.Popen(  # noqa: S603
            command,
            cwd=ROOT,
            env=process_env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    handle = WorkerHandle(process, log_path)
    try:
        handle.wait_for_log("ready.", timeout=60)
        yield handle
    finally:
        handle.stop()


class WorkerHandle:
    def __init__(self, process, log_path):
        self.process = process
        self.log_path = log_path

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_for_log(self, text: str, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.log():
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"Worker exited early:\n{self.log()}")
            time.sleep(0.2)
        raise TimeoutError(f"Worker never logged {text!r}:\n{self.log()}")

    def kill(self) -> None:
        """SIGKILL the worker and its children (the pool and any render in progress)."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def wait_until(predicate, *, timeout: float, interval: float = 0.2, message: str = ""):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise TimeoutError(message or "condition not met in time")

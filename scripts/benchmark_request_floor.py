#!/usr/bin/env python
"""The per-request floor, through gunicorn and ``wrk``: requests per second of a bare
Django view, a no-op view behind ``lsp_view``, an empty page in the portal's layout, and
the LAA pages at national scale, all in one run; and the queries each one makes. The
overview's tables are cached until a write (laa.caches), so the time and queries of the
first read after a write are given too.

Needs an empty PostgreSQL database named by DATABASE_URL (or one this script has already
filled: the scale data set is built once, by ``build_scale_dataset``, and reused), and
``wrk`` on the PATH. Set REDIS_URL to measure with the cache the portal uses in
production. Everything listens on loopback and each ``wrk`` run is bounded.

    createdb lsp_scale_floor
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lsp_scale_floor \\
    REDIS_URL=redis://127.0.0.1:6379/0 \\
    .venv/bin/python scripts/benchmark_request_floor.py [--duration 10] [--workers 2]

The bare and no-op views are mounted by ``scripts/benchmark_floor_urls.py`` for this
benchmark only; the portal's own urlconf never has them.
"""

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
ROOT = SCRIPTS.parent
sys.path[:0] = [str(ROOT), str(SCRIPTS)]

# Production settings: DEBUG off, a key, loopback hosts, plain HTTP on loopback.
BENCH_ENV = {
    "DJANGO_SETTINGS_MODULE": "benchmark_floor_settings",
    "DEBUG": "0",
    "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-not-a-secret"),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "0",
    "LOG_LEVEL": "WARNING",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2, help="wrk threads")
    parser.add_argument("--port", type=int, default=8791)
    args = parser.parse_args()

    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to an empty PostgreSQL database, e.g. .../lsp_scale_floor")
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed")
    os.environ.update(BENCH_ENV)

    import django

    django.setup()
    cookie, pages = prepare()
    server = start_gunicorn(args.workers, args.port)
    try:
        base = f"http://127.0.0.1:{args.port}"
        for _, path in pages:
            warm(base + path, cookie)
        rates = {
            label: wrk(base + path, cookie, args) for label, path in pages
        }  # one after another, in one run, so they share the machine's load
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    queries = count_queries(pages)
    report(pages, rates, queries, args)
    report_overview_after_a_write()


def prepare():
    """Migrate, build the scale data set if it is not there, sign the county's coordinator in."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from laa.management.commands.build_scale_dataset import BENCH_COUNTY
    from tenancy.models import LSP

    call_command("migrate", verbosity=0)
    if not LSP.objects.filter(slug=BENCH_COUNTY).exists():
        print("Building the scale data set (about a minute on PostgreSQL)...", flush=True)
        call_command("build_scale_dataset")
    coordinator = get_user_model().objects.get(email=f"{BENCH_COUNTY}-coordinator@scale.example")
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(coordinator)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    county = f"/{BENCH_COUNTY}"
    pages = [
        ("bare Django view", "/__bench__/bare/"),
        ("no-op behind lsp_view", f"{county}/__bench__/noop/"),
        ("empty page in the layout", f"{county}/__bench__/page/"),
        ("LAA overview", f"{county}/laa/"),
        ("exceptions", f"{county}/laa/exceptions/"),
        ("districts side by side", f"{county}/laa/districts/"),
    ]
    return cookie, pages


def start_gunicorn(workers: int, port: int):
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "lsp_portal.wsgi:application",
        "--workers",
        str(workers),
        "--bind",
        f"127.0.0.1:{port}",
        "--pythonpath",
        f"{ROOT},{SCRIPTS}",
        "--chdir",
        str(ROOT),
        "--log-level",
        "warning",
    ]
    server = subprocess.Popen(command, env={**os.environ, **BENCH_ENV})  # noqa: S603
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return server
        except OSError:
            if server.poll() is not None:
                sys.exit("gunicorn did not start")
            time.sleep(0.3)
    server.kill()
    sys.exit("gunicorn did not listen within a minute")


def warm(url: str, cookie: str):
    """Every worker serves each page a few times first, and each page must answer 200."""
    for _ in range(6):
        request = urllib.request.Request(url, headers={"Cookie": cookie})  # noqa: S310
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
            if response.status != 200:
                sys.exit(f"{url} answered {response.status}")


def wrk(url: str, cookie: str, args) -> float:
    result = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk"),
            f"-t{args.threads}",
            f"-c{args.connections}",
            f"-d{args.duration}s",
            "--timeout",
            "30s",
            "-H",
            f"Cookie: {cookie}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=args.duration + 60,
    )
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    if errors:
        sys.exit(f"{url}: {errors.group(1)} responses were not 200\n{result.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", result.stdout).group(1))


def count_queries(pages) -> dict[str, int]:
    """Queries of one request to each page, through the whole stack, once warm."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from laa.management.commands.build_scale_dataset import BENCH_COUNTY

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(
        get_user_model().objects.get(email=f"{BENCH_COUNTY}-coordinator@scale.example")
    )
    counts = {}
    for label, path in pages:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(path).status_code == 200, path
        counts[label] = len(queries)
    return counts


def report(pages, rates, queries, args):
    from django.conf import settings

    from laa.models import Measurement

    bare = rates[pages[0][0]]
    print(
        f"\n{Measurement.objects.count():,} figures; gunicorn {args.workers} workers, "
        f"wrk {args.threads} threads x {args.connections} connections, {args.duration} s a page; "
        f"sessions {settings.SESSION_ENGINE.rsplit('.', 1)[-1]}, "
        f"cache {settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]}\n"
    )
    print(f"| {'page':<26} | {'req/s':>7} | {'of bare':>7} | {'queries':>7} |")
    print(f"|{'-' * 28}|{'-' * 8}:|{'-' * 8}:|{'-' * 8}:|")
    for label, _ in pages:
        print(
            f"| {label:<26} | {rates[label]:>7.0f} | {rates[label] / bare:>7.0%} "
            f"| {queries[label]:>7} |"
        )


def report_overview_after_a_write(reads: int = 20):
    """The overview's tables are kept until a write to the LAA's data (laa.caches): the
    first read after one builds them afresh. Its time (in this process, median of
    ``reads``) and queries."""
    import statistics

    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from laa import caches
    from laa.management.commands.build_scale_dataset import BENCH_COUNTY
    from tenancy.models import LSP

    county = LSP.objects.get(slug=BENCH_COUNTY)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(
        get_user_model().objects.get(email=f"{BENCH_COUNTY}-coordinator@scale.example")
    )
    url = f"/{BENCH_COUNTY}/laa/"
    client.get(url)
    timings = []
    for _ in range(reads):
        caches.forget([county.pk])
        started = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"\nLAA overview, first read after a write (tables built afresh): "
        f"{statistics.median(timings):.1f} ms in-process (median of {reads}), "
        f"{len(queries)} queries"
    )


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Server time of the structure pages and the attendance report at scale, against a
no-op view in the same run.

Builds a throwaway database (SQLite under a temporary VAR_DIR, or DATABASE_URL if set; it
must then be an empty, migrated database you can discard) with one LSP of 40 partnerships,
600 memberships and five years of monthly meetings with attendance, then times
requests through Django's test client, which runs the whole
middleware stack.

    .venv/bin/python scripts/benchmark_structure.py [--runs 30]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.settings")
if not os.environ.get("DATABASE_URL"):
    os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="lsp-bench-")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402

from lsp_portal.urls import urlpatterns as portal_urls  # noqa: E402


def noop(request):
    return HttpResponse("ok")


urlpatterns = [path("__noop__/", noop), *portal_urls]


def build(partnerships: int, memberships: int):
    from lsp_portal.permissions import RoleName
    from partnerships.models import Membership, Partnership, PartnershipKind
    from tenancy.models import Organisation
    from tests.factories import LSPFactory, RoleFactory, UserFactory, area

    lsp = LSPFactory(slug="bench", area=area("E09000007"))
    coordinator = UserFactory(email="bench@example.org")
    RoleFactory(lsp=lsp, user=coordinator, role=RoleName.COORDINATOR)
    kinds = {k.code: k for k in PartnershipKind.objects.for_lsp(lsp)}
    orgs = Organisation.objects.bulk_create(
        Organisation(
            lsp=lsp, name=f"Organisation {i}", sector=Organisation.Sector.choices[i % 12][0]
        )
        for i in range(60)
    )
    board = Partnership.objects.create(
        lsp=lsp, name="Board", kind=kinds["board"], start_date=date(2008, 4, 1)
    )
    rest = Partnership.objects.bulk_create(
        Partnership(
            lsp=lsp,
            name=f"Partnership {i}",
            kind=kinds["thematic"],
            parent=board,
            start_date=date(2008, 4, 1),
        )
        for i in range(partnerships - 1)
    )
    every = [board, *rest]
    Membership.objects.bulk_create(
        Membership(
            lsp=lsp,
            partnership=every[i % len(every)],
            person_name=f"Member {i}",
            organisation=orgs[i % len(orgs)],
            term_start=date(2008, 4, 1),
            position="chair" if i < len(every) else "member",
        )
        for i in range(memberships)
    )
    # Five years of monthly meetings of every partnership, with everyone's attendance.
    from datetime import datetime

    from partnerships.models import Attendance, Meeting

    meetings = Meeting.objects.bulk_create(
        Meeting(
            lsp=lsp,
            partnership=partnership,
            venue="Town hall",
            starts_at=datetime(2005 + month // 12, month % 12 + 1, 10, 18, tzinfo=UTC),
        )
        for partnership in every
        for month in range(60)
    )
    seats = defaultdict(list)
    for membership in Membership.objects.for_lsp(lsp):
        seats[membership.partnership_id].append(membership)
    statuses = ["present", "present", "apologies", "present", "absent"]
    Attendance.objects.bulk_create(
        (
            Attendance(
                lsp=lsp,
                meeting=meeting,
                membership=member,
                status=statuses[(index + meeting.pk) % len(statuses)],
            )
            for meeting in meetings
            for index, member in enumerate(seats[meeting.partnership_id])
        ),
        batch_size=2000,
    )
    # One action per meeting for the action log.
    from partnerships.models import MeetingAction

    MeetingAction.objects.bulk_create(
        (
            MeetingAction(
                lsp=lsp,
                meeting=meeting,
                description=f"Action from meeting {meeting.pk}",
                owner_organisation=orgs[meeting.pk % len(orgs)],
                owner_name="An officer",
                due_on=meeting.starts_at.date(),
            )
            for meeting in meetings
        ),
        batch_size=2000,
    )
    # A live database has planner statistics (autovacuum); give the fresh one the same.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return lsp, coordinator


def timed(client, url, runs):
    client.get(url)  # warm up
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url)
        samples.append(time.perf_counter() - started)
        assert response.status_code == 200, response.status_code
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    settings.ROOT_URLCONF = __name__
    call_command("migrate", verbosity=0)
    lsp, coordinator = build(partnerships=40, memberships=600)
    client = Client()
    client.force_login(coordinator)
    baseline = timed(client, "/__noop__/", args.runs)
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    print(f"database: {engine}; median of {args.runs} requests")
    print(f"no-op view: {baseline * 1000:.1f} ms")
    for label, url in [
        ("structure page (40 partnerships, 600 memberships)", f"/{lsp.slug}/structure/"),
        (
            "board page (15 members)",
            f"/{lsp.slug}/structure/partnerships/"
            f"{lsp.partnerships_partnership_set.get(name='Board').pk}/",
        ),
        ("organisations page (60)", f"/{lsp.slug}/structure/organisations/"),
        (
            "attendance report, 5 years (2,400 meetings, 36,000 attendance records)",
            f"/{lsp.slug}/structure/attendance/?start_0=1&start_1=1&start_2=2005"
            "&end_0=31&end_1=12&end_2=2009",
        ),
        (
            "action log, all (2,400 actions, 50 a page)",
            f"/{lsp.slug}/meetings/actions/?show=all",
        ),
        ("published structure", f"/{lsp.slug}/public/"),
        (
            "open data, Popolo JSON (600 memberships, 2,400 events)",
            f"/{lsp.slug}/public/open-data/popolo.json",
        ),
    ]:
        seconds = timed(client, url, args.runs)
        print(f"{label}: {seconds * 1000:.1f} ms, {seconds / baseline:.1f}× the no-op view")


if __name__ == "__main__":
    main()

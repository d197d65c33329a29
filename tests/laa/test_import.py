"""Journey 3: figures come in from a spreadsheet. Every row is checked first; one bad row
and nothing is saved, with a row-by-row report of what is wrong."""

import io
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook, load_workbook

from laa import services
from laa.models import (
    AgreementOutcome,
    Block,
    FigureImport,
    Indicator,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PartnershipAgreement,
    Target,
)
from lsp_portal.permissions import RoleName
from tenancy.services import role_grant
from tests.factories import OrganisationFactory, UserFactory, long_monthly_agreement

HEADER = "indicator,period_end,value,numerator,denominator,commentary"


@pytest.fixture
def laa(herts):
    agreement = LocalAreaAgreement.objects.create(
        lsp=herts, title="LAA 2008-11", period_start=2008, period_end=2010, status="signed"
    )
    block = Block.objects.create(lsp=herts, name="Safer and Stronger Communities")
    crime = Outcome.objects.create(lsp=herts, block=block, agreement=agreement, title="Crime")
    work = Outcome.objects.create(lsp=herts, block=block, agreement=agreement, title="Work")
    for outcome, code in ((crime, "NI 16"), (crime, "NI 21"), (work, "NI 152")):
        Target.objects.create(
            lsp=herts, outcome=outcome, indicator=Indicator.objects.get(code=code)
        )
    return {"crime": crime, "work": work}


def csv_file(text: str, *, bom=False, name="figures.csv"):
    data = text.encode("utf-8")
    return SimpleUploadedFile(name, (b"\xef\xbb\xbf" if bom else b"") + data, "text/csv")


def xlsx_file(rows):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("figures.xlsx", buffer.getvalue())


def upload(client, herts, file):
    """Send a file, let the worker's job run (here, in the test), and read its report."""
    response = client.post(reverse("laa:import", args=[herts.slug]), {"file": file})
    if response.status_code != 302:
        return response  # the file itself was refused, on the form
    services.figure_import_run(figure_import_id=FigureImport.objects.latest("pk").pk)
    return client.get(response["Location"])


def test_a_good_file_is_saved_as_submitted_figures_with_their_history(
    client, herts, laa, herts_coordinator
):
    Indicator.objects.filter(code="NI 152").update(unit="%")
    client.force_login(herts_coordinator)
    response = upload(
        client,
        herts,
        csv_file(
            f"{HEADER}\nNI 16,2008-06-30,14.0,,,Fewer burglaries\n"
            "ni16,30/09/2008,13.5,,,\nNI 152,2008-06-30,,9100,100000,\n"
        ),
    )
    assert b"3 figures submitted" in response.content and b"3 new, 0 changed" in response.content
    figures = Measurement.objects.order_by("indicator__code", "period_end")
    assert [f.status for f in figures] == ["submitted"] * 3
    assert figures.get(indicator__code="NI 152").value == Decimal("9.1")
    assert figures.first().history.get().history_user == herts_coordinator
    # A second file changes the figures already there.
    response = upload(client, herts, csv_file(f"{HEADER}\nNI 16,2008-06-30,14.1,,,\n"))
    assert b"0 new, 1 changed" in response.content
    assert Measurement.objects.get(
        period_end=date(2008, 6, 30), indicator__code="NI 16"
    ).value == Decimal("14.1")


def test_wrong_columns_are_named(client, herts, laa, herts_coordinator):
    client.force_login(herts_coordinator)
    response = upload(client, herts, csv_file("code,date,figure\nNI 16,2008-06-30,14\n"))
    assert (
        b"The columns are wrong (missing indicator, period_end; not known: code, date, figure)"
        in response.content
    )
    assert not Measurement.objects.exists()


@pytest.mark.parametrize(
    "row, problem",
    [
        ("NI 16,2008-06-30,fourteen,,,", "Enter the value as a number (got “fourteen”)"),
        ("NI 999,2008-06-30,14,,,", "No indicator NI 999 in the library"),
        ("NI 5,2008-06-30,14,,,", "NI 5 has no target you may submit figures for"),
        (
            "NI 16,2012-06-30,14,,,",
            "30 June 2012 is not the end of a quarterly period from 2008 to 2011",
        ),
        ("NI 16,2008-06-15,14,,,", "15 June 2008 is not the end of a quarterly period"),
        (
            "NI 16,last June,14,,,",
            "Enter the period end as a date, like 2008-06-30 (got “last June”)",
        ),
        ("NI 16,2008-06-30,,,,", "Enter the value, or both numerator and denominator"),
        ("NI 16,2008-06-30,NaN,,,", "Enter the value as a number (got “NaN”)"),
        ("NI 16,2008-06-30,1e20,,,", "Enter the value as a number (got “1e20”)"),
        ("NI 16,99999999,14,,,", "Enter the period end as a date, like 2008-06-30"),
        ("NI 16,2008-06-30,,5,0,", "The denominator cannot be zero"),
        (
            "NI 16,2008-09-30,14,,,\nNI 16,2008-09-30,15,,,",
            "The same indicator and period as row 3",
        ),
    ],
)
def test_each_bad_row_is_reported_and_nothing_is_saved(
    client, herts, laa, herts_coordinator, row, problem
):
    client.force_login(herts_coordinator)
    good = "NI 21,2008-06-30,28,,,"
    response = upload(client, herts, csv_file(f"{HEADER}\n{good}\n{row}\n"))
    page = response.content.decode()
    assert problem in page, page
    assert "Nothing was saved" in page
    assert not Measurement.objects.exists()


def test_a_verified_figure_is_not_overwritten(client, herts, laa, herts_coordinator):
    figure = services.measurement_submit(
        lsp=herts,
        indicator=Indicator.objects.get(code="NI 16"),
        period_end=date(2008, 6, 30),
        value=Decimal(14),
        commentary="",
        by=herts_coordinator,
    )
    services.measurement_verify(measurement=figure, by=herts_coordinator)
    client.force_login(herts_coordinator)
    response = upload(client, herts, csv_file(f"{HEADER}\nNI 16,2008-06-30,99,,,\n"))
    assert b"the coordinator returns it before it changes" in response.content
    figure.refresh_from_db()
    assert figure.value == 14


def test_a_file_saved_by_excel_with_a_bom_and_excel_dates_is_read(
    client, herts, laa, herts_coordinator
):
    client.force_login(herts_coordinator)
    # Excel's "CSV UTF-8" starts with a byte-order mark; a date column may come out as serials.
    upload(client, herts, csv_file(f"{HEADER}\nNI 16,39629,14,,,\n", bom=True))
    assert Measurement.objects.get().period_end == date(2008, 6, 30)
    upload(
        client,
        herts,
        xlsx_file(
            [
                HEADER.split(","),
                [
                    "NI 16",
                    datetime(2008, 9, 30),  # noqa: DTZ001 - how openpyxl reads a date cell
                    13.9,
                    None,
                    None,
                    "From the workbook",
                ],
                ["NI 21", date(2008, 9, 30), "28.5", None, None, None],
            ]
        ),
    )
    assert Measurement.objects.get(
        period_end=date(2008, 9, 30), indicator__code="NI 16"
    ).value == Decimal("13.9")
    assert Measurement.objects.count() == 3


def test_only_a_spreadsheet_of_reasonable_size_is_taken(client, herts, laa, herts_coordinator):
    client.force_login(herts_coordinator)
    pdf = SimpleUploadedFile("figures.csv", b"%PDF-1.4\x00\x00binary")
    assert b"must be a CSV or an Excel workbook" in upload(client, herts, pdf).content
    empty = SimpleUploadedFile("figures.csv", b"")
    assert b"The submitted file is empty" in upload(client, herts, empty).content
    broken = SimpleUploadedFile("figures.xlsx", b"PK\x03\x04not a zip")
    assert b"must be a CSV or an Excel workbook" in upload(client, herts, broken).content


def test_a_partner_imports_only_for_outcomes_their_organisation_is_accountable_for(
    client, herts, laa, herts_coordinator
):
    police = OrganisationFactory(lsp=herts, name="Police")
    agreement = PartnershipAgreement.objects.create(lsp=herts, title="Protocol")
    party = agreement.parties.create(lsp=herts, organisation=police)
    AgreementOutcome.objects.create(
        lsp=herts, agreement=agreement, outcome=laa["crime"], accountable=police
    )
    services.agreement_sign(
        party=party, by=herts_coordinator, signatory_name="Chief Constable", recorded=True
    )
    officer = UserFactory(email="officer@example.org")
    role_grant(lsp=herts, user=officer, role=RoleName.PARTNER, organisation=police)
    client.force_login(officer)

    template = client.get(reverse("laa:import-template-xlsx", args=[herts.slug]))
    rows = list(load_workbook(io.BytesIO(template.content)).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["NI 16", "NI 21"]  # not NI 152

    response = upload(
        client, herts, csv_file(f"{HEADER}\nNI 16,2008-06-30,14,,,\nNI 152,2008-06-30,9,,,\n")
    )
    assert b"NI 152 has no target you may submit figures for" in response.content
    assert not Measurement.objects.exists()
    upload(client, herts, csv_file(f"{HEADER}\nNI 16,2008-06-30,14,,,\n"))
    assert Measurement.objects.get().submitted_by == officer


def test_the_csv_template_lists_each_indicator_with_its_latest_period(
    client, herts, laa, herts_coordinator
):
    client.force_login(herts_coordinator)
    text = client.get(reverse("laa:import-template-csv", args=[herts.slug])).content.decode()
    lines = text.splitlines()
    assert lines[0] == HEADER
    assert "NI 16,2011-03-31,,,," in lines


def test_a_ten_thousand_row_file_with_one_bad_row_saves_nothing(client, herts, herts_coordinator):
    """27 monthly indicators over a 31-year agreement: 10,044 distinct figures."""
    indicators, ends = long_monthly_agreement(herts, indicators=27)
    lines = [HEADER] + [
        f"{indicator.code},{end.isoformat()},{n % 97}.5,,,"
        for indicator in indicators
        for n, end in enumerate(ends)
    ]
    assert len(lines) - 1 == 10_044
    lines[7_001] = lines[7_001].replace(".5,", "x,")  # one bad value, row 7,002 of the file
    client.force_login(herts_coordinator)
    response = upload(client, herts, csv_file("\n".join(lines)))
    page = response.content.decode()
    assert "1 row has problems. Nothing was saved." in page
    assert ">7002<" in page
    assert not Measurement.objects.exists()
    lines[7_001] = lines[7_001].replace("x,", ".5,")
    response = upload(client, herts, csv_file("\n".join(lines)))
    assert b"10,044 figures submitted" in response.content
    assert Measurement.objects.count() == 10_044


def test_the_status_page_refreshes_while_the_file_waits_and_is_its_senders(
    client, herts, laa, herts_coordinator, herts_partner
):
    client.force_login(herts_coordinator)
    response = client.post(
        reverse("laa:import", args=[herts.slug]),
        {"file": csv_file(f"{HEADER}\nNI 16,2008-06-30,14,,,\n")},
    )
    status_url = response["Location"]
    waiting = client.get(status_url)
    assert waiting["Refresh"] == "3" and b"Waiting to be checked" in waiting.content
    assert "Refresh" not in client.get(status_url + "?refresh=off")
    listing = client.get(reverse("laa:import", args=[herts.slug])).content.decode()
    assert "Recent imports" in listing and "figures.csv" in listing
    client.force_login(herts_partner)
    assert client.get(status_url).status_code == 404
    assert b"Recent imports" not in client.get(reverse("laa:import", args=[herts.slug])).content


class WorkerDied(BaseException):
    """What the worker's process dying looks like from inside the job: it stops where it
    is, and nothing after it runs (not even the handlers for ordinary errors)."""


def send_without_running(client, herts, text):
    """Send a file and leave it queued, as if its message never reached a worker."""
    response = client.post(reverse("laa:import", args=[herts.slug]), {"file": csv_file(text)})
    return FigureImport.objects.latest("pk"), response["Location"]


def dies_while_checking(monkeypatch, figure_import):
    """A worker claims the import, starts reading its file, and dies."""
    from laa import imports

    def die(*args, **kwargs):
        raise WorkerDied

    with monkeypatch.context() as patched:
        patched.setattr(imports, "read_table", die)
        with pytest.raises(WorkerDied):
            services.figure_import_run(figure_import_id=figure_import.pk)
    figure_import.refresh_from_db()
    assert figure_import.status == FigureImport.Status.CHECKING


def run_out_of_lease(figure_import):
    FigureImport.objects.filter(pk=figure_import.pk).update(
        lease_expires_at=timezone.now() - timedelta(seconds=1)
    )


def test_an_import_whose_message_was_lost_is_sent_again_after_a_while(
    client, herts, laa, herts_coordinator, settings, django_capture_on_commit_callbacks
):
    client.force_login(herts_coordinator)
    job, status_url = send_without_running(client, herts, f"{HEADER}\nNI 16,2008-06-30,14,,,\n")
    assert services.figure_imports_reconcile() == []  # just sent: give the worker time
    FigureImport.objects.filter(pk=job.pk).update(
        queued_at=timezone.now() - timedelta(seconds=settings.IMPORT_STALE_QUEUED_SECONDS + 1)
    )
    with django_capture_on_commit_callbacks() as callbacks:
        assert services.figure_imports_reconcile() == [job.pk]
    assert len(callbacks) == 1  # the check is sent to a worker again
    services.figure_import_run(figure_import_id=job.pk)  # what that worker does
    assert b"1 figure submitted" in client.get(status_url).content


def test_an_import_whose_worker_died_is_checked_again_after_its_lease(
    client, herts, laa, herts_coordinator, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(herts_coordinator)
    job, status_url = send_without_running(
        client, herts, f"{HEADER}\nNI 16,2008-06-30,14,,,\nNI 16,2008-09-30,13,,,\n"
    )
    dies_while_checking(monkeypatch, job)
    assert b"Being checked" in client.get(status_url).content
    assert services.figure_imports_reconcile() == []  # its lease has not run out yet
    run_out_of_lease(job)
    with django_capture_on_commit_callbacks() as callbacks:
        assert services.figure_imports_reconcile() == [job.pk]
    assert len(callbacks) == 1
    services.figure_import_run(figure_import_id=job.pk)
    job.refresh_from_db()
    assert (job.status, job.attempts, job.rows_checked, job.created) == ("saved", 2, 2, 2)
    assert b"2 figures submitted" in client.get(status_url).content


def test_an_import_that_stops_three_times_fails_with_a_reason_and_no_longer_waits(
    client, herts, laa, herts_coordinator, monkeypatch, django_capture_on_commit_callbacks
):
    client.force_login(herts_coordinator)
    job, status_url = send_without_running(client, herts, f"{HEADER}\nNI 16,2008-06-30,14,,,\n")
    for attempt in range(1, 4):
        dies_while_checking(monkeypatch, job)
        assert job.attempts == attempt
        run_out_of_lease(job)
        with django_capture_on_commit_callbacks() as callbacks:
            requeued = services.figure_imports_reconcile()
        assert requeued == ([job.pk] if attempt < 3 else [])
        assert len(callbacks) == len(requeued)
    job.refresh_from_db()
    assert job.status == FigureImport.Status.FAILED
    assert job.failure_reason == "Stopped after 3 attempts: the check did not finish."
    page = client.get(status_url)
    text = page.content.decode()
    assert "Failed" in text and "Stopped after 3 attempts: the check did not finish." in text
    assert "Waiting to be checked" not in text and "Being checked" not in text
    assert "Refresh" not in page
    # A message for it that turns up late does nothing.
    assert services.figure_import_run(figure_import_id=job.pk) is None
    assert not Measurement.objects.exists()


def test_a_worker_that_lost_its_claim_mid_check_saves_nothing_and_the_new_holder_saves_once(
    client, herts, laa, herts_coordinator, monkeypatch
):
    """The first worker is slow past its lease; another takes the import over and saves it.
    When the first one gets to the end, its figures are dropped: every figure is saved once."""
    from laa import imports

    client.force_login(herts_coordinator)
    job, status_url = send_without_running(
        client, herts, f"{HEADER}\nNI 16,2008-06-30,14,,,\nNI 16,2008-09-30,13,,,\n"
    )
    real_check_rows = imports.check_rows

    def slow_check_rows(*args, **kwargs):
        # While the first worker checks, its lease runs out and a second worker runs.
        monkeypatch.setattr(imports, "check_rows", real_check_rows)
        run_out_of_lease(job)
        assert services.figure_import_run(figure_import_id=job.pk).status == "saved"
        return real_check_rows(*args, **kwargs)

    monkeypatch.setattr(imports, "check_rows", slow_check_rows)
    assert services.figure_import_run(figure_import_id=job.pk) is None  # dropped
    job.refresh_from_db()
    assert (job.status, job.claim, job.created) == ("saved", 2, 2)
    figures = Measurement.objects.all()
    assert figures.count() == 2
    assert all(figure.history.count() == 1 for figure in figures)
    assert b"2 figures submitted" in client.get(status_url).content

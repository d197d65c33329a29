"""A data set the size of the country, so the LAA's speed is measured where users will be.

About 400 LSPs, each with 150 indicators' targets and 40 quarters of figures (2.4 million
measurements), a coordinator, a partner, an organisation accountable for every outcome
under a signed partnership agreement; and a benchmark county ("scale-county") with a
2008-11 LAA of 35 targets over 12 quarters and 10 districts, each with its share of every
target and its own figures. ``benchmark_laa`` measures pages against it.

On PostgreSQL the measurements and target years go in with COPY; elsewhere in batches.
Scale rows are made in bulk without history: they are a benchmark, not anyone's record.
"""

import time
from datetime import date
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from laa.models import (
    AgreementOutcome,
    AgreementParty,
    Block,
    Indicator,
    LocalAreaAgreement,
    Measurement,
    Outcome,
    PartnershipAgreement,
    Target,
    TargetYear,
)
from laa.periods import periods_for
from laa.permissions import accountability_grants_sync
from lsp_portal.permissions import RoleName
from tenancy.models import LSP, Area, Organisation, Role

PREFIX = "scale-"
BENCH_COUNTY = "scale-county"


class Command(BaseCommand):
    help = "Build the LAA scale data set (about 2.4 million figures) for benchmark_laa."

    def add_arguments(self, parser):
        parser.add_argument("--lsps", type=int, default=400)
        parser.add_argument("--indicators", type=int, default=150)
        parser.add_argument("--quarters", type=int, default=40)
        parser.add_argument("--districts", type=int, default=10)

    def handle(self, *args, lsps, indicators, quarters, districts, **options):
        if LSP.objects.filter(slug__startswith=PREFIX).exists():
            raise CommandError("The scale data set is already built (LSPs named scale-…).")
        national = list(Indicator.objects.filter(lsp__isnull=True).order_by("pk")[:indicators])
        if len(national) < indicators:
            raise CommandError(f"Only {len(national)} national indicators are loaded.")
        started = time.perf_counter()
        years = range(2008, 2008 + (quarters + 3) // 4)
        ends = [p.end for p in periods_for("quarterly", years[0], years[-1])][:quarters]
        areas = list(Area.objects.order_by("pk")[:50])
        with transaction.atomic():
            tenants = LSP.objects.bulk_create(
                LSP(
                    name=f"Scale partnership {n:03d}",
                    slug=f"{PREFIX}{n:03d}",
                    area=areas[n % len(areas)],
                    level=LSP.Level.UNITARY,
                )
                for n in range(lsps)
            )
            tenants = list(LSP.objects.filter(slug__startswith=PREFIX).order_by("slug"))
            self._set_up(tenants, national, list(years), ends)
        self.stdout.write(
            f"{len(tenants)} LSPs, {Measurement.objects.filter(lsp__in=tenants).count():,} "
            f"figures in {time.perf_counter() - started:.0f} s"
        )
        with transaction.atomic():
            self._bench_county(national[:35], districts)
        self.stdout.write(self.style.SUCCESS(f"Done in {time.perf_counter() - started:.0f} s"))

    def _set_up(self, tenants, indicators, years, ends):
        users = self._people(tenants)
        organisations = Organisation.objects.bulk_create(
            Organisation(lsp=lsp, name=name, sector=sector, is_statutory_partner=True)
            for lsp in tenants
            for name, sector in (("Council", "local_authority"), ("Police", "police"))
        )
        police = {o.lsp_id: o for o in organisations if o.name == "Police"}
        Role.objects.bulk_create(
            Role(lsp=lsp, user=users[lsp.slug, role], role=role, organisation=organisation)
            for lsp in tenants
            for role, organisation in (
                (RoleName.COORDINATOR, None),
                (RoleName.PARTNER, police[lsp.pk]),
            )
        )
        laas = {
            a.lsp_id: a
            for a in LocalAreaAgreement.objects.bulk_create(
                LocalAreaAgreement(
                    lsp=lsp,
                    title="Scale LAA",
                    period_start=years[0],
                    period_end=years[-1],
                    status=LocalAreaAgreement.Status.SIGNED,
                )
                for lsp in tenants
            )
        }
        blocks = Block.objects.bulk_create(
            Block(lsp=lsp, name=f"Block {b}", order=b) for lsp in tenants for b in range(4)
        )
        block_of = {(b.lsp_id, b.order): b for b in blocks}
        outcomes = Outcome.objects.bulk_create(
            Outcome(
                lsp=lsp, block=block_of[lsp.pk, n % 4], agreement=laas[lsp.pk], title=f"Outcome {n}"
            )
            for lsp in tenants
            for n in range(10)
        )
        outcomes_of = {}
        for outcome in outcomes:
            outcomes_of.setdefault(outcome.lsp_id, []).append(outcome)
        targets = Target.objects.bulk_create(
            (
                Target(
                    lsp=lsp,
                    outcome=outcomes_of[lsp.pk][n % 10],
                    indicator=indicator,
                    baseline_value=Decimal(50),
                    baseline_on=date(years[0], 3, 31),
                )
                for lsp in tenants
                for n, indicator in enumerate(indicators)
            ),
            batch_size=5000,
        )
        self._copy(
            TargetYear,
            ["lsp_id", "target_id", "year", "value"],
            ((t.lsp_id, t.pk, year, 50 + (year - years[0]) * 2) for t in targets for year in years),
        )
        agreements = PartnershipAgreement.objects.bulk_create(
            PartnershipAgreement(
                lsp=lsp, title="Scale agreement", status=PartnershipAgreement.Status.SIGNED
            )
            for lsp in tenants
        )
        AgreementParty.objects.bulk_create(
            AgreementParty(lsp_id=a.lsp_id, agreement=a, organisation=police[a.lsp_id])
            for a in agreements
        )
        AgreementOutcome.objects.bulk_create(
            AgreementOutcome(
                lsp_id=a.lsp_id, agreement=a, outcome=outcome, accountable=police[a.lsp_id]
            )
            for a in agreements
            for outcome in outcomes_of[a.lsp_id]
        )
        for lsp in tenants:
            accountability_grants_sync(lsp=lsp)
        self._figures([(lsp.pk, i.pk) for lsp in tenants for i in indicators], ends)

    def _people(self, tenants):
        User = get_user_model()
        User.objects.bulk_create(
            User(email=f"{lsp.slug}-{role}@scale.example", full_name=f"{role} of {lsp.name}")
            for lsp in tenants
            for role in (RoleName.COORDINATOR, RoleName.PARTNER)
        )
        return {
            tuple(user.email.split("@")[0].rsplit("-", 1)): user
            for user in User.objects.filter(email__endswith="@scale.example")
        }

    def _figures(self, pairs, ends):
        def rows():
            for lsp_id, indicator_id in pairs:
                for n, end in enumerate(ends):
                    value = 50 + n * 0.45 + (indicator_id % 7) * 0.3
                    yield (lsp_id, indicator_id, end, f"{value:.3f}", "", "verified", "", "")

        self._copy(
            Measurement,
            [
                "lsp_id",
                "indicator_id",
                "period_end",
                "value",
                "commentary",
                "status",
                "returned_reason",
                "exception_commentary",
            ],
            rows(),
        )

    def _copy(self, model, columns, rows):
        """COPY on PostgreSQL; batches of bulk inserts elsewhere."""
        table = model._meta.db_table
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            return
        batch = []
        for row in rows:
            batch.append(model(**dict(zip(columns, row, strict=True))))
            if len(batch) == 5000:
                model.objects.bulk_create(batch)
                batch = []
        model.objects.bulk_create(batch)

    def _bench_county(self, indicators, district_count):
        """A county with a 2008-11 LAA of 35 targets and its districts' shares."""
        area = Area.objects.order_by("pk").first()
        county = LSP.objects.create(
            name="Scale county", slug=BENCH_COUNTY, area=area, level=LSP.Level.COUNTY
        )
        districts = [
            LSP.objects.create(
                name=f"Scale district {n:02d}",
                slug=f"{BENCH_COUNTY}-district-{n:02d}",
                area=area,
                level=LSP.Level.DISTRICT,
                county_lsp=county,
            )
            for n in range(district_count)
        ]
        years = [2008, 2009, 2010]
        ends = [p.end for p in periods_for("quarterly", 2008, 2010)]
        self._set_up_laa(county, districts, indicators, years)
        coordinator = self._people([county])[county.slug, RoleName.COORDINATOR]
        Role.objects.create(lsp=county, user=coordinator, role=RoleName.COORDINATOR)
        self._figures(((county.pk, i.pk) for i in indicators), ends)
        self._figures(((d.pk, i.pk) for d in districts for i in indicators), ends)

    def _set_up_laa(self, county, districts, indicators, years):
        laa = LocalAreaAgreement.objects.create(
            lsp=county,
            title="Scale county LAA 2008-11",
            period_start=2008,
            period_end=2010,
            status=LocalAreaAgreement.Status.SIGNED,
        )
        blocks = [Block.objects.create(lsp=county, name=f"Block {b}", order=b) for b in range(4)]
        outcomes = [
            Outcome.objects.create(
                lsp=county, block=blocks[n % 4], agreement=laa, title=f"Outcome {n}"
            )
            for n in range(10)
        ]
        targets = Target.objects.bulk_create(
            Target(
                lsp=county,
                outcome=outcomes[n % 10],
                indicator=indicator,
                district=district,
                baseline_value=Decimal(50),
                baseline_on=date(2008, 3, 31),
            )
            for district in [None, *districts]
            for n, indicator in enumerate(indicators)
        )
        TargetYear.objects.bulk_create(
            TargetYear(lsp=county, target=t, year=year, value=Decimal(52 + (year - 2008) * 2))
            for t in targets
            for year in years
        )

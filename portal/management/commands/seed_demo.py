from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import User
from laa.demo import LaaDemo
from partnerships.demo import DEMO_PASSWORD, PacksDemo, PartnershipsDemo
from scrutiny.demo import ScrutinyDemo
from strategies.demo import StrategiesDemo
from tenancy.models import LSP


class Command(BaseCommand):
    help = "Create the demo LSPs, organisations and people. Safe to run again: it changes nothing."

    def add_arguments(self, parser):
        parser.add_argument(
            "--without-packs",
            action="store_true",
            help="Skip making the board pack's two versions (about half a minute).",
        )

    @transaction.atomic
    def handle(self, *args, **options):
        # Each app seeds its own part, in the order of the floors.
        lsps, organisations = PartnershipsDemo().seed()
        StrategiesDemo().seed(lsps, organisations)
        LaaDemo().seed(lsps)
        ScrutinyDemo().seed(lsps)
        if not options["without_packs"]:
            # Last: the pack's performance report reads the LAA's demo figures.
            PacksDemo().seed(lsps)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {LSP.objects.count()} LSPs, {User.objects.count()} people. "
                f"Every demo sign-in uses the password {DEMO_PASSWORD!r}."
            )
        )

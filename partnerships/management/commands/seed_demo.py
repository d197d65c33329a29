from datetime import date, datetime
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import User
from partnerships import demo
from partnerships.areas import load_english_areas
from partnerships.models import (
    LSP,
    AgendaItem,
    Area,
    Meeting,
    Membership,
    Organisation,
    Partnership,
    PartnershipKind,
)
from partnerships.selectors import members_on
from partnerships.services import (
    agenda_item_save,
    attendance_record,
    meeting_save,
    membership_save,
    partnership_kinds_ensure_defaults,
    partnership_save,
    role_grant,
)

LONDON = ZoneInfo("Europe/London")


class Command(BaseCommand):
    help = "Create the demo LSPs, organisations and people. Safe to run again: it changes nothing."

    @transaction.atomic
    def handle(self, *args, **options):
        if not Area.objects.exists():
            load_english_areas(Area)
        lsps = {slug: self.lsp(slug, name, gss, level) for slug, name, gss, level, *_ in demo.LSPS}
        for slug, _name, _gss, _level, county_slug, working_model in demo.LSPS:
            if county_slug:
                LSP.objects.filter(slug=slug).update(
                    county_lsp=lsps[county_slug], working_model=working_model
                )
        organisations = {}
        for slug, rows in demo.ORGANISATIONS.items():
            for name, sector, statutory in rows:
                organisations[slug, name], _ = Organisation.objects.get_or_create(
                    lsp=lsps[slug],
                    name=name,
                    defaults={"sector": sector, "is_statutory_partner": statutory},
                )
        admin_local, admin_name = demo.ADMIN
        self.person(admin_local, admin_name, is_staff=True, is_superuser=True)
        for slug, people in demo.PEOPLE.items():
            for role, (name, organisation) in people.items():
                user = self.person(f"{slug}-{role}", name)
                org = organisations[slug, organisation] if organisation else None
                role_grant(lsp=lsps[slug], user=user, role=role, organisation=org)
        for local, name, grants in demo.SHARED_PEOPLE:
            user = self.person(local, name)
            for slug, role, organisation in grants:
                org = organisations[slug, organisation] if organisation else None
                role_grant(lsp=lsps[slug], user=user, role=role, organisation=org)
        for local, slug, role, organisation in demo.EXTRA_ROLES:
            user = User.objects.get(email=demo.email_for(local))
            role_grant(
                lsp=lsps[slug], user=user, role=role, organisation=organisations[slug, organisation]
            )
        self.structures(lsps, organisations)
        self.meetings(lsps)
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data ready: {LSP.objects.count()} LSPs, {User.objects.count()} people. "
                f"Every demo sign-in uses the password {demo.DEMO_PASSWORD!r}."
            )
        )

    def lsp(self, slug, name, gss_code, level):
        lsp, _ = LSP.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "area": Area.objects.get(gss_code=gss_code), "level": level},
        )
        partnership_kinds_ensure_defaults(lsp=lsp)
        return lsp

    def structures(self, lsps, organisations):
        for slug, networks in demo.NETWORKS.items():
            for network_name, members in networks.items():
                network = organisations[slug, network_name]
                if not network.is_network:
                    network.is_network = True
                    network.save(update_fields=["is_network"])
                for member in members:
                    # add() records history even for a link that exists; add only new ones.
                    if not organisations[slug, member].networks.filter(pk=network.pk).exists():
                        organisations[slug, member].networks.add(network)
        partnerships = {}
        for slug, rows in demo.PARTNERSHIPS.items():
            lsp = lsps[slug]
            for name, kind_code, parent, remit, frequency, start, end in rows:
                partnership = Partnership.objects.for_lsp(lsp).filter(name=name).first()
                if partnership is None:
                    partnership = partnership_save(
                        partnership=Partnership(
                            lsp=lsp,
                            name=name,
                            remit=remit,
                            meeting_frequency=frequency,
                            kind=PartnershipKind.objects.for_lsp(lsp).get(code=kind_code),
                            parent=partnerships.get((slug, parent)),
                            start_date=date.fromisoformat(start),
                            end_date=date.fromisoformat(end) if end else None,
                        )
                    )
                partnerships[slug, name] = partnership
        for slug, rows in demo.MEMBERSHIPS.items():
            lsp = lsps[slug]
            for name, who, organisation, position, nominated_by, start, end in rows:
                person = User.objects.filter(email=demo.email_for(who)).first()
                seat = {
                    "lsp": lsp,
                    "partnership": partnerships[slug, name],
                    "person": person,
                    "person_name": "" if person else who,
                    "position": position,
                    "term_start": date.fromisoformat(start),
                }
                if Membership.objects.filter(**seat).exists():
                    continue
                membership_save(
                    membership=Membership(
                        **seat,
                        organisation=organisations[slug, organisation],
                        nominated_by=organisations[slug, nominated_by] if nominated_by else None,
                        term_end=date.fromisoformat(end) if end else None,
                    )
                )

    def meetings(self, lsps):
        """Two years of quarterly board meetings with agendas and attendance."""
        statuses = ["present", "present", "apologies", "present", "absent", "present"]
        for lsp in lsps.values():
            board = Partnership.objects.for_lsp(lsp).filter(kind__code="board").first()
            if board is None:
                continue
            for number, (year, month) in enumerate(demo.BOARD_MEETINGS):
                starts_at = datetime(year, month, 12, 18, 30, tzinfo=LONDON)
                if Meeting.objects.filter(partnership=board, starts_at=starts_at).exists():
                    continue
                meeting = meeting_save(
                    meeting=Meeting(
                        lsp=lsp,
                        partnership=board,
                        starts_at=starts_at,
                        venue=demo.VENUES.get(lsp.slug, "Council offices"),
                    )
                )
                for order, (title, confidential) in enumerate(demo.AGENDA, start=1):
                    agenda_item_save(
                        item=AgendaItem(
                            lsp=lsp,
                            meeting=meeting,
                            order=order,
                            title=title,
                            is_confidential=confidential and number == 5,
                            paper_text=demo.PAPER_TEXT.get(title, ""),
                            minutes=f"The board noted the {title.lower()}.",
                        )
                    )
                members = members_on(partnership=board, on=starts_at.date())
                attendance_record(
                    meeting=meeting,
                    statuses={
                        member: (statuses[(number + index) % len(statuses)], "")
                        for index, member in enumerate(members)
                    },
                )

    def person(self, local_part, full_name, **flags):
        email = demo.email_for(local_part)
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(
                email=email, password=demo.DEMO_PASSWORD, full_name=full_name, **flags
            )
        return user

"""Scrutiny's part of the demo: each LSP's committees and who sits on them."""

from datetime import date, timedelta

from django.utils import timezone

from accounts.models import User
from laa.models import Target
from lsp_portal.services import validated_save
from scrutiny import services
from scrutiny.models import Committee, CommitteeMember, InformationRequest, Review
from tenancy.models import Organisation

# LSP slug, committee, remit, crime and disorder, joint with, [(demo person, position)].
COMMITTEES = [
    (
        "hertfordshire",
        "Overview and Scrutiny Committee",
        "Holds the county council's executive and the partners of Hertfordshire Forward to "
        "account for the Local Area Agreement.",
        False,
        None,
        [("hertfordshire-scrutineer", CommitteeMember.Position.CHAIR)],
    ),
    (
        "hertfordshire",
        "Community Safety Scrutiny Panel",
        "Reviews the Community Safety Partnership's work on crime and disorder.",
        True,
        "north-hertfordshire",
        [
            ("hertfordshire-scrutineer", CommitteeMember.Position.VICE_CHAIR),
            ("north-hertfordshire-scrutineer", CommitteeMember.Position.MEMBER),
        ],
    ),
    (
        "camden",
        "Camden Overview and Scrutiny Committee",
        "Scrutinises the Camden Partnership Board's outcomes.",
        True,
        None,
        [("camden-scrutineer", CommitteeMember.Position.CHAIR)],
    ),
]


class ScrutinyDemo:
    def seed(self, lsps: dict) -> None:
        self.committees(lsps)
        self.reviews(lsps)

    def reviews(self, lsps):
        """Hertfordshire's review of the red serious acquisitive crime indicator (NI 16)."""
        herts = lsps["hertfordshire"]
        committee = Committee.objects.for_lsp(herts).get(name="Overview and Scrutiny Committee")
        if Review.objects.for_lsp(herts).exists():
            return
        chair = User.objects.get(email="hertfordshire-scrutineer@example.org")
        review = services.review_save(
            review=Review(
                lsp=herts,
                committee=committee,
                title="Serious acquisitive crime",
                scope="Why has serious acquisitive crime (NI 16) gone red since the recession, "
                "and what are the police and their partners doing about it?",
                terms_of_reference="Take evidence from the police, the Community Safety "
                "Partnership and Jobcentre Plus; report to the executive with recommendations.",
                kind=Review.Kind.TASK_AND_FINISH,
                lead_member=chair,
                planned_end_on=timezone.localdate() + timedelta(days=120),
                status=Review.Status.GATHERING_EVIDENCE,
            ),
            by=chair,
            targets=list(Target.objects.for_lsp(herts).filter(indicator__code="NI 16")),
        )
        self.information_requests(herts, review, chair)

    def information_requests(self, herts, review, chair):
        """The police answered; Jobcentre Plus has not, past its date."""
        police = Organisation.objects.for_lsp(herts).get(
            name="Bedfordshire, Cambridgeshire and Hertfordshire Police Alliance"
        )
        asked = services.information_request_send(
            information_request=InformationRequest(
                lsp=herts,
                review=review,
                organisation=police,
                question="How many burglaries and vehicle crimes were cleared up in each "
                "quarter of 2009/10, and what has the prolific offenders scheme achieved?",
                due_on=timezone.localdate() + timedelta(days=28),
            ),
            by=chair,
        )
        services.information_request_answer(
            information_request=asked,
            response="Detections rose from 14% to 17% over the year. The prolific and "
            "priority offenders scheme worked with 212 people; 61% did not reoffend.",
            by=User.objects.get(email="police-commander@example.org"),
        )
        # Sent with 28 days to answer, six weeks ago: it is overdue now.
        validated_save(
            InformationRequest(
                lsp=herts,
                review=review,
                organisation=Organisation.objects.for_lsp(herts).get(
                    name="Jobcentre Plus Hertfordshire"
                ),
                question="How many people claiming out-of-work benefits have a conviction "
                "for acquisitive crime, and what help do they get into work?",
                due_on=timezone.localdate() - timedelta(days=14),
            )
        )

    def committees(self, lsps: dict) -> None:
        for slug, name, remit, crime, joint, seats in COMMITTEES:
            lsp = lsps[slug]
            if Committee.objects.for_lsp(lsp).filter(name=name).exists():
                continue
            committee = services.committee_save(
                committee=Committee(
                    lsp=lsp,
                    name=name,
                    remit=remit,
                    is_crime_and_disorder=crime,
                    joint_with=lsps[joint] if joint else None,
                )
            )
            for local, position in seats:
                services.committee_member_add(
                    seat=CommitteeMember(
                        lsp=lsp,
                        committee=committee,
                        person=User.objects.get(email=f"{local}@example.org"),
                        position=position,
                        starts_on=date(2009, 5, 21),
                    )
                )

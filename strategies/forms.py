from django import forms

from lsp_portal.forms import NUMBER_WIDGET, date_field, govuk_helper
from lsp_portal.uploads import validate_paper
from partnerships.models import Decision, Partnership
from strategies.models import (
    Audience,
    EngagementActivity,
    EqualityGroup,
    EqualityImpactAssessment,
    Evidence,
    LinkedPlan,
    NeighbourhoodPlan,
    Pillar,
    PlanIssue,
    Priority,
    Strategy,
)
from strategies.selectors import adopted_strategy
from tenancy.models import Organisation


class StrategyForm(forms.ModelForm):
    class Meta:
        model = Strategy
        fields = ["title", "period_start", "period_end", "vision"]
        help_texts = {"period_start": "For example, 2008", "period_end": "For example, 2021"}
        error_messages = {
            "title": {"required": "Enter the title of the strategy"},
            "period_start": {"required": "Enter the first year the strategy covers"},
            "period_end": {"required": "Enter the last year the strategy covers"},
            "vision": {"required": "Enter the vision statement"},
        }

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        for name in ("period_start", "period_end"):
            self.fields[name].widget.attrs["class"] = "govuk-input--width-4"
        self.helper = govuk_helper("Save strategy")


class PriorityForm(forms.ModelForm):
    pillars = forms.MultipleChoiceField(
        choices=Pillar.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one pillar"},
    )

    class Meta:
        model = Priority
        fields = [
            "order",
            "title",
            "description",
            "pillars",
            "lead_partnership",
            "links",
            "contributes_to",
        ]
        labels = {"order": "Priority number", "links": "Cross-cutting links to other priorities"}
        widgets = {"links": forms.CheckboxSelectMultiple}
        error_messages = {"title": {"required": "Enter the title of the priority"}}

    def __init__(self, *args, lsp, strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.strategy = strategy
        self.fields["order"].widget.attrs["class"] = "govuk-input--width-3"
        self.fields["lead_partnership"].queryset = Partnership.objects.for_lsp(lsp)
        self.fields["lead_partnership"].empty_label = "None named"
        self.fields["links"].queryset = strategy.priorities.exclude(pk=self.instance.pk)
        county = lsp.county_lsp and adopted_strategy(lsp=lsp.county_lsp)
        if county:
            self.fields["contributes_to"].queryset = county.priorities.all()
            self.fields["contributes_to"].empty_label = "None of them"
            self.fields["contributes_to"].help_text = f"A priority of {lsp.county_lsp.name}."
        else:
            del self.fields["contributes_to"]
        self.helper = govuk_helper("Save priority")


class EvidenceForm(forms.ModelForm):
    as_of = date_field("Date of the figure", required=False)

    class Meta:
        model = Evidence
        fields = ["statement", "figure", "unit", "as_of", "source", "link"]
        widgets = {"figure": NUMBER_WIDGET}
        error_messages = {
            "statement": {"required": "Enter what the evidence shows"},
            "source": {"required": "Enter the source of the evidence"},
            "figure": {"invalid": "Enter the figure as a number, like 12.5"},
        }

    def __init__(self, *args, lsp, priority, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.priority = priority
        self.fields["figure"].widget.attrs["class"] = "govuk-input--width-10"
        self.fields["unit"].widget.attrs["class"] = "govuk-input--width-10"
        self.helper = govuk_helper("Save evidence")


class LinkedPlanForm(forms.ModelForm):
    last_reviewed = date_field("Last reviewed", required=False)

    class Meta:
        model = LinkedPlan
        fields = ["title", "kind", "owner", "priorities", "alignment", "last_reviewed", "link"]
        labels = {"priorities": "Priorities it relates to", "alignment": "Alignment"}
        widgets = {
            "priorities": forms.CheckboxSelectMultiple,
            "alignment": forms.RadioSelect,
        }
        error_messages = {
            "title": {"required": "Enter the title of the plan"},
            "kind": {"required": "Choose the kind of plan"},
            "owner": {"required": "Choose the organisation that owns the plan"},
        }

    def __init__(self, *args, lsp, strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.strategy = strategy
        self.fields["owner"].queryset = Organisation.objects.for_lsp(lsp)
        self.fields["priorities"].queryset = strategy.priorities.all()
        self.fields["alignment"].choices = LinkedPlan.Alignment.choices
        self.helper = govuk_helper("Save linked plan")


class AdoptionForm(forms.Form):
    decision = forms.ModelChoiceField(
        label="The decision that adopted it",
        queryset=Decision.objects.none(),
        error_messages={"required": "Choose the decision that adopted the strategy"},
    )
    adopted_on = date_field("Date of adoption", required_message="Enter the date of adoption")

    def __init__(self, *args, lsp, **kwargs):
        super().__init__(*args, **kwargs)
        # The adoption is published, so only a decision taken in public may record it.
        self.fields["decision"].queryset = (
            Decision.objects.for_lsp(lsp)
            .filter(meeting__is_public=True)
            .exclude(agenda_item__is_confidential=True)
            .select_related("meeting__partnership")
            .order_by("-meeting__starts_at", "-pk")
        )
        self.fields["decision"].label_from_instance = lambda d: (
            f"{d.meeting.partnership.name}, {d.meeting.starts_at:%-d %B %Y}: {d.text[:90]}"
        )
        self.helper = govuk_helper("Adopt the strategy")


class EngagementActivityForm(forms.ModelForm):
    starts_on = date_field("First day", required_message="Enter the first day")
    ends_on = date_field("Last day", required_message="Enter the last day")
    audiences = forms.MultipleChoiceField(
        label="Who it asks",
        choices=Audience.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose at least one audience"},
    )
    confirm_overlap = forms.BooleanField(
        label="Save it anyway: we have checked the other activities",
        required=False,
    )

    class Meta:
        model = EngagementActivity
        fields = [
            "title",
            "kind",
            "organiser",
            "audiences",
            "areas",
            "starts_on",
            "ends_on",
            "description",
            "priorities",
        ]
        labels = {"kind": "Kind of activity", "priorities": "Priorities it relates to"}
        widgets = {"kind": forms.RadioSelect, "priorities": forms.CheckboxSelectMultiple}
        error_messages = {
            "title": {"required": "Enter the name of the activity"},
            "kind": {"required": "Choose the kind of activity"},
            "organiser": {"required": "Choose the organisation running it"},
        }

    def __init__(self, *args, lsp, organisations, priorities, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["kind"].choices = EngagementActivity.Kind.choices
        self.fields["organiser"].queryset = organisations
        only = list(organisations[:2])
        if len(only) == 1:  # a partner's own organisation: nothing to choose
            self.initial.setdefault("organiser", only[0].pk)
        self.fields["priorities"].queryset = priorities
        self.overlaps = []
        self.helper = govuk_helper("Save activity")

    def warn_about(self, overlaps) -> bool:
        """Whether to stop and show the overlapping activities before saving."""
        self.overlaps = overlaps
        return bool(overlaps) and not self.cleaned_data.get("confirm_overlap")


class NeighbourhoodPlanForm(forms.ModelForm):
    document = forms.FileField(
        label="The plan",
        required=False,
        help_text="A PDF or Word (DOCX) document of at most 20 MB. If the form shows an "
        "error, select the file again.",
        error_messages={"empty": "The selected file is empty"},
    )
    issues = forms.CharField(
        label="Issues the plan raises",
        help_text="One to a line, for example: Speeding traffic on the High Street",
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages={"required": "Enter at least one issue the plan raises"},
    )

    class Meta:
        model = NeighbourhoodPlan
        fields = ["title", "organisation", "summary"]
        error_messages = {
            "title": {"required": "Enter the name of the plan"},
            "organisation": {"required": "Choose the organisation submitting the plan"},
            "summary": {"required": "Enter a summary of the plan"},
        }

    def __init__(self, *args, lsp, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.fields["organisation"].queryset = organisations
        only = list(organisations[:2])
        if len(only) == 1:
            self.initial.setdefault("organisation", only[0].pk)
        self.order_fields(["title", "organisation", "summary", "issues", "document"])
        self.helper = govuk_helper("Submit the plan")

    def clean_document(self):
        document = self.cleaned_data.get("document")
        if document:
            validate_paper(document)
        return document

    def issue_lines(self) -> list[str]:
        return self.cleaned_data["issues"].splitlines()


class PlanIssueForm(forms.ModelForm):
    class Meta:
        model = PlanIssue
        fields = ["outcome", "priority", "reason"]
        labels = {"outcome": "Where did this issue go?"}
        widgets = {"outcome": forms.RadioSelect}

    def __init__(self, *args, priorities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].choices = PlanIssue.Outcome.choices
        self.fields["priority"].queryset = priorities
        self.fields["priority"].empty_label = "Choose a priority"
        self.helper = govuk_helper("Save")


class EqualityImpactForm(forms.ModelForm):
    groups_considered = forms.MultipleChoiceField(
        label="Groups considered",
        choices=EqualityGroup.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": "Choose the groups the assessment considered"},
    )
    signed_off_on = date_field(
        "Date signed off", required_message="Enter the date it was signed off"
    )

    class Meta:
        model = EqualityImpactAssessment
        fields = ["groups_considered", "impacts", "mitigations", "signed_off_by", "signed_off_on"]
        labels = {"impacts": "Impacts found", "mitigations": "What will reduce them"}
        error_messages = {
            "impacts": {"required": "Describe the impacts found"},
            "mitigations": {"required": "Describe what will reduce the impacts"},
            "signed_off_by": {"required": "Enter who signed the assessment off"},
        }

    def __init__(self, *args, lsp, strategy, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.lsp = lsp
        self.instance.strategy = strategy
        self.helper = govuk_helper("Save assessment")


class CommentForm(forms.Form):
    text = forms.CharField(
        label="Your comment",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter your comment"},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.helper = govuk_helper("Add comment")

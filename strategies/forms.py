from django import forms

from lsp_portal.forms import date_field, govuk_helper
from partnerships.models import Decision, Organisation, Partnership
from strategies.models import Evidence, LinkedPlan, Pillar, Priority, Strategy
from strategies.selectors import adopted_strategy


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
        self.fields["decision"].queryset = (
            Decision.objects.for_lsp(lsp)
            .select_related("meeting__partnership")
            .order_by("-meeting__starts_at", "-pk")
        )
        self.fields["decision"].label_from_instance = lambda d: (
            f"{d.meeting.partnership.name}, {d.meeting.starts_at:%-d %B %Y}: {d.text[:90]}"
        )
        self.helper = govuk_helper("Adopt the strategy")

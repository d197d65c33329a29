from django.urls import path

from laa import (
    action_views,
    agreement_views,
    district_views,
    export_views,
    import_views,
    views,
)

app_name = "laa"

# Mounted under /<lsp_slug>/ (lsp_portal.urls).
urlpatterns = [
    path("laa/", views.overview, name="overview"),
    path("laa/exceptions/", views.exceptions, name="exceptions"),
    path("laa/agreement/", views.agreement_edit, name="agreement"),
    path("laa/settings/", views.performance_settings, name="settings"),
    path("laa/blocks/", views.blocks, name="blocks"),
    path("laa/blocks/defaults/", views.blocks_default, name="blocks-default"),
    path("laa/blocks/new/", views.block_edit, name="block-new"),
    path("laa/blocks/<int:block_id>/edit/", views.block_edit, name="block-edit"),
    path("laa/outcomes/new/", views.outcome_edit, name="outcome-new"),
    path(
        "laa/outcomes/<int:outcome_id>/edit/",
        views.outcome_edit,
        name="outcome-edit",
    ),
    path(
        "laa/outcomes/<int:outcome_id>/targets/new/",
        views.target_new,
        name="target-new",
    ),
    path("laa/targets/<int:target_id>/", views.target_detail, name="target"),
    path(
        "laa/targets/<int:target_id>/figures/",
        views.figure_submit,
        name="figure-submit",
    ),
    path(
        "laa/figures/<int:measurement_id>/",
        views.measurement_detail,
        name="measurement",
    ),
    path(
        "laa/figures/<int:measurement_id>/verify/",
        views.measurement_verify,
        name="measurement-verify",
    ),
    path(
        "laa/figures/<int:measurement_id>/return/",
        views.measurement_return,
        name="measurement-return",
    ),
    path(
        "laa/targets/<int:target_id>/edit/",
        views.target_edit,
        name="target-edit",
    ),
    path("laa/indicators/", views.indicators, name="indicators"),
    path(
        "laa/indicators/new/",
        views.local_indicator_edit,
        name="indicator-new",
    ),
    path(
        "laa/indicators/<int:indicator_id>/edit/",
        views.local_indicator_edit,
        name="indicator-edit",
    ),
    path(
        "laa/indicators/national/<int:national_indicator_id>/correct/",
        views.indicator_correct,
        name="indicator-correct",
    ),
    path(
        "laa/agreements/",
        agreement_views.agreement_list,
        name="partnership-agreements",
    ),
    path(
        "laa/agreements/new/",
        agreement_views.agreement_edit,
        name="partnership-agreement-new",
    ),
    path(
        "laa/agreements/<int:agreement_id>/",
        agreement_views.agreement_detail,
        name="partnership-agreement",
    ),
    path(
        "laa/agreements/<int:agreement_id>/edit/",
        agreement_views.agreement_edit,
        name="partnership-agreement-edit",
    ),
    path(
        "laa/agreements/<int:agreement_id>/parties/new/",
        agreement_views.party_add,
        name="partnership-agreement-party-new",
    ),
    path(
        "laa/agreements/<int:agreement_id>/outcomes/new/",
        agreement_views.outcome_cover,
        name="partnership-agreement-outcome-new",
    ),
    path(
        "laa/agreements/<int:agreement_id>/commitments/new/",
        agreement_views.commitment_add,
        name="partnership-agreement-commitment-new",
    ),
    path(
        "laa/agreements/<int:agreement_id>/sign/",
        agreement_views.agreement_sign,
        name="partnership-agreement-sign",
    ),
    path(
        "laa/agreements/<int:agreement_id>/expire/",
        agreement_views.agreement_expire,
        name="partnership-agreement-expire",
    ),
    path("laa/actions/", action_views.action_list, name="actions"),
    path("laa/actions/new/", action_views.action_new, name="action-new"),
    path(
        "laa/actions/<int:accountable_action_id>/",
        action_views.action_detail,
        name="action",
    ),
    path(
        "laa/actions/<int:accountable_action_id>/edit/",
        action_views.action_edit,
        name="action-edit",
    ),
    path(
        "laa/actions/<int:accountable_action_id>/update/",
        action_views.action_update,
        name="action-update",
    ),
    path(
        "laa/actions/<int:accountable_action_id>/archive/",
        action_views.action_archive,
        name="action-archive",
    ),
    path(
        "laa/my-organisation/",
        action_views.my_organisation,
        name="my-organisation",
    ),
    path(
        "laa/organisations/<int:organisation_id>/",
        action_views.organisation_accountability,
        name="organisation",
    ),
    path(
        "laa/figures/<int:measurement_id>/exception/",
        action_views.exception_commentary,
        name="exception-commentary",
    ),
    path("laa/import/", import_views.import_figures, name="import"),
    path(
        "laa/import/<int:figure_import_id>/",
        import_views.import_status,
        name="import-status",
    ),
    path(
        "laa/import/template.csv",
        import_views.import_template_csv,
        name="import-template-csv",
    ),
    path(
        "laa/import/template.xlsx",
        import_views.import_template_xlsx,
        name="import-template-xlsx",
    ),
    path(
        "laa/export/overview.<str:export_format>",
        export_views.overview_export,
        name="overview-export",
    ),
    path(
        "laa/export/districts.<str:export_format>",
        export_views.districts_export,
        name="districts-export",
    ),
    path(
        "laa/export/exceptions.<str:export_format>",
        export_views.exceptions_export,
        name="exceptions-export",
    ),
    path(
        "laa/targets/<int:target_id>/figures.<str:export_format>",
        export_views.target_export,
        name="target-export",
    ),
    path("laa/districts/", district_views.districts, name="districts"),
    path("laa/county/", district_views.county_share, name="county-share"),
    path(
        "laa/county/targets/<int:county_target_id>/",
        district_views.county_target,
        name="county-target",
    ),
    path(
        "laa/county/targets/<int:county_target_id>/figures/",
        district_views.county_figure_submit,
        name="county-figure-submit",
    ),
]

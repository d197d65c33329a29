from django.urls import path

from laa import views

app_name = "laa"

urlpatterns = [
    path("<slug:lsp_slug>/laa/", views.overview, name="overview"),
    path("<slug:lsp_slug>/laa/exceptions/", views.exceptions, name="exceptions"),
    path("<slug:lsp_slug>/laa/agreement/", views.agreement_edit, name="agreement"),
    path("<slug:lsp_slug>/laa/settings/", views.performance_settings, name="settings"),
    path("<slug:lsp_slug>/laa/blocks/", views.blocks, name="blocks"),
    path("<slug:lsp_slug>/laa/blocks/defaults/", views.blocks_default, name="blocks-default"),
    path("<slug:lsp_slug>/laa/blocks/new/", views.block_edit, name="block-new"),
    path("<slug:lsp_slug>/laa/blocks/<int:block_id>/edit/", views.block_edit, name="block-edit"),
    path("<slug:lsp_slug>/laa/outcomes/new/", views.outcome_edit, name="outcome-new"),
    path(
        "<slug:lsp_slug>/laa/outcomes/<int:outcome_id>/edit/",
        views.outcome_edit,
        name="outcome-edit",
    ),
    path(
        "<slug:lsp_slug>/laa/outcomes/<int:outcome_id>/targets/new/",
        views.target_new,
        name="target-new",
    ),
    path("<slug:lsp_slug>/laa/targets/<int:target_id>/", views.target_detail, name="target"),
    path(
        "<slug:lsp_slug>/laa/targets/<int:target_id>/figures/",
        views.figure_submit,
        name="figure-submit",
    ),
    path(
        "<slug:lsp_slug>/laa/figures/<int:measurement_id>/verify/",
        views.measurement_verify,
        name="measurement-verify",
    ),
    path(
        "<slug:lsp_slug>/laa/figures/<int:measurement_id>/return/",
        views.measurement_return,
        name="measurement-return",
    ),
    path(
        "<slug:lsp_slug>/laa/targets/<int:target_id>/edit/",
        views.target_edit,
        name="target-edit",
    ),
    path("<slug:lsp_slug>/laa/indicators/", views.indicators, name="indicators"),
    path(
        "<slug:lsp_slug>/laa/indicators/new/",
        views.local_indicator_edit,
        name="indicator-new",
    ),
    path(
        "<slug:lsp_slug>/laa/indicators/<int:indicator_id>/edit/",
        views.local_indicator_edit,
        name="indicator-edit",
    ),
    path(
        "<slug:lsp_slug>/laa/indicators/national/<int:national_indicator_id>/correct/",
        views.indicator_correct,
        name="indicator-correct",
    ),
]

from django.urls import path

from strategies import engagement_views as engagement
from strategies import plan_views as plans
from strategies import views

app_name = "strategies"

urlpatterns = [
    path("<slug:lsp_slug>/strategy/", views.strategy_home, name="home"),
    path("<slug:lsp_slug>/strategy/new/", views.strategy_new, name="strategy-new"),
    path("<slug:lsp_slug>/strategy/compare/", views.strategy_compare, name="compare"),
    path("<slug:lsp_slug>/strategy/districts/", views.districts, name="districts"),
    path("<slug:lsp_slug>/strategy/<int:strategy_id>/", views.strategy_detail, name="strategy"),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/edit/",
        views.strategy_edit,
        name="strategy-edit",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/new-version/",
        views.strategy_new_draft,
        name="strategy-new-draft",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/consultation/",
        views.strategy_consultation,
        name="strategy-consultation",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/refresh/",
        views.strategy_refresh,
        name="strategy-refresh",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/adopt/",
        views.strategy_adopt,
        name="strategy-adopt",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/comments/new/",
        views.strategy_comment,
        name="strategy-comment",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/equality-impact/",
        views.equality_impact,
        name="equality-impact",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/priorities/new/",
        views.priority_new,
        name="priority-new",
    ),
    path(
        "<slug:lsp_slug>/strategy/priorities/<int:priority_id>/edit/",
        views.priority_edit,
        name="priority-edit",
    ),
    path(
        "<slug:lsp_slug>/strategy/priorities/<int:priority_id>/evidence/new/",
        views.evidence_new,
        name="evidence-new",
    ),
    path(
        "<slug:lsp_slug>/strategy/<int:strategy_id>/linked-plans/new/",
        views.linked_plan_new,
        name="linked-plan-new",
    ),
    path(
        "<slug:lsp_slug>/strategy/linked-plans/<int:plan_id>/edit/",
        views.linked_plan_edit,
        name="linked-plan-edit",
    ),
    path("<slug:lsp_slug>/public/strategy/", views.public_strategy, name="public-strategy"),
    path(
        "<slug:lsp_slug>/public/strategy.pdf",
        views.public_strategy_pdf,
        name="public-strategy-pdf",
    ),
    path("<slug:lsp_slug>/strategy/engagement/", engagement.engagement_list, name="engagement"),
    path(
        "<slug:lsp_slug>/strategy/engagement/<int:year>/<int:month>/",
        engagement.engagement_month,
        name="engagement-month",
    ),
    path(
        "<slug:lsp_slug>/strategy/engagement/diary.ics",
        engagement.engagement_calendar,
        name="engagement-calendar",
    ),
    path(
        "<slug:lsp_slug>/strategy/engagement/new/",
        engagement.engagement_new,
        name="engagement-new",
    ),
    path(
        "<slug:lsp_slug>/strategy/engagement/<int:activity_id>/edit/",
        engagement.engagement_edit,
        name="engagement-edit",
    ),
    path("<slug:lsp_slug>/strategy/neighbourhood-plans/", plans.plan_list, name="plans"),
    path("<slug:lsp_slug>/strategy/neighbourhood-plans/new/", plans.plan_new, name="plan-new"),
    path(
        "<slug:lsp_slug>/strategy/neighbourhood-plans/<int:neighbourhood_plan_id>/",
        plans.plan_detail,
        name="plan",
    ),
    path(
        "<slug:lsp_slug>/strategy/neighbourhood-plans/<int:neighbourhood_plan_id>/document/",
        plans.plan_document,
        name="plan-document",
    ),
    path(
        "<slug:lsp_slug>/strategy/plan-issues/<int:issue_id>/",
        plans.plan_issue_decide,
        name="plan-issue",
    ),
]

from django.urls import path

from strategies import engagement_views as engagement
from strategies import plan_views as plans
from strategies import views

app_name = "strategies"

# Mounted under /<lsp_slug>/ (lsp_portal.urls).
urlpatterns = [
    path("strategy/", views.strategy_home, name="home"),
    path("strategy/new/", views.strategy_new, name="strategy-new"),
    path("strategy/compare/", views.strategy_compare, name="compare"),
    path("strategy/districts/", views.districts, name="districts"),
    path("strategy/<int:strategy_id>/", views.strategy_detail, name="strategy"),
    path(
        "strategy/<int:strategy_id>/edit/",
        views.strategy_edit,
        name="strategy-edit",
    ),
    path(
        "strategy/<int:strategy_id>/new-version/",
        views.strategy_new_draft,
        name="strategy-new-draft",
    ),
    path(
        "strategy/<int:strategy_id>/consultation/",
        views.strategy_consultation,
        name="strategy-consultation",
    ),
    path(
        "strategy/<int:strategy_id>/refresh/",
        views.strategy_refresh,
        name="strategy-refresh",
    ),
    path(
        "strategy/<int:strategy_id>/adopt/",
        views.strategy_adopt,
        name="strategy-adopt",
    ),
    path(
        "strategy/<int:strategy_id>/comments/new/",
        views.strategy_comment,
        name="strategy-comment",
    ),
    path(
        "strategy/<int:strategy_id>/equality-impact/",
        views.equality_impact,
        name="equality-impact",
    ),
    path(
        "strategy/<int:strategy_id>/priorities/new/",
        views.priority_new,
        name="priority-new",
    ),
    path(
        "strategy/priorities/<int:priority_id>/edit/",
        views.priority_edit,
        name="priority-edit",
    ),
    path(
        "strategy/priorities/<int:priority_id>/evidence/new/",
        views.evidence_new,
        name="evidence-new",
    ),
    path(
        "strategy/<int:strategy_id>/linked-plans/new/",
        views.linked_plan_new,
        name="linked-plan-new",
    ),
    path(
        "strategy/linked-plans/<int:plan_id>/edit/",
        views.linked_plan_edit,
        name="linked-plan-edit",
    ),
    path("public/strategy/", views.public_strategy, name="public-strategy"),
    path(
        "public/strategy.pdf",
        views.public_strategy_pdf,
        name="public-strategy-pdf",
    ),
    path("strategy/engagement/", engagement.engagement_list, name="engagement"),
    path(
        "strategy/engagement/<int:year>/<int:month>/",
        engagement.engagement_month,
        name="engagement-month",
    ),
    path(
        "strategy/engagement/diary.ics",
        engagement.engagement_calendar,
        name="engagement-calendar",
    ),
    path(
        "strategy/engagement/new/",
        engagement.engagement_new,
        name="engagement-new",
    ),
    path(
        "strategy/engagement/<int:activity_id>/edit/",
        engagement.engagement_edit,
        name="engagement-edit",
    ),
    path("strategy/neighbourhood-plans/", plans.plan_list, name="plans"),
    path("strategy/neighbourhood-plans/new/", plans.plan_new, name="plan-new"),
    path(
        "strategy/neighbourhood-plans/<int:neighbourhood_plan_id>/",
        plans.plan_detail,
        name="plan",
    ),
    path(
        "strategy/neighbourhood-plans/<int:neighbourhood_plan_id>/document/",
        plans.plan_document,
        name="plan-document",
    ),
    path(
        "strategy/plan-issues/<int:issue_id>/",
        plans.plan_issue_decide,
        name="plan-issue",
    ),
]

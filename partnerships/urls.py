from django.urls import include, path

from partnerships import action_views as actions
from partnerships import calendar_views, views
from partnerships import decision_views as decisions
from partnerships import meeting_views as meetings
from partnerships import pack_views as packs
from partnerships import public_views as public
from partnerships import structure_views as structure

app_name = "partnerships"

# An LSP's pages, mounted once under /<lsp_slug>/ below.
lsp_urlpatterns = [
    path("people/", views.people, name="people"),
    path("people/invite/", views.invite, name="invite"),
    path("people/roles/<int:role_id>/end/", views.end_role, name="end-role"),
    path("structure/", structure.structure, name="structure"),
    path(
        "structure/partnerships/new/",
        structure.partnership_edit,
        name="partnership-new",
    ),
    path("structure/kinds/", structure.partnership_kinds, name="partnership-kinds"),
    path(
        "structure/kinds/new/",
        structure.partnership_kind_edit,
        name="partnership-kind-new",
    ),
    path(
        "structure/kinds/<int:kind_id>/edit/",
        structure.partnership_kind_edit,
        name="partnership-kind-edit",
    ),
    path(
        "structure/partnerships/<int:partnership_id>/",
        structure.partnership_detail,
        name="partnership",
    ),
    path(
        "structure/partnerships/<int:partnership_id>/edit/",
        structure.partnership_edit,
        name="partnership-edit",
    ),
    path(
        "structure/partnerships/<int:partnership_id>/members/new/",
        structure.membership_add,
        name="membership-new",
    ),
    path(
        "structure/memberships/<int:membership_id>/edit/",
        structure.membership_edit,
        name="membership-edit",
    ),
    path(
        "structure/memberships/<int:membership_id>/end/",
        structure.membership_end,
        name="membership-end",
    ),
    path(
        "structure/attendance/",
        structure.attendance_report,
        name="attendance-report",
    ),
    path(
        "structure/attendance.csv",
        structure.attendance_report_csv,
        name="attendance-report-csv",
    ),
    path(
        "structure/people/<int:person_id>/",
        structure.person_detail,
        name="person",
    ),
    path(
        "structure/organisations/",
        structure.organisation_list,
        name="organisations",
    ),
    path(
        "structure/organisations/new/",
        structure.organisation_edit,
        name="organisation-new",
    ),
    path(
        "structure/organisations/<int:organisation_id>/",
        structure.organisation_detail,
        name="organisation",
    ),
    path(
        "structure/organisations/<int:organisation_id>/edit/",
        structure.organisation_edit,
        name="organisation-edit",
    ),
    path(
        "structure/partnerships/<int:partnership_id>/meetings/new/",
        meetings.meeting_new,
        name="meeting-new",
    ),
    path("meetings/", meetings.meeting_list, name="meetings"),
    path("meetings/<int:meeting_id>/", meetings.meeting_detail, name="meeting"),
    path(
        "meetings/<int:meeting_id>/edit/",
        meetings.meeting_edit,
        name="meeting-edit",
    ),
    path(
        "meetings/<int:meeting_id>/items/new/",
        meetings.agenda_item_new,
        name="agenda-item-new",
    ),
    path(
        "meetings/<int:meeting_id>/attendance/",
        meetings.attendance_edit,
        name="attendance",
    ),
    path(
        "meetings/items/<int:item_id>/edit/",
        meetings.agenda_item_edit,
        name="agenda-item-edit",
    ),
    path(
        "meetings/items/<int:item_id>/remove/",
        packs.agenda_item_remove,
        name="agenda-item-remove",
    ),
    path("meetings/papers-deadline/", packs.papers_settings, name="papers-settings"),
    path("meetings/<int:meeting_id>/pack/make/", packs.pack_make, name="pack-make"),
    path(
        "meetings/<int:meeting_id>/pack/<int:number>/<slug:edition>/",
        packs.pack_download,
        name="pack-download",
    ),
    path(
        "meetings/items/<int:item_id>/paper/",
        meetings.agenda_item_paper,
        name="agenda-item-paper",
    ),
    path(
        "meetings/items/<int:item_id>/declarations/new/",
        decisions.declaration_new,
        name="declaration-new",
    ),
    path(
        "meetings/<int:meeting_id>/decisions/new/",
        decisions.decision_new,
        name="decision-new",
    ),
    path(
        "meetings/decisions/<int:decision_id>/edit/",
        decisions.decision_edit,
        name="decision-edit",
    ),
    path(
        "meetings/<int:meeting_id>/minutes/approve/",
        decisions.minutes_approve,
        name="minutes-approve",
    ),
    path("meetings/forward-plan/", decisions.forward_plan, name="forward-plan"),
    path(
        "meetings/forward-plan/new/",
        decisions.planned_decision_new,
        name="planned-decision-new",
    ),
    path(
        "meetings/forward-plan/<int:planned_id>/edit/",
        decisions.planned_decision_edit,
        name="planned-decision-edit",
    ),
    path(
        "meetings/<int:meeting_id>/actions/new/",
        actions.action_new,
        name="action-new",
    ),
    path("meetings/actions/", actions.action_log, name="action-log"),
    path(
        "meetings/actions/<int:action_id>/",
        actions.action_detail,
        name="action",
    ),
    path(
        "meetings/actions/<int:action_id>/edit/",
        actions.action_edit,
        name="action-edit",
    ),
    path(
        "meetings/actions/<int:action_id>/update/",
        actions.action_update,
        name="action-update",
    ),
    # Published: readable without signing in.
    path("public/", public.public_home, name="public-home"),
    path("public/meetings/", public.public_meetings, name="public-meetings"),
    path(
        "public/meetings/<int:meeting_id>/",
        public.public_meeting,
        name="public-meeting",
    ),
    path(
        "public/papers/<int:item_id>/",
        public.public_paper,
        name="public-paper",
    ),
    path(
        "public/meetings/<int:meeting_id>/pack/<int:number>/",
        packs.public_pack,
        name="public-pack",
    ),
    path("public/meetings.ics", public.public_calendar, name="public-calendar"),
    path(
        "public/partnerships/<int:partnership_id>/meetings.ics",
        public.public_partnership_calendar,
        name="public-partnership-calendar",
    ),
    path("public/open-data/", public.open_data_index, name="open-data"),
    path(
        "public/open-data/popolo.json",
        public.open_data_popolo,
        name="open-data-popolo",
    ),
    path(
        "public/open-data/<slug:dataset>.csv",
        public.open_data_csv,
        name="open-data-csv",
    ),
]

urlpatterns = [
    path("", views.your_partnerships, name="your-partnerships"),
    path("switch/", views.switch_partnership, name="switch"),
    path("calendar/", calendar_views.calendar, name="calendar"),
    path("calendar/reset/", calendar_views.calendar_reset, name="calendar-reset"),
    path("calendar/<str:token>.ics", calendar_views.calendar_feed, name="calendar-feed"),
    path("<slug:lsp_slug>/", include(lsp_urlpatterns)),
]

from django.urls import path

from scrutiny import views

app_name = "scrutiny"

# Mounted under /<lsp_slug>/ (lsp_portal.urls).
urlpatterns = [
    path("scrutiny/committees/", views.committee_list, name="committees"),
    path("scrutiny/committees/new/", views.committee_new, name="committee-new"),
    path("scrutiny/committees/<int:committee_id>/", views.committee_detail, name="committee"),
    path(
        "scrutiny/committees/<int:committee_id>/edit/",
        views.committee_edit,
        name="committee-edit",
    ),
    path(
        "scrutiny/committees/<int:committee_id>/members/new/",
        views.member_new,
        name="committee-member-new",
    ),
    path(
        "scrutiny/committee-seats/<int:seat_id>/end/",
        views.member_end,
        name="committee-member-end",
    ),
    path("scrutiny/reviews/", views.review_list, name="reviews"),
    path("scrutiny/reviews/new/", views.review_new, name="review-new"),
    path("scrutiny/reviews/<int:review_id>/", views.review_detail, name="review"),
    path("scrutiny/reviews/<int:review_id>/edit/", views.review_edit, name="review-edit"),
    path(
        "scrutiny/reviews/<int:review_id>/move-on/",
        views.review_move_on,
        name="review-move-on",
    ),
    path(
        "scrutiny/reviews/<int:review_id>/requests/new/",
        views.information_request_new,
        name="information-request-new",
    ),
    path(
        "scrutiny/requests/<int:request_id>/",
        views.information_request_detail,
        name="information-request",
    ),
    path(
        "scrutiny/requests/<int:request_id>/attachment/",
        views.information_request_attachment,
        name="information-request-attachment",
    ),
    path(
        "scrutiny/requests/<int:request_id>/answer/",
        views.information_request_answer,
        name="information-request-answer",
    ),
    path(
        "scrutiny/requests/<int:request_id>/decline/",
        views.information_request_decline,
        name="information-request-decline",
    ),
]

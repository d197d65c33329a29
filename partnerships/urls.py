from django.urls import path

from partnerships import views

app_name = "partnerships"

urlpatterns = [
    path("", views.your_partnerships, name="your-partnerships"),
    path("switch/", views.switch_partnership, name="switch"),
    path("<slug:lsp_slug>/", views.lsp_home, name="lsp-home"),
    path("<slug:lsp_slug>/people/", views.people, name="people"),
    path("<slug:lsp_slug>/people/invite/", views.invite, name="invite"),
    path("<slug:lsp_slug>/people/roles/<int:role_id>/end/", views.end_role, name="end-role"),
]

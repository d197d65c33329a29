from django.urls import path

from portal import views

app_name = "portal"

# Mounted under /<lsp_slug>/ (lsp_portal.urls).
urlpatterns = [
    path("", views.lsp_home, name="lsp-home"),
]

from django.urls import path

from documents import views

app_name = "documents"

# Mounted under /<lsp_slug>/ (lsp_portal.urls).
urlpatterns = [
    path("documents/", views.document_list, name="list"),
    path("documents/make/<slug:kind>/", views.document_request, name="request"),
    path("documents/<int:document_id>/", views.document_detail, name="detail"),
    path(
        "documents/<int:document_id>/download/",
        views.document_download,
        name="download",
    ),
]

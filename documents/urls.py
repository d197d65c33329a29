from django.urls import path

from documents import views

app_name = "documents"

urlpatterns = [
    path("<slug:lsp_slug>/documents/", views.document_list, name="list"),
    path("<slug:lsp_slug>/documents/make/<slug:kind>/", views.document_request, name="request"),
    path("<slug:lsp_slug>/documents/<int:document_id>/", views.document_detail, name="detail"),
    path(
        "<slug:lsp_slug>/documents/<int:document_id>/download/",
        views.document_download,
        name="download",
    ),
]

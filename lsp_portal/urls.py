from django.conf import settings
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "LSP Portal administration"
admin.site.site_title = "LSP Portal administration"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    path("", include("tenancy.urls")),  # /accounts/invitations/<token>/
    # Your partnerships, the switcher, calendars; then each LSP's pages under /<lsp-slug>/.
    path("", include("partnerships.urls")),
    # LSP pages last: "/<lsp-slug>/..." would otherwise swallow the fixed prefixes above.
    path("<slug:lsp_slug>/", include("portal.urls")),
    path("<slug:lsp_slug>/", include("documents.urls")),
    path("<slug:lsp_slug>/", include("strategies.urls")),
    path("<slug:lsp_slug>/", include("laa.urls")),
    path("<slug:lsp_slug>/", include("scrutiny.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

from django.conf import settings
from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "LSP Portal administration"
admin.site.site_title = "LSP Portal administration"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("accounts.urls")),
    # LSP pages last: "/<lsp-slug>/..." would otherwise swallow the fixed prefixes above.
    path("", include("documents.urls")),
    path("", include("strategies.urls")),
    path("", include("laa.urls")),
    path("", include("partnerships.urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

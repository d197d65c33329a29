"""The LSP's home page: what each app has to say about the LSP today."""

from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from lsp_portal import permissions
from strategies.selectors import strategy_due_notices
from tenancy.access import lsp_view


@lsp_view(permissions.VIEW_LSP)
@require_GET
def lsp_home(request):
    lsp = request.lsp
    return render(
        request,
        "portal/lsp_home.html",
        {
            "district_lsps": list(lsp.district_lsps.select_related("area").order_by("name")),
            "strategy_notices": strategy_due_notices(lsp=lsp, today=timezone.localdate()),
        },
    )

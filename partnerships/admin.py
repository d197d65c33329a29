from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from partnerships.models import Membership, Partnership, PartnershipKind


@admin.register(PartnershipKind)
class PartnershipKindAdmin(admin.ModelAdmin):
    list_display = ["name", "lsp", "code", "order", "requires_end_date", "covers_area"]
    list_filter = ["lsp"]


@admin.register(Partnership)
class PartnershipAdmin(SimpleHistoryAdmin):
    list_display = ["name", "lsp", "kind", "parent", "start_date", "end_date"]
    list_filter = ["lsp"]
    search_fields = ["name"]


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "lsp", "position", "term_start", "term_end"]
    list_filter = ["lsp", "position"]

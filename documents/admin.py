from django.contrib import admin

from documents.models import Document


@admin.register(Document)
class DocumentAdmin(admin.ModelAdmin):
    list_display = ["kind", "lsp", "status", "attempts", "requested_at", "finished_at"]
    list_filter = ["status", "kind", "lsp"]
    readonly_fields = [f.name for f in Document._meta.fields]

    def has_add_permission(self, request):
        return False  # documents are asked for in the portal, which queues their rendering

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from tenancy import hooks
from tenancy.models import LSP, Area, Invitation, Organisation, Role


@admin.register(Area)
class AreaAdmin(admin.ModelAdmin):
    list_display = ["name", "gss_code", "authority_type", "county"]
    list_filter = ["authority_type"]
    search_fields = ["name", "gss_code"]


class RoleInline(admin.TabularInline):
    """The platform administrator gives an LSP its first coordinator here."""

    model = Role
    fk_name = "lsp"
    can_delete = False  # roles are ended, never deleted
    extra = 1
    fields = ["user", "role", "organisation", "ended_at"]
    autocomplete_fields = ["user"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "organisation" and getattr(request, "_admin_lsp", None):
            kwargs["queryset"] = Organisation.objects.for_lsp(request._admin_lsp)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(LSP)
class LSPAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "level", "area", "county_lsp"]
    list_filter = ["level"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["area"]
    # The LSP's own coordinators set its deadline for papers (Meetings > Publication deadline).
    exclude = ["papers_clear_days"]
    inlines = [RoleInline]

    def get_object(self, request, object_id, from_field=None):
        lsp = super().get_object(request, object_id, from_field)
        request._admin_lsp = lsp
        return lsp

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        hooks.lsp_set_up(obj)

    def save_formset(self, request, form, formset, change):
        for role in formset.save(commit=False):
            role.granted_by = role.granted_by or request.user
            role.save()
        formset.save_m2m()


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "lsp", "sector", "is_statutory_partner"]
    list_filter = ["lsp", "sector"]
    search_fields = ["name"]


@admin.register(Role)
class RoleAdmin(SimpleHistoryAdmin):
    list_display = ["user", "lsp", "role", "organisation", "created_at", "ended_at"]
    list_filter = ["lsp", "role"]
    autocomplete_fields = ["user"]


@admin.register(Invitation)
class InvitationAdmin(SimpleHistoryAdmin):
    list_display = ["email", "lsp", "role", "created_at", "expires_at", "accepted_at"]
    list_filter = ["lsp", "role"]
    readonly_fields = ["token_hash", "accepted_at", "accepted_by", "created_at"]

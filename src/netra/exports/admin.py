"""Export jobs in the Django admin: read-only, to see who exported what and when."""

from __future__ import annotations

from django.contrib import admin

from netra.exports.models import ExportJob


@admin.register(ExportJob)
class ExportJobAdmin(admin.ModelAdmin):
    list_display = ("id", "kind", "format", "requested_by", "status", "rows", "created_at")
    list_filter = ("status", "kind", "format")
    list_select_related = ("requested_by",)
    search_fields = ("requested_by__username",)
    date_hierarchy = "created_at"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

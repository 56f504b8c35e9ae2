"""Admin page for elections: switch which profiles are active (the YAML is loaded by the CLI)."""

from django.contrib import admin

from netra.elections.models import Election


@admin.register(Election)
class ElectionAdmin(admin.ModelAdmin):
    list_display = ["name", "title", "kind", "voting_day", "active"]
    list_editable = ["active"]
    readonly_fields = ["name", "title", "kind", "region", "voting_day", "source_yaml", "loaded_at"]

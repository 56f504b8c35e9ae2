"""Admin pages for the roster: admins fix OPD, ASN and account links by hand."""

from django.contrib import admin

from netra.roster.models import Asn, Opd, SocialAccount


@admin.register(Opd)
class OpdAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "parent"]
    search_fields = ["code", "name"]
    list_select_related = ["parent"]


class AccountInline(admin.TabularInline):
    model = SocialAccount
    extra = 0
    fields = ["platform", "handle", "url", "link_method", "linked_by", "linked_at"]
    readonly_fields = ["linked_at"]


@admin.register(Asn)
class AsnAdmin(admin.ModelAdmin):
    list_display = ["name", "nip", "status", "position", "opd"]
    list_filter = ["status", "opd"]
    search_fields = ["name", "nip", "accounts__handle"]
    list_select_related = ["opd"]
    inlines = [AccountInline]

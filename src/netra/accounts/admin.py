"""Users in the Django admin: role and OPD next to the usual account fields."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from netra.accounts.forms import AdminUserChangeForm, AdminUserCreationForm
from netra.accounts.models import User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = AdminUserChangeForm
    add_form = AdminUserCreationForm
    list_display = ("username", "get_full_name", "role", "opd", "is_active", "last_login")
    list_filter = ("role", "is_active", "is_staff", "opd")
    list_select_related = ("opd",)
    search_fields = ("username", "first_name", "last_name", "email", "opd__name", "opd__code")
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        ("Data diri", {"fields": ("first_name", "last_name", "email")}),
        (
            "Peran di ruang kerja",
            {
                "fields": ("role", "opd"),
                "description": "Pemantau OPD wajib terhubung ke satu OPD; "
                "ia hanya melihat OPD itu dan unit di bawahnya.",
            },
        ),
        (
            "Hak akses admin",
            {
                "classes": ("collapse",),
                "fields": (
                    "is_active",
                    "is_staff",
                    "is_superuser",
                    "groups",
                    "user_permissions",
                ),
            },
        ),
        ("Tanggal penting", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", "usable_password", "password1", "password2"),
            },
        ),
        ("Data diri", {"fields": ("first_name", "last_name", "email")}),
        ("Peran di ruang kerja", {"fields": ("role", "opd")}),
    )

    @admin.display(description="nama lengkap")
    def get_full_name(self, obj: User) -> str:
        return obj.get_full_name()

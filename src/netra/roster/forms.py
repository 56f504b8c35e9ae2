from __future__ import annotations

from django import forms

from netra.accounts.access import opd_scope
from netra.roster.models import LinkMethod, Platform, SocialAccount, normalise_handle


class AccountForm(forms.Form):
    platform = forms.ChoiceField(label="Platform", choices=Platform.choices)
    handle = forms.CharField(label="Nama akun", max_length=200)
    url = forms.URLField(label="Tautan profil", required=False)
    link_method = forms.ChoiceField(label="Cara dikaitkan", choices=LinkMethod.choices)

    def __init__(self, *args, user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        data = super().clean()
        handle = normalise_handle(data.get("handle", ""))
        if not handle:
            raise forms.ValidationError("Nama akun wajib diisi.")
        taken = (
            SocialAccount.objects.filter(platform=data.get("platform"), handle=handle)
            .select_related("asn")
            .first()
        )
        if taken:
            # Name the owner only to someone who may see them; others learn just that it is taken.
            scope = opd_scope(self.user) if self.user else []
            if scope is None or taken.asn.opd_id in scope:
                raise forms.ValidationError(f"Akun @{handle} sudah terkait ke {taken.asn.name}.")
            raise forms.ValidationError(f"Akun @{handle} sudah terkait ke ASN lain.")
        data["handle"] = handle
        return data

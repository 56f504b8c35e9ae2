from __future__ import annotations

from django import forms

from netra.roster.models import LinkMethod, Platform, SocialAccount, normalise_handle


class AccountForm(forms.Form):
    platform = forms.ChoiceField(label="Platform", choices=Platform.choices)
    handle = forms.CharField(label="Nama akun", max_length=200)
    url = forms.URLField(label="Tautan profil", required=False)
    link_method = forms.ChoiceField(label="Cara dikaitkan", choices=LinkMethod.choices)

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
            raise forms.ValidationError(f"Akun @{handle} sudah terkait ke {taken.asn.name}.")
        data["handle"] = handle
        return data

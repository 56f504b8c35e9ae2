"""Forms of the monitoring pages."""

from __future__ import annotations

from django import forms
from django.utils import timezone

from netra.classify import VIOLATION_CODES
from netra.monitoring.models import FindingStatus
from netra.monitoring.templatetags.netra import violation_titles
from netra.roster.models import Asn, Opd, Platform
from netra.web.fields import MultipleFileField


def violation_choices() -> list[tuple[str, str]]:
    """The violation codes with their Indonesian titles, after an "all" choice."""
    titles = violation_titles()
    return [("", "Semua"), *((code, titles[code]) for code in VIOLATION_CODES)]


class TriageFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Status",
        required=False,
        choices=[*FindingStatus.choices, ("semua", "Semua")],
    )
    opd = forms.ModelChoiceField(
        label="OPD", required=False, queryset=Opd.objects.none(), empty_label="Semua OPD"
    )
    code = forms.ChoiceField(label="Pelanggaran", required=False)
    verdict = forms.ChoiceField(
        label="Putusan",
        required=False,
        choices=[("", "Semua"), ("forbidden", "Tidak boleh"), ("grey", "Abu-abu")],
    )
    since = forms.DateField(
        label="Dari", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="Sampai", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, opds=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["opd"].queryset = opds if opds is not None else Opd.objects.all()
        self.fields["code"].choices = violation_choices()

    def cleaned_filters(self) -> dict[str, str]:
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        return {
            "status": data.get("status") or "",
            "opd": str(data["opd"].pk) if data.get("opd") else "",
            "code": data.get("code") or "",
            "verdict": data.get("verdict") or "",
            "since": data["since"].isoformat() if data.get("since") else "",
            "until": data["until"].isoformat() if data.get("until") else "",
        }


class BatchForm(forms.Form):
    ACTIONS = [
        ("dismiss", "Abaikan (dengan alasan)"),
        ("remind", "Pembinaan: ingatkan lalu tutup"),
        ("case_new", "Buka kasus baru"),
        ("case_add", "Tambahkan ke kasus yang ada"),
    ]
    ids = forms.TypedMultipleChoiceField(coerce=int, label="Temuan")
    action = forms.ChoiceField(choices=ACTIONS, label="Tindakan")
    note = forms.CharField(
        label="Alasan / catatan", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    case_number = forms.CharField(label="Nomor kasus (untuk 'tambahkan')", required=False)

    def __init__(self, *args, ids=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["ids"].choices = [(i, i) for i in ids]


class FieldObservationForm(forms.Form):
    """What a monitor saw in the field, entered on a phone."""

    asn = forms.ModelChoiceField(
        label="ASN (dari daftar)", queryset=Asn.objects.none(), required=False
    )
    person = forms.CharField(
        label="Atau uraikan orangnya (nama, kantor, ciri)", required=False, max_length=300
    )
    happened_at = forms.DateTimeField(
        label="Waktu kejadian",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    place = forms.CharField(label="Tempat", max_length=300)
    description = forms.CharField(label="Apa yang terjadi", widget=forms.Textarea)
    platform = forms.ChoiceField(
        label="Platform (bila di media sosial)",
        choices=[("lapangan", "Di lapangan"), *Platform.choices],
        required=False,
    )
    photos = MultipleFileField(label="Foto / video / PDF", required=False)

    def __init__(self, *args, people=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["asn"].queryset = people if people is not None else Asn.objects.all()

    def clean_happened_at(self):
        value = self.cleaned_data["happened_at"]
        if value > timezone.now():
            raise forms.ValidationError("Waktu kejadian tidak boleh di masa depan.")
        return value

    def clean(self):
        data = super().clean()
        if not data.get("asn") and not (data.get("person") or "").strip():
            raise forms.ValidationError("Pilih ASN dari daftar atau uraikan orangnya.")
        return data

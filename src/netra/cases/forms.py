from __future__ import annotations

from django import forms

from netra.cases.models import Sanction


class SanctionForm(forms.ModelForm):
    carried_out = forms.NullBooleanField(
        label="Sudah dilaksanakan?",
        required=False,
        widget=forms.Select(
            choices=[("unknown", "Belum diketahui"), ("true", "Ya"), ("false", "Tidak")]
        ),
    )

    class Meta:
        model = Sanction
        fields = [
            "kind",
            "official",
            "letter_number",
            "letter_date",
            "carried_out",
            "carried_out_on",
        ]
        widgets = {
            "letter_date": forms.DateInput(attrs={"type": "date"}),
            "carried_out_on": forms.DateInput(attrs={"type": "date"}),
        }

    def clean(self):
        data = super().clean()
        if data.get("carried_out") and not data.get("carried_out_on"):
            self.add_error("carried_out_on", "Isi tanggal pelaksanaan sanksi.")
        return data


class EvidenceForm(forms.Form):
    file = forms.FileField(label="Berkas (gambar, PDF, video)", required=False)
    url = forms.URLField(label="Atau tautan", required=False, max_length=1000)
    description = forms.CharField(label="Keterangan", required=False, max_length=500)

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("url"):
            raise forms.ValidationError("Pilih berkas atau isi tautan.")
        return data


class CaseFilterForm(forms.Form):
    state = forms.ChoiceField(label="Status", required=False)
    terlambat = forms.BooleanField(label="Hanya yang lewat tenggat", required=False)

    def __init__(self, *args, states=(), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["state"].choices = [
            ("", "Semua yang masih berjalan"),
            ("semua", "Semua"),
            *states,
        ]

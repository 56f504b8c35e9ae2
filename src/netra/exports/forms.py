"""The export request form: what to export, in which format, with the triage queue's filters."""

from __future__ import annotations

from django import forms

from netra.cases.workflow import workflow
from netra.exports.models import ExportFormat, ExportKind
from netra.monitoring.forms import violation_choices
from netra.monitoring.models import FindingStatus
from netra.roster.models import Opd

VERDICT_CHOICES = [("", "Semua"), ("forbidden", "Tidak boleh"), ("grey", "Abu-abu")]


def _status_choices() -> list[tuple[str, list[tuple[str, str]]] | tuple[str, str]]:
    case_states = [(key, state.label) for key, state in workflow().states.items()]
    return [
        ("", "Bawaan (temuan: baru; kasus: semua)"),
        ("semua", "Semua"),
        ("Status temuan", list(FindingStatus.choices)),
        ("Status kasus", case_states),
    ]


class ExportForm(forms.Form):
    kind = forms.ChoiceField(label="Data", choices=ExportKind.choices)
    format = forms.ChoiceField(label="Format", choices=ExportFormat.choices)
    status = forms.ChoiceField(label="Status", required=False)
    opd = forms.ModelChoiceField(
        label="OPD", required=False, queryset=Opd.objects.none(), empty_label="Semua OPD"
    )
    code = forms.ChoiceField(label="Pelanggaran", required=False)
    verdict = forms.ChoiceField(label="Putusan", required=False, choices=VERDICT_CHOICES)
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
        self.fields["status"].choices = _status_choices()

    def clean(self):
        data = super().clean()
        status = data.get("status") or ""
        kind = data.get("kind")
        if status and status != "semua":
            if kind == ExportKind.FINDINGS and status not in FindingStatus.values:
                self.add_error("status", "Status ini bukan status temuan.")
            if kind == ExportKind.CASES and status not in workflow().states:
                self.add_error("status", "Status ini bukan status kasus.")
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            self.add_error("until", "Tanggal akhir lebih awal dari tanggal mulai.")
        return data

    def filters(self) -> dict[str, str]:
        """The filters as stored on the job (strings, as the triage queue takes them)."""
        data = self.cleaned_data
        return {
            "status": data.get("status") or "",
            "opd": str(data["opd"].pk) if data.get("opd") else "",
            "code": data.get("code") or "",
            "verdict": data.get("verdict") or "",
            "since": data["since"].isoformat() if data.get("since") else "",
            "until": data["until"].isoformat() if data.get("until") else "",
        }

"""The dashboard's filter: a date range and, for cases, an election."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone

from netra.dashboard.selectors import MAX_WEEKS, Filters
from netra.elections.models import Election


class DashboardFilterForm(forms.Form):
    since = forms.DateField(
        label="Dari tanggal", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="Sampai tanggal", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    election = forms.ModelChoiceField(
        label="Pemilihan (kasus)",
        required=False,
        queryset=Election.objects.order_by("-voting_day", "name"),
        empty_label="Semua pemilihan",
    )

    def clean(self):
        data = super().clean()
        since, until = data.get("since"), data.get("until")
        if since:
            if until and since > until:
                raise forms.ValidationError("Tanggal awal harus sebelum tanggal akhir.")
            if (until or timezone.localdate()) - since > dt.timedelta(weeks=MAX_WEEKS):
                raise forms.ValidationError(
                    f"Rentang paling panjang {MAX_WEEKS} minggu; persempit tanggalnya."
                )
        return data

    def filters(self) -> Filters:
        """The valid part of the filter; an invalid form filters nothing."""
        if not self.is_valid():
            return Filters()
        election = self.cleaned_data.get("election")
        return Filters(
            since=self.cleaned_data.get("since"),
            until=self.cleaned_data.get("until"),
            election_id=election.pk if election else None,
        )

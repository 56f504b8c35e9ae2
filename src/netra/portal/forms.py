"""The public forms: a report, a status look-up, and a follow-up. Messages in plain Indonesian."""

from __future__ import annotations

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone

from netra.portal.files import ACCEPT, limits
from netra.roster.nip import nip_problem
from netra.web.fields import MultipleFileField, MultipleFileInput

MAX_LINKS = 10
_url = URLValidator(schemes=["http", "https"])
_PHONE = re.compile(r"^\+?[0-9 ().-]{8,24}$")


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def check_files(files: list) -> list:
    """Count, size per file and total size, each with its own message."""
    limit = limits()
    if len(files) > limit["max_files"]:
        raise ValidationError(
            f"Paling banyak {limit['max_files']} berkas per kiriman; Anda memilih {len(files)}. "
            "Kirim sisanya nanti lewat halaman cek status dengan kode Anda."
        )
    for upload in files:
        if upload.size > limit["max_file_bytes"]:
            raise ValidationError(
                f"Berkas {upload.name!r} berukuran {_mb(upload.size)}; batasnya "
                f"{limit['max_file_mb']} MB per berkas. Kecilkan atau potong videonya."
            )
    total = sum(upload.size for upload in files)
    if total > limit["max_total_bytes"]:
        raise ValidationError(
            f"Total ukuran berkas {_mb(total)}; batasnya {limit['max_total_mb']} MB per kiriman."
        )
    return files


def _file_field() -> MultipleFileField:
    limit = limits()
    return MultipleFileField(
        label="Bukti: foto, tangkapan layar, PDF, atau video pendek",
        required=False,
        help_text=(
            f"Paling banyak {limit['max_files']} berkas, masing-masing {limit['max_file_mb']} MB, "
            f"total {limit['max_total_mb']} MB. Foto dibersihkan dari data lokasi (GPS) dan data "
            "kamera sebelum dibuka petugas."
        ),
        widget=MultipleFileInput(attrs={"accept": ACCEPT}),
    )


class ReportForm(forms.Form):
    what = forms.CharField(
        label="Apa yang terjadi?",
        min_length=10,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="Ceritakan apa yang Anda lihat atau baca: unggahan, ucapan, atribut, kegiatan.",
    )
    happened_on = forms.DateField(
        label="Tanggal kejadian",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    happened_time = forms.TimeField(
        label="Jam (bila ingat)",
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
    )
    when_approximate = forms.BooleanField(label="Tanggal atau jam hanya perkiraan", required=False)
    place = forms.CharField(
        label="Di mana?",
        max_length=300,
        help_text="Nama tempat atau alamat, atau media sosialnya (misalnya Facebook, grup WhatsApp).",
    )
    subject_name = forms.CharField(label="Nama ASN yang dilaporkan", max_length=200, required=False)
    subject_office = forms.CharField(
        label="Kantor, dinas, sekolah, atau OPD tempatnya bekerja", max_length=300, required=False
    )
    subject_nip = forms.CharField(
        label="NIP (hanya bila Anda tahu)",
        max_length=30,
        required=False,
        help_text="Tidak wajib. Kosongkan bila tidak tahu.",
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    links = forms.CharField(
        label="Tautan (satu per baris)",
        required=False,
        max_length=MAX_LINKS * 1100,
        widget=forms.Textarea(attrs={"rows": 3, "inputmode": "url"}),
        help_text=f"Alamat unggahan, video, atau berita. Paling banyak {MAX_LINKS} tautan.",
    )
    identity = forms.ChoiceField(
        label="Pilih salah satu",
        choices=[
            ("anonim", "Tanpa nama (anonim): kami tidak menyimpan identitas Anda"),
            ("kontak", "Saya bersedia dihubungi Satgas bila perlu keterangan tambahan"),
        ],
        initial="anonim",
        required=False,  # missing means anonymous: the safe default
        widget=forms.RadioSelect,
    )
    contact_name = forms.CharField(label="Nama Anda", max_length=200, required=False)
    contact_phone = forms.CharField(
        label="Nomor telepon/WhatsApp",
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    contact_email = forms.EmailField(
        label="Surel",
        required=False,
        error_messages={"invalid": "Alamat surel tidak sah."},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["files"] = _file_field()
        self.order_fields(
            ["what", "happened_on", "happened_time", "when_approximate", "place", "subject_name",
             "subject_office", "subject_nip", "links", "files", "identity"]
        )  # fmt: skip

    def clean_happened_on(self):
        day = self.cleaned_data.get("happened_on")
        if day and day > timezone.localdate():
            raise ValidationError("Tanggal kejadian tidak boleh di masa depan.")
        return day

    def clean_subject_nip(self) -> str:
        nip = re.sub(r"[\s.-]", "", self.cleaned_data.get("subject_nip") or "")
        if nip:
            problem = nip_problem(nip)
            if problem:
                raise ValidationError(f"NIP tidak sah: {problem}. Kosongkan bila tidak yakin.")
        return nip

    def clean_links(self) -> list[str]:
        lines = [ln.strip() for ln in (self.cleaned_data.get("links") or "").splitlines()]
        links = [ln for ln in lines if ln]
        if len(links) > MAX_LINKS:
            raise ValidationError(f"Paling banyak {MAX_LINKS} tautan.")
        for link in links:
            if len(link) > 1000:
                raise ValidationError("Tautan terlalu panjang (lebih dari 1000 huruf).")
            try:
                _url(link)
            except ValidationError:
                raise ValidationError(
                    f"{link[:80]!r} bukan tautan yang sah (harus diawali http:// atau https://)."
                ) from None
        return list(dict.fromkeys(links))

    def clean_files(self) -> list:
        return check_files(self.cleaned_data.get("files") or [])

    def clean_contact_phone(self) -> str:
        phone = (self.cleaned_data.get("contact_phone") or "").strip()
        if phone and (not _PHONE.match(phone) or not 8 <= sum(c.isdigit() for c in phone) <= 15):
            raise ValidationError("Nomor telepon tidak sah (contoh: 0812 3456 7890).")
        return phone

    def clean(self):
        data = super().clean()
        anonymous = data.get("identity", "anonim") != "kontak"
        data["anonymous"] = anonymous
        if anonymous:
            # Whatever was typed in the contact fields is dropped, never stored.
            for field in ("contact_name", "contact_phone", "contact_email"):
                data[field] = ""
        elif (
            not (data.get("contact_phone") or data.get("contact_email"))
            and "contact_phone" not in self.errors
            and "contact_email" not in self.errors
        ):
            self.add_error(
                "contact_phone",
                "Isi nomor telepon atau surel agar Satgas dapat menghubungi Anda, atau pilih "
                "tanpa nama.",
            )
        return data


class StatusForm(forms.Form):
    code = forms.CharField(
        label="Kode pelacakan",
        max_length=40,
        help_text="Contoh: NTR-7K2M-Q9PX-4HDR-T3WA. Huruf besar/kecil dan tanda hubung tidak "
        "berpengaruh.",
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )


class FollowUpForm(forms.Form):
    code = forms.CharField(max_length=40, widget=forms.HiddenInput)
    text = forms.CharField(
        label="Keterangan tambahan",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["files"] = _file_field()
        self.fields["files"].label = "Bukti tambahan"

    def clean_files(self) -> list:
        return check_files(self.cleaned_data.get("files") or [])

    def clean(self):
        data = super().clean()
        empty = not (data.get("text") or "").strip() and not data.get("files")
        if empty and "files" not in self.errors:
            raise ValidationError("Tulis keterangan tambahan atau pilih berkas.")
        return data


class MessageForm(forms.Form):
    message = forms.CharField(
        label="Pesan untuk pelapor (tampil di halaman cek status)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

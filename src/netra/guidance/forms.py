"""The self-check form: what the civil servant intends to do, and the words involved."""

from __future__ import annotations

from typing import Any

from django import forms

from netra.guidance.content import ACTION_LABELS
from netra.guidance.selfcheck import PAGE_ACTIONS, max_chars, too_long_message

# Actions whose meaning is the content acted upon: the target is what matters.
NEEDS_TARGET = {
    "share": "Tempel teks unggahan yang akan Anda bagikan.",
    "like": "Tempel teks unggahan yang akan Anda sukai.",
    "follow": "Tempel nama dan keterangan akun yang akan Anda ikuti.",
    "join": "Tempel nama dan keterangan grup yang akan Anda masuki.",
}
NEEDS_TEXT = {
    "post": "Tulis atau tempel draf unggahan Anda.",
    "comment": "Tulis atau tempel draf komentar Anda.",
}


class SelfCheckForm(forms.Form):
    action = forms.ChoiceField(
        label="Apa yang akan Anda lakukan?",
        choices=[(a, ACTION_LABELS[a]) for a in PAGE_ACTIONS],
        initial="post",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Pilih apa yang akan Anda lakukan.",
            "invalid_choice": "Pilihan tindakan tidak dikenal.",
        },
    )
    text = forms.CharField(
        label="Teks Anda sendiri",
        required=False,
        help_text="Draf unggahan, komentar, atau keterangan yang akan Anda tulis. "
        "Kosongkan bila Anda hanya menyukai, mengikuti, atau bergabung.",
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    target_text = forms.CharField(
        label="Yang Anda sukai, bagikan, komentari, atau ikuti",
        required=False,
        help_text="Tempel teks unggahan orang lain, atau nama dan keterangan akun atau grup.",
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    caption = forms.CharField(
        label="Keterangan foto atau video (bila ada)",
        required=False,
        help_text="Ceritakan apa yang tampak di foto/video yang akan Anda unggah, mis. "
        '"foto bersama di panggung, pose dua jari". Foto tidak diunggah ke sini.',
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("text", "target_text", "caption"):
            self.fields[name].widget.attrs["maxlength"] = str(max_chars())

    def _limited(self, name: str, label: str) -> str:
        value = self.cleaned_data.get(name) or ""
        if len(value) > max_chars():
            raise forms.ValidationError(too_long_message(label, len(value)))
        return value

    def clean_text(self) -> str:
        return self._limited("text", "Teks Anda")

    def clean_target_text(self) -> str:
        return self._limited("target_text", "Teks yang dituju")

    def clean_caption(self) -> str:
        return self._limited("caption", "Keterangan foto")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        action = data.get("action")
        if action is None or any(self.has_error(f) for f in ("text", "target_text", "caption")):
            return data
        text, target = data.get("text", ""), data.get("target_text", "")
        if not text and not target and not data.get("caption"):
            raise forms.ValidationError(
                "Tempel teks yang ingin dicek: draf Anda sendiri, atau teks yang akan Anda "
                "sukai, bagikan, atau ikuti."
            )
        if action in NEEDS_TARGET and not target:
            self.add_error("target_text", NEEDS_TARGET[action])
        if action in NEEDS_TEXT and not text and not data.get("caption"):
            self.add_error("text", NEEDS_TEXT[action])
        return data

"""POST /api/v1/check: classify one draft against the active election profiles.

Body: {"action": "post", "text": "...", "target_text": "..."} (text and target_text optional, at
least one of them filled). Answer: the same object `netra classify` prints for that record, with id
"cek". No login, no cookies, no session: the view never touches request.user or request.session,
and the draft is neither stored nor logged.
"""

from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import is_ratelimited

from netra.classify.record import ACTIONS
from netra.elections.services import active_classifier
from netra.guidance.selfcheck import max_chars, record, thousands, too_long_message

FIELDS = ("action", "text", "target_text")
_CHOICES = ", ".join(sorted(ACTIONS))


def api_check_rate() -> str:
    return getattr(settings, "NETRA_API_CHECK_RATE", "60/m")


def _max_body() -> int:
    """Bytes a valid body can need: two full fields, each character escaped as JSON allows."""
    return 2 * max_chars() * 12 + 1024


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def _payload(raw: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """The validated record, or the Indonesian reason it cannot be checked."""
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "Isi permintaan harus teks UTF-8."
    except json.JSONDecodeError as exc:
        return None, f"Isi permintaan bukan JSON yang sah ({exc.msg}, baris {exc.lineno})."
    if not isinstance(data, dict):
        return None, (
            'Isi permintaan harus berupa objek JSON, misalnya {"action": "post", "text": "..."}.'
        )
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        return None, (
            f"Kolom tidak dikenal: {', '.join(unknown)}. Kolom yang diterima: {', '.join(FIELDS)}."
        )
    action = data.get("action")
    if action is None or action == "":
        return None, f"action wajib diisi (pilihan: {_CHOICES})."
    if not isinstance(action, str):
        return None, "action harus berupa teks."
    if action.strip().lower() not in ACTIONS:
        return None, f"action {action!r} tidak dikenal (pilihan: {_CHOICES})."
    texts = {}
    for name in ("text", "target_text"):
        value = data.get(name)
        if value is None:
            value = ""
        if not isinstance(value, str):
            return None, f"{name} harus berupa teks."
        if len(value) > max_chars():
            return None, too_long_message(name, len(value))
        texts[name] = value
    if not texts["text"].strip() and not texts["target_text"].strip():
        return None, "Isi text (kata-kata Anda) atau target_text (yang Anda sukai/bagikan/ikuti)."
    return record(action, texts["text"], texts["target_text"]), None


@csrf_exempt
@never_cache
def check(request: HttpRequest) -> JsonResponse:
    if request.method != "POST":
        response = _error(405, "Gunakan metode POST dengan isi JSON.")
        response["Allow"] = "POST"
        return response
    if is_ratelimited(
        request, group="guidance-api-check", key="ip", rate=api_check_rate(), increment=True
    ):
        return _error(429, "Terlalu banyak permintaan; coba lagi sebentar lagi.")
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > _max_body():
        return _error(
            400,
            f"Isi permintaan terlalu besar ({thousands(length)} bita); text dan target_text "
            f"masing-masing paling banyak {thousands(max_chars())} karakter.",
        )
    data, problem = _payload(request.body)
    if problem is not None:
        return _error(400, problem)
    classifier = active_classifier()
    if classifier is None:
        return _error(
            503,
            "Belum ada pemilihan yang aktif: pemeriksaan memerlukan profil pemilihan yang aktif. "
            "Hubungi Satgas Netralitas ASN.",
        )
    verdict = classifier.classify(data)  # type: ignore[arg-type]
    return JsonResponse(verdict.to_dict(), json_dumps_params={"ensure_ascii": False})

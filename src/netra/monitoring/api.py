"""POST /api/v1/activities: ingest a JSON array or JSON Lines with a bearer token.

Answers one result per record, in order, with the finding made or the error; idempotent because
activities are unique per platform and post id, so a client may safely retry a whole batch.
"""

from __future__ import annotations

import io
import json

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_ratelimit.core import is_ratelimited

from netra.audit.chain import audit_record
from netra.classify.reader import read_jsonl
from netra.elections.services import active_classifier
from netra.monitoring.ingest import ingest_records
from netra.monitoring.models import Source
from netra.monitoring.tokens import token_check


def _error(status: int, message: str) -> JsonResponse:
    return JsonResponse(
        {"error": message}, status=status, json_dumps_params={"ensure_ascii": False}
    )


def _records(body: str) -> list[tuple[dict | None, str | None]] | None:
    """Decode a JSON array or JSON Lines; None when the body is neither."""
    stripped = body.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError:
            return None
        return [
            (item, None)
            if isinstance(item, dict)
            else (None, f"elemen ke-{i + 1} bukan objek JSON")
            for i, item in enumerate(data)
        ]
    # The same JSON Lines reader as `netra classify` and `netra ingest`, so errors read alike.
    return [
        (item.data, f"baris {item.line}: {item.error}" if item.error else None)
        for item in read_jsonl(io.BytesIO(body.encode("utf-8")), "permintaan")
    ]


@csrf_exempt
@require_POST
def activities(request: HttpRequest) -> JsonResponse:
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return _error(401, "Sertakan header Authorization: Bearer TOKEN.")
    token = token_check(header.removeprefix("Bearer ").strip())
    if token is None:
        return _error(401, "Token tidak dikenal atau sudah dicabut.")
    if is_ratelimited(
        request, group="api-activities", key=lambda g, r: token.name, rate="120/m", increment=True
    ):
        return _error(429, "Terlalu banyak permintaan; coba lagi sebentar lagi.")
    try:
        body = request.body.decode("utf-8")
    except UnicodeDecodeError:
        return _error(400, "Isi permintaan harus teks UTF-8.")
    records = _records(body)
    if records is None:
        return _error(400, "Isi permintaan bukan larik JSON atau JSON Lines yang sah.")
    if not records:
        return _error(400, "Tidak ada rekaman.")
    if len(records) > settings.NETRA_API_MAX_RECORDS:
        return _error(
            413, f"Paling banyak {settings.NETRA_API_MAX_RECORDS} rekaman per permintaan."
        )
    results = [
        r.to_dict()
        for r in ingest_records(
            records,
            classifier=active_classifier(),
            source=Source.API,
            received_from=f"token:{token.name}",
        )
    ]
    summary = {
        status: sum(1 for r in results if r["status"] == status)
        for status in ("baru", "duplikat", "galat")
    }
    audit_record(
        actor=f"token:{token.name}",
        action="activity.ingest",
        object_type="api",
        object_id=token.name,
        detail=summary,
    )
    return JsonResponse(
        {"results": results, "summary": summary}, json_dumps_params={"ensure_ascii": False}
    )

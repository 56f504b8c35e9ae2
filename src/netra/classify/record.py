"""Input records: one post, comment, share, like, follow ... as the classifier receives it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from netra.classify.errors import RecordError

ACTIONS: frozenset[str] = frozenset(
    {"post", "comment", "reply", "share", "quote", "like", "react", "follow", "join"}
)
# Actions whose meaning is the content acted upon; the employee adds no words of their own.
REACTIONS: frozenset[str] = frozenset({"like", "react", "follow", "join"})
MEDIA_TYPES: frozenset[str] = frozenset({"image", "video", "audio", "document", "link"})


@dataclass(frozen=True, slots=True)
class Media:
    type: str
    caption: str = ""


@dataclass(frozen=True, slots=True)
class ActivityRecord:
    """A validated input record."""

    id: str
    action: str
    text: str = ""
    target_text: str = ""
    created_at: dt.datetime | None = None
    platform: str | None = None
    author: str | None = None
    url: str | None = None
    media: tuple[Media, ...] = field(default_factory=tuple)


def _optional_str(data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise RecordError(f"{key}: harus berupa teks")
    return value


def parse_created_at(value: str) -> dt.datetime:
    """ISO 8601 with an offset; a time without an offset is ambiguous across WIB/WITA/WIT."""
    try:
        parsed = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        raise RecordError(
            f"created_at: {value!r} bukan waktu ISO 8601 (contoh 2024-11-20T19:30:00+07:00)"
        ) from None
    if parsed.tzinfo is None:
        raise RecordError(f"created_at: {value!r} harus menyertakan zona waktu, misalnya +07:00")
    return parsed


def parse_record(data: object) -> ActivityRecord:
    """Validate one decoded JSON/CSV record; raises RecordError naming the field."""
    if not isinstance(data, dict):
        raise RecordError("rekaman harus berupa objek JSON")
    record_id = data.get("id")
    if record_id is None or record_id == "":
        raise RecordError("id: wajib diisi")
    if not isinstance(record_id, str):
        raise RecordError("id: harus berupa teks")
    action = data.get("action")
    if action is None or action == "":
        raise RecordError("action: wajib diisi")
    if not isinstance(action, str) or action.strip().lower() not in ACTIONS:
        raise RecordError(
            f"action: {action!r} tidak dikenal (pilihan: {', '.join(sorted(ACTIONS))})"
        )
    text = _optional_str(data, "text") or ""
    target_text = _optional_str(data, "target_text") or ""
    created_raw = _optional_str(data, "created_at")
    created_at = parse_created_at(created_raw) if created_raw else None
    return ActivityRecord(
        id=record_id,
        action=action.strip().lower(),
        text=text,
        target_text=target_text,
        created_at=created_at,
        platform=_optional_str(data, "platform"),
        author=_optional_str(data, "author"),
        url=_optional_str(data, "url"),
        media=_parse_media(data.get("media")),
    )


def _parse_media(value: object) -> tuple[Media, ...]:
    if value is None or value == "":
        return ()
    if not isinstance(value, list):
        raise RecordError("media: harus berupa daftar objek {type, caption}")
    items = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise RecordError(f"media[{index}]: harus berupa objek {{type, caption}}")
        kind = item.get("type")
        if not isinstance(kind, str) or kind.lower() not in MEDIA_TYPES:
            raise RecordError(
                f"media[{index}].type: {kind!r} tidak dikenal (pilihan: {', '.join(sorted(MEDIA_TYPES))})"
            )
        caption = item.get("caption") or ""
        if not isinstance(caption, str):
            raise RecordError(f"media[{index}].caption: harus berupa teks")
        items.append(Media(kind.lower(), caption))
    return tuple(items)

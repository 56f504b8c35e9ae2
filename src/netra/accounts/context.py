"""Template context: the current user's role flags, so templates show only what the role may use."""

from __future__ import annotations

from django.http import HttpRequest


def role(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {
        "can_triage": user.can_triage,
        "is_satgas": user.is_satgas,
        "sees_people": user.sees_people,
    }

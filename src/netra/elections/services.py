"""Loading election profiles and the classifier for the active ones."""

from __future__ import annotations

from pathlib import Path

from netra.classify import Classifier
from netra.classify.profile import load_profile
from netra.elections.models import Election

_cache: dict[tuple, Classifier] = {}


def election_load(*, path: Path, activate: bool) -> tuple[Election, bool]:
    """Validate the YAML profile at `path` and store it (update when the name exists)."""
    profile = load_profile(path)  # raises ProfileError naming the file and field
    election, created = Election.objects.update_or_create(
        name=profile.name,
        defaults={
            "title": profile.title or profile.name,
            "kind": profile.kind,
            "region": profile.region,
            "voting_day": profile.voting_day,
            "source_yaml": path.read_text(encoding="utf-8"),
            **({"active": True} if activate else {}),
        },
    )
    return election, created


def active_classifier() -> Classifier | None:
    """A classifier for the active elections, rebuilt only when they change."""
    rows = list(Election.objects.filter(active=True).order_by("name"))
    if not rows:
        return None
    key = tuple((e.pk, e.loaded_at) for e in rows)
    if key not in _cache:
        _cache.clear()
        _cache[key] = Classifier([e.profile() for e in rows])
    return _cache[key]

"""Progress bars on standard error for long batch jobs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator


def progress[T](items: Iterable[T], unit: str, total: int | None = None) -> Iterator[T]:
    """Wrap an iterable in a tqdm bar on stderr (imported lazily: start-up time matters)."""
    from tqdm import tqdm

    yield from tqdm(items, unit=f" {unit}", total=total, mininterval=0.5, leave=True)

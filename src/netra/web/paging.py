"""Paging without COUNT(*): the triage queue can hold a million rows, and nobody needs the total."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet


@dataclass
class Page:
    items: list[Any]
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def page_of(queryset: QuerySet, number: str | None, size: int) -> Page:
    try:
        page = max(1, int(number or 1))
    except ValueError:
        page = 1
    start = (page - 1) * size
    rows = list(queryset[start : start + size + 1])
    return Page(rows[:size], page, len(rows) > size)


def query_without_page(request) -> str:
    """The current query string minus the page number, for the pager's links."""
    query = request.GET.copy()
    query.pop("hal", None)
    return query.urlencode()

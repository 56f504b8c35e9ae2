"""Reads of the roster."""

from __future__ import annotations

from netra.roster.models import Opd


def opd_subtree_ids(root_id: int) -> list[int]:
    """`root_id` and every OPD below it (kecamatan → kelurahan)."""
    children: dict[int | None, list[int]] = {}
    for pk, parent in Opd.objects.values_list("pk", "parent_id"):
        children.setdefault(parent, []).append(pk)
    found, todo = [], [root_id]
    while todo:
        pk = todo.pop()
        found.append(pk)
        todo.extend(children.get(pk, []))
    return found

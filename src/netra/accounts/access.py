"""Who may see and do what: every view gets its objects through these helpers.

An OPD monitor is scoped to their OPD and its sub-units; satgas and admin see all OPD; a viewer
(leadership) sees aggregates only. Objects out of scope answer 404, so a monitor cannot even learn
that another OPD's case exists.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from netra.accounts.models import Role, User


def opd_scope(user: User) -> list[int] | None:
    """The OPD ids a user may see; None means all of them."""
    if user.is_satgas:
        return None
    if user.role == Role.OPD_MONITOR and user.opd_id:
        from netra.roster.selectors import opd_subtree_ids

        return opd_subtree_ids(user.opd_id)
    return []


def scoped(user: User, queryset: QuerySet, field: str = "opd") -> QuerySet:
    """Restrict a queryset with an OPD foreign key (`field`) to what the user may see."""
    scope = opd_scope(user)
    if scope is None:
        return queryset
    return queryset.filter(**{f"{field}__in": scope})


def role_required(*roles: str) -> Callable:
    """Login required, then one of `roles` (admin always passes); otherwise 403."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not (user.is_admin or user.role in roles):
                raise PermissionDenied("Peran Anda tidak diizinkan membuka halaman ini.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


TRIAGE_ROLES = (Role.SATGAS, Role.OPD_MONITOR)
SATGAS_ROLES = (Role.SATGAS,)
ALL_ROLES = (Role.SATGAS, Role.OPD_MONITOR, Role.VIEWER)

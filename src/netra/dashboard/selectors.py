"""The dashboard's numbers: every figure is a COUNT computed by the database, never a Python loop
over findings or cases. Python only folds the few aggregate rows (at most OPD x violation code).

Scope: an OPD monitor sees their OPD subtree (`scoped`); Satgas and admin see every OPD; leadership
(viewer) sees every OPD too, but only as numbers: nothing here returns a name or NIP for them.

Speed with a million findings (SQLite, no planner statistics, which Django never gathers):
- findings per week: one UNION ALL of per-week range counts. TruncWeek would be the obvious
  GROUP BY, but on SQLite it is a Python function called for every row (7 s per million rows
  measured); the week boundaries are computed once here instead, as local Monday midnights, so
  weeks follow TIME_ZONE on every backend. Each week is an index range count: on `created_at`
  for users who see every OPD, on (opd, code, created_at) for a monitor's subtree.
- findings by OPD and by violation code: one GROUP BY opd, code, folded both ways, read in order
  from an index on (opd, code, created_at) without touching the table or sorting.
- that index (`finding_opd_code_created`) is not in monitoring/models.py yet; without it the
  charts are correct but take seconds on a million findings (bench/workspace_pages.py).
- the chart period defaults to the last 26 weeks, so the work stays bounded as findings pile up.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from django.core.cache import cache as shared_cache
from django.db.models import Count, Max, Min, Q, QuerySet, Value
from django.utils import timezone

from netra.accounts.access import opd_scope, scoped
from netra.accounts.models import Role, User
from netra.cases.models import Case, CaseEvent, EventKind
from netra.cases.workflow import workflow
from netra.monitoring.models import Finding, FindingStatus
from netra.monitoring.templatetags.netra import violation_titles
from netra.roster.models import Opd
from netra.web.dates import local_midnight

DEFAULT_WEEKS = 26
MAX_WEEKS = 104
TOP_OPD = 15
OVERDUE_ROWS = 50
PROVEN_FROM = "rekomendasi"  # "Nyatakan terbukti" moves a case here
NOT_PROVEN = ("tidak_terbukti", "dihentikan")
NO_CODE_LABEL = "Tanpa kode (abu-abu)"
NO_OPD_LABEL = "Tanpa OPD"


@dataclass(frozen=True)
class Filters:
    """What the user asked for: a date range (local dates, both inclusive) and an election."""

    since: dt.date | None = None
    until: dt.date | None = None
    election_id: int | None = None


@dataclass(frozen=True)
class Period:
    """A half-open range of aware datetimes [start, end); None means unbounded."""

    start: dt.datetime | None
    end: dt.datetime | None

    def q(self, field: str = "created_at") -> Q:
        q = Q()
        if self.start is not None:
            q &= Q(**{f"{field}__gte": self.start})
        if self.end is not None:
            q &= Q(**{f"{field}__lt": self.end})
        return q


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def chosen_period(filters: Filters) -> Period:
    """The range the user chose; unbounded ends stay open."""
    return Period(
        local_midnight(filters.since) if filters.since else None,
        local_midnight(filters.until + dt.timedelta(days=1)) if filters.until else None,
    )


def chart_period(filters: Filters, today: dt.date | None = None) -> Period:
    """The range of the finding charts: the chosen one, by default the last 26 weeks."""
    today = today or timezone.localdate()
    until = filters.until or today
    since = filters.since or _monday(until) - dt.timedelta(weeks=DEFAULT_WEEKS - 1)
    return Period(local_midnight(since), local_midnight(until + dt.timedelta(days=1)))


def week_buckets(period: Period) -> list[tuple[dt.date, dt.datetime, dt.datetime]]:
    """(Monday, start, end) of each week overlapping `period`, clipped to it."""
    assert period.start is not None and period.end is not None
    first = _monday(timezone.localtime(period.start).date())
    last_day = timezone.localtime(period.end - dt.timedelta(microseconds=1)).date()
    buckets = []
    monday = first
    while monday <= last_day:
        start = max(local_midnight(monday), period.start)
        end = min(local_midnight(monday + dt.timedelta(weeks=1)), period.end)
        buckets.append((monday, start, end))
        monday += dt.timedelta(weeks=1)
    return buckets[-(MAX_WEEKS + 1) :]  # the form refuses longer ranges; this is a backstop


@dataclass(frozen=True)
class Scope:
    """What one user may count, looked up once per page; every selector starts from these."""

    opd_ids: list[int] | None  # None: every OPD
    findings: QuerySet[Finding]
    cases: QuerySet[Case]
    events: QuerySet[CaseEvent]

    @cached_property
    def findings_by_index(self) -> list[QuerySet[Finding]]:
        """`findings` in parts that each name their OPD ids and violation codes.

        With the two leading columns of the (opd, code, created_at) index bound by IN lists,
        SQLite seeks each (OPD, code) pair to its created_at range and reads only the index, in
        order, so GROUP BY opd, code needs no sort. Left to itself (Django keeps no planner
        statistics) it takes any created_at range for narrow and looks a million rows up one by
        one. Users who see every OPD get a second part for findings without an OPD (ASN unknown).
        """
        codes = finding_codes()
        if self.opd_ids is not None:
            return [self.findings.filter(opd__in=self.opd_ids, code__in=codes)]
        every = list(Opd.objects.values_list("pk", flat=True))
        return [
            self.findings.filter(opd__in=every, code__in=codes),
            self.findings.filter(opd__isnull=True, code__in=codes),
        ]


def scope_for(user: User) -> Scope:
    """`scoped` querysets for the user; leadership (viewer) counts every OPD, without names."""
    if user.role == Role.VIEWER and not user.is_superuser:
        return Scope(None, Finding.objects.all(), Case.objects.all(), CaseEvent.objects.all())
    return Scope(
        opd_scope(user),
        scoped(user, Finding.objects.all()),
        scoped(user, Case.objects.all()),
        scoped(user, CaseEvent.objects.all(), "case__opd"),
    )


def _cases(scope: Scope, filters: Filters) -> QuerySet[Case]:
    qs = scope.cases.filter(chosen_period(filters).q())
    if filters.election_id:
        qs = qs.filter(election_id=filters.election_id)
    return qs


def _final_states() -> list[str]:
    return [key for key, state in workflow().states.items() if state.final]


def proven_states() -> list[str]:
    """`rekomendasi` and every state reachable from it, except the ones that end unproven."""
    flow = workflow()
    if PROVEN_FROM not in flow.states:
        return []
    found, todo = [PROVEN_FROM], [PROVEN_FROM]
    while todo:
        for move in flow.from_state(todo.pop()):
            if move.target not in found and move.target not in NOT_PROVEN:
                found.append(move.target)
                todo.append(move.target)
    return found


# --- KPI tiles -------------------------------------------------------------------------------


def kpis(scope: Scope, filters: Filters, now: dt.datetime | None = None) -> dict[str, object]:
    """The tiles: open findings, open and overdue cases, proven cases, days since the last proof."""
    now = now or timezone.now()
    findings = scope.findings.filter(chosen_period(filters).q())
    cases = _cases(scope, filters)
    counts = cases.aggregate(
        open=Count("pk", filter=~Q(state__in=_final_states())),
        overdue=Count("pk", filter=~Q(state__in=_final_states()) & Q(deadline__lt=now)),
        proven=Count("pk", filter=Q(state__in=proven_states())),
    )
    last = last_proven_at(scope, filters)
    return {
        "open_findings": findings.filter(status=FindingStatus.NEW).count(),
        "open_cases": counts["open"],
        "overdue_cases": counts["overdue"],
        "proven_cases": counts["proven"],
        "last_proven_at": last,
        "days_since_proven": (
            (timezone.localtime(now).date() - timezone.localtime(last).date()).days
            if last
            else None
        ),
    }


def last_proven_at(scope: Scope, filters: Filters) -> dt.datetime | None:
    """When a case (still counted as proven) last entered `rekomendasi`; any date, same election."""
    events = scope.events.filter(
        kind=EventKind.TRANSITION, to_state=PROVEN_FROM, case__state__in=proven_states()
    )
    if filters.election_id:
        events = events.filter(case__election_id=filters.election_id)
    return events.aggregate(last=Max("at"))["last"]


# --- charts ----------------------------------------------------------------------------------


def finding_codes() -> list[str]:
    """Every violation code present on any finding ("" for grey findings without one).

    A loose index scan: one probe of the code index per distinct value (about a dozen), where
    SELECT DISTINCT would read the whole index.
    """
    codes: list[str] = []
    probe = Finding.objects.order_by("code").values_list("code", flat=True)
    code = probe.first()
    while code is not None:
        codes.append(code)
        code = probe.filter(code__gt=code).first()
    return codes


# The two finding aggregates read up to a million index entries; a Satgas dashboard a minute old is
# as useful as a live one, so they are shared through the cache for this long (shown on the page).
AGGREGATE_SECONDS = 60


def _cached(name: str, scope: Scope, period: Period, compute):
    scope_key = "all" if scope.opd_ids is None else ",".join(map(str, sorted(scope.opd_ids)))
    raw = f"{name}|{scope_key}|{period.start}|{period.end}"
    key = "dasbor-" + hashlib.sha256(raw.encode()).hexdigest()
    value = shared_cache.get(key)
    if value is None:
        value = compute()
        shared_cache.set(key, value, AGGREGATE_SECONDS)
    return value


def findings_per_week(scope: Scope, period: Period) -> list[tuple[dt.date, int]]:
    return _cached("minggu", scope, period, lambda: _findings_per_week(scope, period))


def findings_breakdown(scope: Scope, period: Period) -> list[tuple[int | None, str, int]]:
    return _cached("rincian", scope, period, lambda: _findings_breakdown(scope, period))


def _findings_per_week(scope: Scope, period: Period) -> list[tuple[dt.date, int]]:
    """(Monday, findings) for each week of `period`, zeros included, in one query.

    Each week is a range count: on the created_at index for users who see every OPD, on the
    (opd, code, created_at) index for a monitor's OPD subtree.
    """
    buckets = week_buckets(period)
    if not buckets:
        return []
    bases = [scope.findings] if scope.opd_ids is None else scope.findings_by_index
    parts = [
        base.filter(created_at__gte=start, created_at__lt=end)
        .annotate(week=Value(index))
        .values("week")
        .annotate(n=Count("*"))
        .values_list("week", "n")
        .order_by()
        for index, (_, start, end) in enumerate(buckets)
        for base in bases
    ]
    counts: dict[int, int] = defaultdict(int)
    query = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    for index, n in query:
        counts[index] += n
    return [(monday, counts[index]) for index, (monday, _, _) in enumerate(buckets)]


def _findings_breakdown(scope: Scope, period: Period) -> list[tuple[int | None, str, int]]:
    """(OPD id, violation code, findings) within `period`: the rows the code and OPD charts fold.

    An end still in the future (the default: the end of today) is left out of the query: no
    finding is dated after now, and without it SQLite spares a comparison per row (about 10%).
    """
    if period.end is not None and period.end > timezone.now():
        period = Period(period.start, None)
    grouped = [
        part.filter(period.q())
        .values("opd_id", "code")
        .annotate(n=Count("*"))
        .values_list("opd_id", "code", "n")
        .order_by()
        for part in scope.findings_by_index
    ]
    return list(grouped[0].union(*grouped[1:], all=True) if len(grouped) > 1 else grouped[0])


def by_code(breakdown: list[tuple[int | None, str, int]]) -> list[dict[str, object]]:
    """Findings per violation code, in the rules' order (codes without findings shown as 0)."""
    totals: dict[str, int] = defaultdict(int)
    for _, code, n in breakdown:
        totals[code] += n
    titles = violation_titles()
    codes = list(titles) + sorted(c for c in totals if c not in titles and c) + [""]
    return [
        {"code": code, "label": titles.get(code) or (code or NO_CODE_LABEL), "n": totals[code]}
        for code in codes
        if code in titles or totals[code]
    ]


def by_opd(
    scope: Scope, breakdown: list[tuple[int | None, str, int]], filters: Filters
) -> list[dict[str, object]]:
    """Findings (chart period) and cases (chosen filters) per OPD: the top 15 by findings, cases."""
    findings: dict[int | None, int] = defaultdict(int)
    for opd_id, _, n in breakdown:
        findings[opd_id] += n
    cases = dict(
        _cases(scope, filters)
        .values("opd_id")
        .annotate(n=Count("*"))
        .values_list("opd_id", "n")
        .order_by()
    )
    ranked = sorted(
        set(findings) | set(cases),
        key=lambda pk: (-findings.get(pk, 0), -cases.get(pk, 0), pk or 0),
    )[:TOP_OPD]
    names = dict(Opd.objects.filter(pk__in=[pk for pk in ranked if pk]).values_list("pk", "name"))
    return [
        {
            "opd_id": pk,
            "label": names.get(pk, NO_OPD_LABEL) if pk else NO_OPD_LABEL,
            "findings": findings.get(pk, 0),
            "cases": cases.get(pk, 0),
        }
        for pk in ranked
    ]


def cases_by_state(scope: Scope, filters: Filters) -> list[dict[str, object]]:
    """Cases per workflow state, in the workflow's order, zeros included."""
    counts = dict(
        _cases(scope, filters)
        .values("state")
        .annotate(n=Count("*"))
        .values_list("state", "n")
        .order_by()
    )
    states = workflow().states
    rows = [{"state": key, "label": s.label, "n": counts.get(key, 0)} for key, s in states.items()]
    rows += [{"state": key, "label": key, "n": n} for key, n in counts.items() if key not in states]
    return rows


# --- overdue cases ---------------------------------------------------------------------------


def _overdue(scope: Scope, filters: Filters, now: dt.datetime) -> QuerySet[Case]:
    return _cases(scope, filters).filter(deadline__lt=now).exclude(state__in=_final_states())


def overdue_cases(
    scope: Scope, filters: Filters, now: dt.datetime | None = None, limit: int = OVERDUE_ROWS
) -> list[Case]:
    """The most overdue open cases first (for roles that may see people)."""
    now = now or timezone.now()
    return list(
        _overdue(scope, filters, now)
        .select_related("opd", "asn")
        .order_by("deadline", "pk")[:limit]
    )


def overdue_by_opd(
    scope: Scope, filters: Filters, now: dt.datetime | None = None
) -> list[dict[str, object]]:
    """Overdue open cases per OPD with the oldest deadline: what leadership sees, no names."""
    now = now or timezone.now()
    rows = (
        _overdue(scope, filters, now)
        .values("opd__name")
        .annotate(n=Count("*"), oldest=Min("deadline"))
        .order_by("-n", "oldest")
    )
    return [
        {
            "opd": row["opd__name"] or NO_OPD_LABEL,
            "n": row["n"],
            "oldest": row["oldest"],
            "days": (now - row["oldest"]).days,
        }
        for row in rows
    ]

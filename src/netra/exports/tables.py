"""Row builders for exports: which rows a user may take out, and which columns.

Rows stream from the database in chunks (`QuerySet.iterator`), so an export of a million findings
never holds more than one chunk in memory.

Who gets what:
- satgas and admin: every OPD, every column;
- OPD monitor: their OPD and its sub-units (`scoped`), every column;
- viewer (leadership): every OPD but no personal column (no name, NIP, account, post text or case
  summary), only OPD, codes, statuses and dates, the same level of detail as the dashboard.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, QuerySet

from netra.accounts.access import scoped
from netra.accounts.models import User
from netra.cases.models import Case
from netra.cases.workflow import workflow
from netra.monitoring.models import Finding, FindingStatus
from netra.monitoring.triage import filter_findings
from netra.roster.models import Platform

CHUNK = 2_000
VERDICTS = {"forbidden": "Tidak boleh", "grey": "Abu-abu", "allowed": "Boleh"}
PLATFORMS = {**dict(Platform.choices), "lapangan": "Pengamatan lapangan"}


@dataclass(frozen=True)
class Column:
    label: str
    value: Callable[[Any], Any]
    width: int = 14
    personal: bool = False
    fields: tuple[str, ...] = ()  # for tables read with .values(): what this column needs


@dataclass
class Table:
    """An export-ready table: header, column widths and a row stream."""

    title: str
    columns: list[Column]
    queryset: QuerySet
    chunk_size: int = CHUNK

    @property
    def header(self) -> list[str]:
        return [c.label for c in self.columns]

    @property
    def widths(self) -> list[int]:
        return [c.width for c in self.columns]

    def count(self) -> int:
        return self.queryset.count()

    def rows(self) -> Iterator[list[Any]]:
        values = [c.value for c in self.columns]
        for obj in self.queryset.iterator(chunk_size=self.chunk_size):
            yield [value(obj) for value in values]


def visible(user: User, queryset: QuerySet) -> QuerySet:
    """The rows `user` may export: `scoped` for those who see people, all OPD (de-identified
    columns) for leadership."""
    if user.sees_people:
        return scoped(user, queryset)
    return queryset


def _columns(user: User, columns: list[Column]) -> list[Column]:
    return [c for c in columns if user.sees_people or not c.personal]


# --- findings -----------------------------------------------------------------------------------


# Findings are read with .values(), not as model instances: a million rows an export, and building
# four model objects per row would triple the time. Each column names the fields it reads.

FINDING_STATUSES = dict(FindingStatus.choices)
SEVERITIES = {3: "berat", 2: "sedang", 1: "ringan"}  # as Finding.severity_label


def _evidence_text(row: dict) -> str:
    spans: list[str] = []
    for reason in row["reasons"] or []:
        text = (reason.get("evidence") or "").strip()
        if text and reason.get("zone") != "allowed" and text not in spans:
            spans.append(text)
    return " | ".join(spans)


def _codes(row: dict) -> str:
    return ", ".join(row["codes"] or ([row["code"]] if row["code"] else []))


def _case_number(row: dict) -> str:
    if not row["case_id"]:
        return ""
    return Case(pk=row["case_id"], created_at=row["case__created_at"]).number


FINDING_COLUMNS = [
    Column("id temuan", lambda r: r["id"], 10, fields=("id",)),
    Column(
        "waktu",
        lambda r: r["activity__posted_at"] or r["created_at"],
        17,
        fields=("activity__posted_at", "created_at"),
    ),
    Column(
        "platform",
        lambda r: PLATFORMS.get(r["activity__platform"], r["activity__platform"]),
        12,
        fields=("activity__platform",),
    ),
    Column(
        "akun",
        lambda r: r["activity__author"],
        20,
        personal=True,
        fields=("activity__author",),
    ),
    Column("ASN", lambda r: r["asn__name"] or "", 24, personal=True, fields=("asn__name",)),
    Column("NIP", lambda r: r["asn__nip"] or "", 20, personal=True, fields=("asn__nip",)),
    Column("OPD", lambda r: r["opd__name"] or "", 28, fields=("opd__name",)),
    Column("putusan", lambda r: VERDICTS.get(r["verdict"], r["verdict"]), 12, fields=("verdict",)),
    Column("pelanggaran", _codes, 24, fields=("codes", "code")),
    Column("tingkat", lambda r: SEVERITIES.get(r["severity"], "-"), 9, fields=("severity",)),
    Column(
        "status",
        lambda r: FINDING_STATUSES.get(r["status"], r["status"]),
        14,
        fields=("status",),
    ),
    Column("nomor kasus", _case_number, 16, fields=("case_id", "case__created_at")),
    Column("bukti teks", _evidence_text, 50, personal=True, fields=("reasons",)),
    Column("dicatat", lambda r: r["created_at"], 17, fields=("created_at",)),
]


def findings_queryset(user: User, filters: dict[str, str]) -> QuerySet[Finding]:
    """Findings `user` may export, filtered as the triage queue filters them.

    As in the queue, an empty status means new findings and "semua" means every status.
    """
    return filter_findings(visible(user, Finding.objects.all()), filters)


def findings_table(user: User, filters: dict[str, str]) -> Table:
    columns = _columns(user, FINDING_COLUMNS)
    fields = list(dict.fromkeys(f for column in columns for f in column.fields))
    qs = findings_queryset(user, filters).order_by("id").values(*fields)
    return Table("Temuan", columns, qs)


# --- cases --------------------------------------------------------------------------------------


def _state_label(case: Case) -> str:
    state = workflow().states.get(case.state)
    return state.label if state else case.state


def _case_codes(case: Case) -> str:
    codes: list[str] = []
    for finding in case.findings.all():
        for code in finding.codes or ([finding.code] if finding.code else []):
            if code not in codes:
                codes.append(code)
    return ", ".join(codes)


def _sanction(case: Case) -> str:
    sanction = getattr(case, "sanction", None)
    return sanction.get_kind_display() if sanction else ""


def _case_person(case: Case) -> str:
    return case.asn.name if case.asn_id else case.subject


CASE_COLUMNS = [
    Column("nomor kasus", lambda c: c.number, 16),
    Column("ringkasan", lambda c: c.title, 40, personal=True),
    Column("ASN", _case_person, 24, personal=True),
    Column("NIP", lambda c: c.asn.nip if c.asn_id else "", 20, personal=True),
    Column("OPD", lambda c: c.opd.name if c.opd_id else "", 28),
    Column("status", _state_label, 18),
    Column("tenggat", lambda c: c.deadline, 17),
    Column("terlambat", lambda c: c.overdue, 10),
    Column("pelanggaran", _case_codes, 30),
    Column("jumlah temuan", lambda c: len(c.findings.all()), 10),
    Column("sanksi", _sanction, 40),
    Column("dibuat", lambda c: c.created_at, 17),
]


def cases_queryset(user: User, filters: dict[str, str]) -> QuerySet[Case]:
    """Cases `user` may export. status is a case state (empty or "semua": every state); code and
    verdict keep cases with at least one such finding; since/until apply to the opening date."""
    qs = visible(user, Case.objects.all())
    status = filters.get("status") or "semua"
    if status != "semua":
        qs = qs.filter(state=status)
    if filters.get("opd"):
        qs = qs.filter(opd_id=filters["opd"])
    if filters.get("code"):
        qs = qs.filter(Exists(Finding.objects.filter(case=OuterRef("pk"), code=filters["code"])))
    if filters.get("verdict"):
        qs = qs.filter(
            Exists(Finding.objects.filter(case=OuterRef("pk"), verdict=filters["verdict"]))
        )
    if filters.get("since"):
        qs = qs.filter(created_at__date__gte=filters["since"])
    if filters.get("until"):
        qs = qs.filter(created_at__date__lte=filters["until"])
    return qs


def cases_table(user: User, filters: dict[str, str]) -> Table:
    related = ["opd", "sanction"] + (["asn"] if user.sees_people else [])
    qs = (
        cases_queryset(user, filters)
        .select_related(*related)
        .prefetch_related(
            Prefetch("findings", queryset=Finding.objects.only("id", "case_id", "code", "codes"))
        )
        .order_by("id")
    )
    return Table("Kasus", _columns(user, CASE_COLUMNS), qs, chunk_size=500)


TABLES = {"cases": cases_table, "findings": findings_table}


def build_table(kind: str, user: User, filters: dict[str, str]) -> Table:
    try:
        builder = TABLES[kind]
    except KeyError:
        raise ValueError(f"Jenis ekspor tidak dikenal: {kind!r}") from None
    return builder(user, filters)

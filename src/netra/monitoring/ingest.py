"""Ingest activity records: keep them as received, de-duplicate, classify, create findings.

Records are processed in batches inside one transaction each, so a crash never leaves an activity
without its finding, and throughput stays high on SQLite (one write transaction per batch).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db import connection, transaction
from django.utils import timezone

from netra.classify import Classifier, RecordError, parse_record
from netra.monitoring.models import SEVERITY_RANK, Activity, Finding, Source
from netra.roster.models import SocialAccount, normalise_handle

BATCH = 500


@dataclass
class IngestResult:
    """What happened to one record, in the order received."""

    id: Any
    status: str  # "baru", "duplikat" or "galat"
    verdict: str | None = None
    finding: int | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "status": self.status}
        if self.verdict:
            data["verdict"] = self.verdict
        if self.finding:
            data["finding"] = self.finding
        if self.error:
            data["error"] = self.error
        return data


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest_records(
    records: Iterable[tuple[dict[str, Any] | None, str | None]],
    *,
    classifier: Classifier | None,
    source: str = Source.INGEST,
    received_from: str = "",
) -> Iterator[IngestResult]:
    """Ingest (record, read_error) pairs; yields one result per pair, in order.

    A read error (bad JSON line) or an invalid record gives a "galat" result and is not stored.
    Without a classifier (no active election) activities are stored and no findings are made.
    """
    for batch in _batches(records, BATCH):
        yield from _ingest_batch(batch, classifier, source, received_from)


def _ingest_batch(batch, classifier, source, received_from) -> list[IngestResult]:
    results: list[IngestResult | None] = [None] * len(batch)
    parsed: list[tuple[int, dict[str, Any], Any]] = []
    for index, (data, read_error) in enumerate(batch):
        raw_id = data.get("id") if isinstance(data, dict) else None
        if read_error:
            results[index] = IngestResult(raw_id, "galat", error=read_error)
            continue
        try:
            parsed.append((index, data, parse_record(data)))
        except RecordError as exc:
            results[index] = IngestResult(raw_id, "galat", error=str(exc))
    keys = {((r.platform or "lainnya").lower(), r.id) for _, _, r in parsed}
    existing = _existing(keys)
    accounts = _accounts(
        {
            (p, normalise_handle(r.author))
            for p, r in (((r.platform or "lainnya").lower(), r) for _, _, r in parsed)
            if r.author
        }
    )
    fresh: list[tuple[int, Activity, Any]] = []
    seen: set[tuple[str, str]] = set()
    for index, data, record in parsed:
        key = ((record.platform or "lainnya").lower(), record.id)
        if key in existing or key in seen:
            results[index] = IngestResult(record.id, "duplikat", finding=existing.get(key))
            continue
        seen.add(key)
        account = accounts.get((key[0], normalise_handle(record.author or "")))
        activity = Activity(
            platform=key[0],
            external_id=record.id,
            action=record.action,
            text=record.text,
            target_text=record.target_text,
            author=record.author or "",
            url=record.url or "",
            posted_at=record.created_at,
            raw=data,
            source=source,
            received_from=received_from,
            account=account,
            asn=account.asn if account else None,
        )
        fresh.append((index, activity, record))
    # Classify before taking the write lock, so other writers wait only for the inserts.
    verdicts = [classifier.classify(record) if classifier else None for _, _, record in fresh]
    now = timezone.now()
    with transaction.atomic():
        for _, activity, _ in fresh:
            activity.received_at = now
        fast_insert(Activity, [a for _, a, _ in fresh])
        findings = []
        for (index, activity, record), verdict in zip(fresh, verdicts, strict=True):
            results[index] = IngestResult(
                record.id, "baru", verdict=verdict.verdict if verdict else None
            )
            if verdict is not None and verdict.verdict != "allowed":
                finding = finding_from_verdict(activity, verdict)
                finding.created_at = now
                findings.append((index, finding))
        fast_insert(Finding, [f for _, f in findings])
        for index, finding in findings:
            results[index].finding = finding.pk  # type: ignore[union-attr]
    return results  # type: ignore[return-value]


def fast_insert(model, objects: list) -> None:
    """Insert rows with one executemany and set their primary keys.

    Django's bulk_create compiles every value through the ORM, which cost more than classifying
    the record; here only JSON and date columns are adapted. Keys are read back by the unique
    (platform, external_id) for activities and by the activity id for findings.
    """
    if not objects:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    adapters = [
        (f, f.get_internal_type() in {"JSONField", "DateTimeField", "DateField"}) for f in fields
    ]
    rows = [
        [
            field.get_db_prep_save(getattr(obj, field.attname), connection)
            if adapt
            else getattr(obj, field.attname)
            for field, adapt in adapters
        ]
        for obj in objects
    ]
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    columns = ", ".join(quote(f.column) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
        if model is Activity:
            by_key = {(o.platform, o.external_id): o for o in objects}
            for platform in {o.platform for o in objects}:
                ids = [o.external_id for o in objects if o.platform == platform]
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    cursor.execute(
                        f"SELECT id, external_id FROM {table} WHERE platform = %s AND external_id IN ({', '.join(['%s'] * len(chunk))})",
                        [platform, *chunk],
                    )
                    for pk, external_id in cursor.fetchall():
                        by_key[(platform, external_id)].pk = pk
        else:
            by_activity = {o.activity_id: o for o in objects}
            ids = list(by_activity)
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                cursor.execute(
                    f"SELECT id, activity_id FROM {table} WHERE activity_id IN ({', '.join(['%s'] * len(chunk))})",
                    chunk,
                )
                for pk, activity_id in cursor.fetchall():
                    by_activity[activity_id].pk = pk
    for obj in objects:
        obj._state.adding = False


def finding_from_verdict(activity: Activity, verdict) -> Finding:
    """A Finding row (unsaved) for a verdict that is grey or forbidden."""
    severities = [r.severity or "" for r in verdict.reasons]
    rank = max((SEVERITY_RANK.get(s, 0) for s in severities), default=0)
    if verdict.verdict == "grey":
        rank = 0
    return Finding(
        activity=activity,
        asn=activity.asn,
        opd_id=activity.asn.opd_id if activity.asn else None,
        verdict=verdict.verdict,
        code=verdict.violations[0] if verdict.violations else "",
        codes=list(verdict.violations),
        severity=rank,
        score=verdict.score,
        reasons=[r.to_dict() for r in verdict.reasons],
        candidates=[c.to_dict() for c in verdict.candidates],
        stage=verdict.stage,
        ruleset=verdict.ruleset,
    )


def _existing(keys: set[tuple[str, str]]) -> dict[tuple[str, str], int | None]:
    found: dict[tuple[str, str], int | None] = {}
    by_platform: dict[str, list[str]] = {}
    for platform, external_id in keys:
        by_platform.setdefault(platform, []).append(external_id)
    for platform, ids in by_platform.items():
        rows = Activity.objects.filter(platform=platform, external_id__in=ids).values_list(
            "external_id", "finding__id"
        )
        for external_id, finding_id in rows:
            found[(platform, external_id)] = finding_id
    return found


def _accounts(keys: set[tuple[str, str]]) -> dict[tuple[str, str], SocialAccount]:
    found = {}
    handles = {h for _, h in keys}
    if not handles:
        return found
    for account in SocialAccount.objects.filter(handle__in=handles).select_related("asn"):
        found[(account.platform, account.handle)] = account
    return {k: v for k, v in found.items() if k in keys}

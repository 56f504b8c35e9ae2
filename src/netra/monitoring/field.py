"""Field observations: what a monitor saw, recorded as an activity with a finding like any other."""

from __future__ import annotations

import uuid

from django.db import transaction

from netra.accounts.access import opd_scope
from netra.accounts.models import User
from netra.audit.chain import audit_record
from netra.cases.services import evidence_attach
from netra.elections.services import active_classifier
from netra.monitoring.ingest import finding_from_verdict
from netra.monitoring.models import Activity, Finding, Source


class ObservationError(Exception):
    pass


@transaction.atomic
def observation_record(*, actor: User, data: dict, files: list) -> Finding:
    """Store the observation, classify its description, make a finding and attach the files.

    A monitor's observation always becomes a finding: when the classifier sees nothing it is grey,
    because a person already judged it worth recording.
    """
    if not actor.can_triage:
        raise ObservationError("Peran Anda hanya dapat melihat.")
    asn = data.get("asn")
    scope = opd_scope(actor)
    if asn is not None and scope is not None and asn.opd_id not in scope:
        raise ObservationError("ASN ini di luar OPD Anda.")
    when = data["happened_at"]
    text = data["description"].strip()
    raw = {
        "id": f"lapangan-{uuid.uuid4().hex[:12]}",
        "action": "post",
        "text": text,
        "created_at": when.isoformat(),
        "platform": data.get("platform") or "lapangan",
        "place": data["place"],
        "person": data.get("person", ""),
        "recorded_by": actor.username,
    }
    activity = Activity.objects.create(
        platform="lapangan",
        external_id=raw["id"],
        action="post",
        text=text,
        posted_at=when,
        raw=raw,
        source=Source.FIELD,
        received_from=actor.username,
        asn=asn,
    )
    classifier = active_classifier()
    finding = None
    if classifier is not None:
        verdict = classifier.classify(
            {"id": raw["id"], "action": "post", "text": text, "created_at": when.isoformat()}
        )
        if verdict.verdict != "allowed":
            finding = finding_from_verdict(activity, verdict)
    if finding is None:
        finding = Finding(activity=activity, asn=asn, verdict="grey", ruleset="pengamatan")
    finding.opd_id = asn.opd_id if asn else (actor.opd_id if actor.is_monitor else None)
    finding.save()
    for upload in files:
        evidence_attach(
            actor=actor,
            finding=finding,
            upload=upload,
            name=upload.name,
            description=f"Pengamatan lapangan di {data['place']}",
        )
    audit_record(actor=actor, action="finding.field", obj=finding, detail={"place": data["place"]})
    return finding

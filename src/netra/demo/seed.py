"""Seed the demo world into the current database: `seed_demo()`.

A fictional Pemerintah Kabupaten Sidomulyo (the regency of examples/profiles/pilkada-sidomulyo-2024.yaml):
OPD with units below them, a few hundred ASN with valid NIPs and their social accounts, a few
thousand activities over Pilkada 2024 ingested and classified by the active classifier, some
findings triaged, and cases in every state of the workflow, all written through the workspace's own
services (ingest, case workflow, sanctions, evidence, audit chain). One demo user per role.

Deterministic: the same seed and sizes give the same world (only the wall-clock times of writes
differ). Meant for an empty database; `netra demo` creates a fresh one under var/demo.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from netra.accounts.models import Role, User
from netra.audit.chain import audit_record
from netra.cases.models import Case, CaseEvent, SanctionKind
from netra.cases.services import (
    case_open,
    case_transition,
    evidence_attach,
    sanction_record,
)
from netra.classify import Classifier
from netra.demo.people import OPDS, AsnSpec, generate_roster
from netra.demo.posts import (
    generate_activities,
    pairs_from_profile,
    pilpres_records,
    repeat_offender_records,
)
from netra.elections.services import active_classifier, election_load
from netra.monitoring.ingest import ingest_records
from netra.monitoring.models import Finding, FindingStatus
from netra.monitoring.triage import findings_close
from netra.roster.models import Asn, Opd, SocialAccount

ROOT = Path(__file__).resolve().parents[3]
PROFILES = ROOT / "examples" / "profiles"
PILKADA_FILE = "pilkada-sidomulyo-2024.yaml"
PILPRES_FILE = "pilpres-2024.yaml"

DEMO_PASSWORD = "demo-sidomulyo-2024"
DEFAULT_SEED = 2024
PPK = "Bupati Sidomulyo selaku Pejabat Pembina Kepegawaian"


@dataclass(frozen=True)
class DemoUser:
    username: str
    role: str
    full_name: str
    opd: str | None = None


DEMO_USERS = (
    DemoUser("admin", Role.ADMIN, "Admin Sistem Netra"),
    DemoUser("satgas", Role.SATGAS, "Rini Astuti (Satgas Netralitas ASN)"),
    DemoUser("pemantau_disdik", Role.OPD_MONITOR, "Yoga Permana (Pemantau Disdik)", "DISDIK"),
    DemoUser("pimpinan", Role.VIEWER, "Sekretaris Daerah Kabupaten Sidomulyo"),
)

# Case states to fill, round-robin so that a small world still gets several states.
CASE_STATES = {
    "baru": 5,
    "klarifikasi": 4,
    "verifikasi": 4,
    "rekomendasi": 3,
    "diteruskan": 3,
    "putusan": 2,
    "selesai": 1,
    "tidak_terbukti": 1,
    "dihentikan": 1,
}
PATHS = {
    "baru": [],
    "klarifikasi": ["klarifikasi"],
    "verifikasi": ["klarifikasi", "verifikasi"],
    "rekomendasi": ["klarifikasi", "verifikasi", "rekomendasi"],
    "diteruskan": ["klarifikasi", "verifikasi", "rekomendasi", "diteruskan"],
    "putusan": ["klarifikasi", "verifikasi", "rekomendasi", "diteruskan", "putusan"],
    "selesai": ["klarifikasi", "verifikasi", "rekomendasi", "diteruskan", "putusan", "selesai"],
    "tidak_terbukti": ["klarifikasi", "verifikasi", "tidak_terbukti"],
    "dihentikan": ["klarifikasi", "dihentikan"],
}
MONITOR_MOVES = {"klarifikasi", "verifikasi"}


@dataclass
class SeedReport:
    opd: int = 0  # all OPD rows, units below the twelve included
    opd_top: int = 0
    asn: int = 0
    accounts: int = 0
    activities: int = 0
    verdicts: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    cases: Counter = field(default_factory=Counter)
    overdue: int = 0
    repeat_offender: str = ""
    seconds: float = 0.0
    users: tuple[DemoUser, ...] = DEMO_USERS
    password: str = DEMO_PASSWORD


class _Bar:
    """A tqdm bar on stderr, or nothing."""

    def __init__(self, enabled: bool, total: int) -> None:
        self._bar = None
        if enabled:
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit=" langkah", mininterval=0.2, leave=True)

    def phase(self, text: str) -> None:
        if self._bar is not None:
            self._bar.set_description(text)

    def update(self, n: int = 1) -> None:
        if self._bar is not None:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.update(max(self._bar.total - self._bar.n, 0))
            self._bar.close()


def case_plan(n_cases: int) -> list[str]:
    """Target states for `n_cases` cases (the repeat offender's old Pilpres case is extra)."""
    left = dict(CASE_STATES)
    plan: list[str] = []
    while len(plan) < n_cases:
        for state in CASE_STATES:
            if len(plan) >= n_cases:
                break
            if left[state] > 0 or sum(left.values()) == 0:
                plan.append(state)
                left[state] = max(left[state] - 1, 0)
    return plan


def seed_demo(
    *,
    n_asn: int = 300,
    n_activities: int = 3000,
    n_cases: int = 25,
    seed: int = DEFAULT_SEED,
    progress: bool = False,
    profiles_dir: Path | None = None,
) -> SeedReport:
    """Write the demo world into the (empty) database; returns what was written."""
    started = time.perf_counter()
    profiles_dir = profiles_dir or PROFILES
    if Opd.objects.exists() or Asn.objects.exists() or User.objects.exists():
        raise RuntimeError(
            "Basis data tidak kosong; data demo hanya diisikan ke basis data baru (netra demo)."
        )
    rng = random.Random(seed)
    bar = _Bar(progress, total=n_asn + n_activities + max(n_cases, 1) * 4 + 10)
    report = SeedReport()
    try:
        with transaction.atomic():
            _seed(rng, report, bar, n_asn, n_activities, n_cases, profiles_dir)
    finally:
        bar.close()
    report.seconds = time.perf_counter() - started
    return report


def _seed(rng, report, bar, n_asn, n_activities, n_cases, profiles_dir) -> None:
    bar.phase("profil pemilihan")
    pilkada, _ = election_load(path=profiles_dir / PILKADA_FILE, activate=True)
    pilpres, _ = election_load(path=profiles_dir / PILPRES_FILE, activate=False)
    bar.update(2)

    bar.phase("OPD dan pengguna")
    opds: dict[str, Opd] = {}
    for spec in OPDS:
        opds[spec.code] = Opd.objects.create(
            code=spec.code, name=spec.name, parent=opds.get(spec.parent) if spec.parent else None
        )
    users = _users(opds)
    report.opd = len(opds)
    report.opd_top = sum(1 for spec in OPDS if spec.parent is None)
    bar.update(2)

    bar.phase("ASN dan akun")
    roster = generate_roster(rng, n_asn)
    by_nip = _roster(roster, opds, users["satgas"])
    report.asn = len(by_nip)
    report.accounts = SocialAccount.objects.count()
    bar.update(n_asn)

    offenders, repeat = _offenders(rng, roster)
    pairs = pairs_from_profile(pilkada.profile())
    records = generate_activities(rng, roster, pairs, n_activities, offenders=offenders)
    if n_cases > 1:
        records += repeat_offender_records(rng, repeat, pairs)

    bar.phase("aktivitas (klasifikasi)")
    classifier = active_classifier()

    def items() -> Iterator[tuple[dict, None]]:
        for record in records:
            yield {k: v for k, v in record.items() if not k.startswith("demo_")}, None
            bar.update()

    results = list(ingest_records(items(), classifier=classifier, received_from="demo:sidomulyo"))
    old = list(
        ingest_records(
            ((r, None) for r in pilpres_records(repeat)),
            classifier=Classifier([pilpres.profile()]),
            received_from="demo:pilpres-2024",
        )
    )
    report.activities = len(results) + len(old)
    for source, batch in (("demo:sidomulyo", results), ("demo:pilpres-2024", old)):
        audit_record(  # as `netra ingest` records each file it reads
            actor="demo",
            action="activity.ingest",
            object_type="file",
            object_id=source,
            detail=dict(Counter(r.status for r in batch)),
        )
    # Findings appear a few hours after the post, as a monitor working through a feed would see
    # them, so the dashboard's time charts show the election calendar, not the seeding moment.
    dated = []
    for finding in Finding.objects.select_related("activity").only("id", "activity__posted_at"):
        if finding.activity.posted_at:
            finding.created_at = finding.activity.posted_at + dt.timedelta(hours=rng.randint(1, 30))
            dated.append(finding)
    Finding.objects.bulk_update(dated, ["created_at"], batch_size=500)
    for finding in Finding.objects.all().only("verdict", "codes"):
        report.verdicts[finding.verdict] += 1
        report.codes.update(finding.codes)

    bar.phase("kasus")
    _cases(rng, report, bar, users, opds, by_nip, repeat, pilkada, pilpres, n_cases)
    bar.phase("triase")
    _triage(rng, users)
    audit_record(
        actor="demo",
        action="demo.seed",
        detail={
            "opd": report.opd,
            "asn": report.asn,
            "activities": report.activities,
            "findings": sum(report.verdicts.values()),
            "cases": sum(report.cases.values()),
        },
    )
    bar.update(2)
    bar.phase("selesai")


def _users(opds: dict[str, Opd]) -> dict[str, User]:
    hashed = make_password(DEMO_PASSWORD)  # hashed once: the slow part of creating users
    users = {}
    for spec in DEMO_USERS:
        user = User(
            username=spec.username,
            role=spec.role,
            opd=opds[spec.opd] if spec.opd else None,
            first_name=spec.full_name,
            is_staff=spec.role == Role.ADMIN,
            is_superuser=spec.role == Role.ADMIN,
            password=hashed,
        )
        user.save()
        users[spec.username] = user
    return users


def _roster(roster: Sequence[AsnSpec], opds: dict[str, Opd], satgas: User) -> dict[str, Asn]:
    rows = Asn.objects.bulk_create(
        [
            Asn(
                nip=p.nip,
                name=p.name,
                status=p.status,
                position=p.position,
                grade=p.grade,
                opd=opds[p.opd],
            )
            for p in roster
        ]
    )
    by_nip = {a.nip: a for a in rows}
    if any(a.pk is None for a in rows):  # backends that do not return keys from bulk inserts
        by_nip = {a.nip: a for a in Asn.objects.all()}
    SocialAccount.objects.bulk_create(
        [
            SocialAccount(
                asn=by_nip[p.nip],
                platform=acc.platform,
                handle=acc.handle.lower(),
                url=acc.url,
                link_method=acc.link_method,
                linked_by=satgas if acc.link_method == "diverifikasi" else None,
            )
            for p in roster
            for acc in p.accounts
        ]
    )
    return by_nip


def _in_disdik(spec: AsnSpec) -> bool:
    return spec.opd in ("DISDIK", "SDN1-SDM", "SMPN2-SDM")


def _offenders(rng: random.Random, roster: Sequence[AsnSpec]) -> tuple[list[AsnSpec], AsnSpec]:
    """About one in eight with accounts; a few teachers (for the Disdik monitor), and one repeat
    offender outside Disdik who was already sanctioned in Pilpres 2024."""
    people = [p for p in roster if p.accounts]
    count = max(3, len(people) // 8)
    disdik = [p for p in people if _in_disdik(p)]
    others = [p for p in people if not _in_disdik(p)]
    chosen = rng.sample(disdik, min(len(disdik), max(2, count // 3)))
    rest = [p for p in people if p not in chosen]
    chosen += rng.sample(rest, min(len(rest), count - len(chosen)))
    pool = [p for p in chosen if not _in_disdik(p)] or others or chosen
    repeat = next((p for p in pool if p.opd == "DPUPR" and " " in p.plain_name), pool[0])
    if repeat not in chosen:
        chosen.append(repeat)
    return chosen, repeat


def _title(finding: Finding) -> str:
    from netra.monitoring.templatetags.netra import violation_titles

    title = violation_titles().get(finding.code, "pelanggaran netralitas")
    return f"Dugaan {title[0].lower()}{title[1:]}"


def _fmt(day: dt.date) -> str:
    months = (
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember",
    )  # fmt: skip
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _sanction_kind(rng: random.Random, finding: Finding) -> str:
    if finding.code == "party_membership":
        return SanctionKind.PTDH
    if finding.severity >= 3:
        return rng.choice(
            (SanctionKind.HEAVY_DEMOTION, SanctionKind.HEAVY_RELIEVED, SanctionKind.MEDIUM_12)
        )
    if finding.severity == 2:
        return rng.choice((SanctionKind.MEDIUM_6, SanctionKind.MEDIUM_9))
    return rng.choice((SanctionKind.LIGHT_WRITTEN, SanctionKind.MORAL_OPEN))


def _notes(rng: random.Random, case: Case, finding: Finding, letter: int) -> dict[str, str]:
    name = case.asn.name if case.asn else case.subject
    handle = finding.activity.author or "akun terlapor"
    posted = (
        finding.activity.posted_at.date() if finding.activity.posted_at else dt.date(2024, 11, 1)
    )
    hearing = posted + dt.timedelta(days=rng.randint(3, 6))
    return {
        "open": rng.choice(
            (
                f"Temuan patroli siber {_fmt(posted)}; tangkapan layar unggahan @{handle} disimpan.",
                "Dilaporkan rekan satu kantor lewat grup pemantau, dicek ulang oleh Satgas.",
                "Hasil penelusuran akun ASN oleh Diskominfo; unggahan masih tayang saat diperiksa.",
            )
        ),
        "klarifikasi": f"Undangan klarifikasi dikirim kepada {name} dan atasan langsung untuk {_fmt(hearing)}.",
        "verifikasi": rng.choice(
            (
                f"Klarifikasi {_fmt(hearing)}: terlapor mengakui akun @{handle} miliknya dan unggahan itu dibuat sendiri; alasannya spontan dan belum paham aturan.",
                f"Klarifikasi {_fmt(hearing)}: terlapor mengakui menyukai/membagikan konten tersebut, sudah dihapus sehari kemudian. Atasan langsung hadir.",
                f"Klarifikasi {_fmt(hearing)} bersama Kasubag Umum: terlapor membenarkan kejadian, menyatakan menyesal, dan bersedia membuat pernyataan.",
            )
        ),
        "rekomendasi": f"Terbukti: {_title(finding).removeprefix('Dugaan ').lower()} (SKB Netralitas ASN 2022; PP 94/2021 Pasal 5 huruf n). Bukti: tangkapan layar, tautan asli, pengakuan terlapor dalam BA klarifikasi.",
        "diteruskan": f"Diteruskan ke Bawaslu Kabupaten Sidomulyo dan BKN melalui surat Satgas nomor 800.1.6/{letter:03d}/Satgas-Netralitas/2024.",
        "putusan": "Putusan PPK diterima dan dicatat.",
        "selesai": "Sanksi telah dilaksanakan; pemotongan tunjangan kinerja tercatat di BKPSDM. Pemantauan akun selama 3 bulan tanpa temuan baru.",
        "tidak_terbukti": rng.choice(
            (
                "Akun ternyata bukan milik terlapor: akun tiruan dengan foto terlapor, sudah dilaporkan ke platform. Dikonfirmasi Diskominfo.",
                "Unggahan diunggah oleh anak terlapor dari akun keluarga; tidak ada keterlibatan terlapor yang dapat dibuktikan.",
            )
        ),
        "dihentikan": rng.choice(
            (
                "Terlapor ternyata tenaga honorer (non-ASN); diteruskan sebagai informasi ke Bawaslu, kasus dihentikan.",
                "Laporan dicabut pelapor dan bukti tidak cukup untuk dilanjutkan.",
            )
        ),
    }


def _walk(rng, case, path, users, actor, finding, letter) -> None:
    """Move `case` along `path`, recording a sanction where the workflow requires one."""
    notes = _notes(rng, case, finding, letter)
    satgas = users["satgas"]
    for to_state in path:
        mover = actor if to_state in MONITOR_MOVES and actor.is_monitor else satgas
        if to_state == "putusan":
            sanction_record(
                actor=satgas,
                case=case,
                kind=_sanction_kind(rng, finding),
                official=PPK,
                letter_number=f"800.1.6.4/{letter:03d}/BKPSDM/2024",
                letter_date=dt.date(2024, 12, rng.randint(2, 20)),
                carried_out=None,
                carried_out_on=None,
            )
        if to_state == "selesai":
            sanction = case.sanction
            sanction_record(
                actor=satgas,
                case=case,
                kind=sanction.kind,
                official=sanction.official,
                letter_number=sanction.letter_number,
                letter_date=sanction.letter_date,
                carried_out=True,
                carried_out_on=sanction.letter_date + dt.timedelta(days=rng.randint(7, 30)),
            )
        case = case_transition(actor=mover, case=case, to_state=to_state, note=notes[to_state])
    return case


def _cases(rng, report, bar, users, opds, by_nip, repeat, pilkada, pilpres, n_cases) -> None:
    satgas, monitor = users["satgas"], users["pemantau_disdik"]
    disdik_ids = {opds[c].pk for c in ("DISDIK", "SDN1-SDM", "SMPN2-SDM")}
    repeat_asn = by_nip[repeat.nip]

    # The repeat offender's earlier case, Pilpres 2024: proven, sanctioned, sanction carried out.
    old_findings = list(
        Finding.objects.filter(asn=repeat_asn, activity__received_from="demo:pilpres-2024")
    )
    if n_cases > 0 and old_findings:
        old = case_open(
            actor=satgas,
            title=_title(old_findings[0]),
            findings=old_findings,
            election=pilpres,
            note="Temuan patroli siber masa kampanye Pilpres 2024.",
        )
        notes = _notes(rng, old, old_findings[0], 1)
        for state in PATHS["selesai"]:
            if state == "putusan":
                sanction_record(
                    actor=satgas,
                    case=old,
                    kind=SanctionKind.MEDIUM_6,
                    official=PPK,
                    letter_number="800.1.6.4/017/BKPSDM/2024",
                    letter_date=dt.date(2024, 3, 18),
                )
            if state == "selesai":
                sanction_record(
                    actor=satgas,
                    case=old,
                    kind=SanctionKind.MEDIUM_6,
                    official=PPK,
                    letter_number="800.1.6.4/017/BKPSDM/2024",
                    letter_date=dt.date(2024, 3, 18),
                    carried_out=True,
                    carried_out_on=dt.date(2024, 4, 1),
                )
            old = case_transition(actor=satgas, case=old, to_state=state, note=notes[state])
        _backdate(
            old,
            dt.datetime(2024, 2, 16, 2, 0, tzinfo=dt.UTC),
            dt.datetime(2024, 6, 28, 7, 0, tzinfo=dt.UTC),
        )
        report.cases["selesai"] += 1
        report.repeat_offender = f"{repeat_asn.name} (NIP {repeat_asn.nip})"
        n_cases -= 1
        bar.update(4)

    plan = case_plan(n_cases)
    open_forbidden = (
        Finding.objects.filter(verdict="forbidden", status=FindingStatus.NEW)
        .exclude(activity__received_from="demo:pilpres-2024")
        .select_related("activity", "asn", "opd")
        .order_by("-severity", "id")
    )
    by_asn: dict[int, list[Finding]] = {}
    unknown: list[Finding] = []
    for finding in open_forbidden:
        if finding.asn_id:
            by_asn.setdefault(finding.asn_id, []).append(finding)
        else:
            unknown.append(finding)
    for findings in by_asn.values():  # the case is about a varied choice of their findings
        rng.shuffle(findings)
        findings.sort(key=lambda f: (-f.severity, f.code == "online_support"))
    # Most findings first; the repeat offender first of all (his second election, proven again).
    people = sorted(by_asn, key=lambda pk: (pk != repeat_asn.pk, -len(by_asn[pk]), pk))
    disdik_people = [pk for pk in people if by_asn[pk][0].opd_id in disdik_ids]
    other_people = [pk for pk in people if pk not in disdik_people]

    # The repeat offender's Pilkada case is proven too: the furthest proven state in the plan.
    repeat_slot = next(
        (plan.index(s) for s in ("putusan", "selesai", "diteruskan", "rekomendasi") if s in plan),
        None,
    )
    if repeat_asn.pk in other_people:
        other_people.remove(repeat_asn.pk)
    else:
        repeat_slot = None

    letter = 40
    for index, state in enumerate(plan):
        actor = satgas
        if index == repeat_slot:
            findings = by_asn[repeat_asn.pk][:3]
        elif state == "baru" and unknown and index == 0:
            findings = unknown[:1]
            unknown = unknown[1:]
        elif state in ("baru", "klarifikasi", "verifikasi") and disdik_people and index % 2 == 0:
            findings = by_asn[disdik_people.pop(0)][:3]
            actor = monitor
        elif other_people:
            findings = by_asn[other_people.pop(0)][:3]
        elif disdik_people:
            findings = by_asn[disdik_people.pop(0)][:3]
        else:
            continue  # a tiny world ran out of people with findings
        first = findings[0]
        case = case_open(
            actor=actor,
            title=_title(first),
            findings=findings,
            subject="" if first.asn_id else f"@{first.activity.author} (belum dikenali)",
            election=pilkada,
            note=_notes(rng, Case(subject="terlapor"), first, 0)["open"],
        )
        letter += 1
        case = _walk(rng, case, PATHS[state], users, actor, first, letter)
        if rng.random() < 0.7 and first.activity.url:
            evidence_attach(
                actor=actor,
                case=case,
                url=first.activity.url,
                description="Tautan unggahan asli (diarsipkan Satgas)",
            )
        if index % 4 == 1:
            shot = _screenshot(first)
            evidence_attach(
                actor=actor,
                case=case,
                upload=shot,
                name=f"tangkapan-layar-{first.activity.external_id}.png",
                description="Tangkapan layar unggahan saat ditemukan",
            )
        report.cases[case.state] += 1
        bar.update(4)

    # A couple of cases that have waited too long: their deadline is already past.
    waiting = list(
        Case.objects.filter(state__in=("klarifikasi", "verifikasi", "diteruskan"))
        .exclude(election=pilpres)
        .order_by("id")
    )
    late = []
    for state in ("klarifikasi", "diteruskan", "verifikasi"):
        late += [c for c in waiting if c.state == state][:1]
    late = late[:3]
    for days, case in zip((3, 6, 11), late, strict=False):
        Case.objects.filter(pk=case.pk).update(
            state_since=timezone.now() - dt.timedelta(days=days + 7),
            deadline=timezone.now() - dt.timedelta(days=days),
        )
    report.overdue = len(late)


def _backdate(case: Case, opened: dt.datetime, closed: dt.datetime) -> None:
    """Place an old case at its real dates (demo data only: the audit trail keeps true times)."""
    events = list(case.events.order_by("at", "id"))
    step = (closed - opened) / max(len(events) - 1, 1)
    for n, event in enumerate(events):
        CaseEvent.objects.filter(pk=event.pk).update(at=opened + step * n)
    Case.objects.filter(pk=case.pk).update(created_at=opened, state_since=closed)


def _screenshot(finding: Finding) -> io.BytesIO:
    """A plain PNG that looks like a screenshot of the post (Pillow's default font)."""
    from PIL import Image, ImageDraw

    activity = finding.activity
    image = Image.new("RGB", (720, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 720, 44), fill=(59, 89, 152))
    draw.text((16, 14), f"{activity.platform} · @{activity.author}", fill="white")
    y = 64
    text = activity.text or activity.target_text or "(tanpa teks)"
    line = ""
    for word in text.split():
        if len(line) + len(word) > 80:
            draw.text((16, y), line, fill="black")
            y, line = y + 20, ""
        line = f"{line} {word}".strip()
    draw.text((16, y), line, fill="black")
    when = f"{activity.posted_at:%d-%m-%Y %H:%M}" if activity.posted_at else ""
    draw.text((16, 226), f"{when}   {activity.url}", fill=(110, 110, 110))
    out = io.BytesIO()
    image.save(out, format="PNG")
    out.seek(0)
    return out


def _triage(rng: random.Random, users: dict[str, User]) -> None:
    """Some findings already handled: grey ones dismissed, mild forbidden ones with a reminder."""
    satgas = users["satgas"]
    grey = list(
        Finding.objects.filter(verdict="grey", status=FindingStatus.NEW)
        .order_by("id")
        .values_list("id", flat=True)
    )
    dismiss = [pk for pk in grey if rng.random() < 0.25]
    reasons = (
        "Ucapan duka/hari besar kepada calon, bukan konten kampanye.",
        "Pertemuan kebetulan tanpa atribut; tidak ada keberpihakan.",
        "Survei dibagikan tanpa komentar; cukup diingatkan lisan saat apel.",
    )
    for chunk in range(0, len(dismiss), 10):
        findings_close(
            user=satgas,
            ids=dismiss[chunk : chunk + 10],
            status=FindingStatus.DISMISSED,
            note=rng.choice(reasons),
        )
    forbidden = list(
        Finding.objects.filter(verdict="forbidden", status=FindingStatus.NEW, severity__lte=2)
        .order_by("id")
        .values_list("id", flat=True)
    )
    remind = [pk for pk in forbidden if rng.random() < 0.3]
    for chunk in range(0, len(remind), 10):
        findings_close(
            user=satgas,
            ids=remind[chunk : chunk + 10],
            status=FindingStatus.REMINDED,
            note="Pembinaan: terlapor ditelepon atasan langsung dan unggahan sudah dihapus.",
        )

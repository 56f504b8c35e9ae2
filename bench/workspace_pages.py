"""Benchmark: workspace pages (dashboard, triage queue) on a large generated database.

Creates a fresh SQLite database in a temporary NETRA_HOME, seeds 20 OPD, 5,000 ASN, N activities
with N findings (default 1,000,000) spread over six months and a few thousand cases, then times
GET /dasbor/ and GET /temuan/ with Django's test client as Satgas and as an OPD monitor: one
warm-up request, then the median and p95 of 10 requests each. Target: 300 ms per page.

    .venv/bin/python bench/workspace_pages.py                  # 1,000,000 findings
    .venv/bin/python bench/workspace_pages.py --findings 100000
    .venv/bin/python bench/workspace_pages.py --home /tmp/netra-bench --keep   # reuse next time

Rows are written with executemany on the raw cursor (the ORM's bulk_create would spend most of
the seeding time building model objects); the schema comes from the real migrations.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

TARGET_MS = 300
CHUNK = 10_000
N_ASN = 5_000

# (code, name, parent code, weight of ASN): 20 OPD, a few of them sub-units of a dinas or kecamatan.
OPD = [
    ("DISDIK", "Dinas Pendidikan", None, 18),
    ("SDN1", "SD Negeri 1", "DISDIK", 6),
    ("SDN2", "SD Negeri 2", "DISDIK", 6),
    ("SMPN1", "SMP Negeri 1", "DISDIK", 6),
    ("DINKES", "Dinas Kesehatan", None, 10),
    ("PKM-KOTA", "Puskesmas Kota", "DINKES", 5),
    ("RSUD", "RSUD", None, 9),
    ("DPUPR", "Dinas PUPR", None, 4),
    ("DISHUB", "Dinas Perhubungan", None, 3),
    ("DUKCAPIL", "Dinas Dukcapil", None, 3),
    ("DINSOS", "Dinas Sosial", None, 3),
    ("DISKOMINFO", "Dinas Kominfo", None, 2),
    ("BAPPEDA", "Bappeda", None, 2),
    ("BKPSDM", "BKPSDM", None, 2),
    ("BPKAD", "BPKAD", None, 3),
    ("INSPEKTORAT", "Inspektorat", None, 2),
    ("SETDA", "Sekretariat Daerah", None, 5),
    ("KEC-UTARA", "Kecamatan Utara", None, 4),
    ("KEL-MAJU", "Kelurahan Maju", "KEC-UTARA", 2),
    ("KEC-SELATAN", "Kecamatan Selatan", None, 4),
]
# The index the dashboard asks for (not yet in monitoring/models.py): the benchmark can add it.
MONITORED_OPD = "DISDIK"  # the OPD monitor's subtree: Dinas Pendidikan and its three schools

CODES = [
    ("online_support", 46),
    ("symbol_or_attribute", 12),
    ("photo_with_candidate", 12),
    ("campaign_involvement", 9),
    ("mobilisation", 6),
    ("state_resources", 4),
    ("favouring_decision", 3),
    ("party_membership", 2),
    ("candidacy", 1),
    ("ktp_support", 1),
]
PLATFORMS = ["facebook", "instagram", "tiktok", "x", "whatsapp", "youtube"]
ACTIONS = ["post", "post", "post", "comment", "share", "like", "follow"]
TEXTS = [
    "Ayo dukung nomor {n}, pasti menang! #{tag}",
    "Hadir di deklarasi relawan {tag} tadi malam, rame bgt",
    "Foto bareng paslon {n} di acara warga",
    "Bapak ibu staf wajib hadir kampanye akbar paslon {n} besok pagi ya",
    "tgl 27 inget ya, yg tengah",
    "Pilih yang jujur ya, kalian tahu lah",
]
CASE_STATES = [
    ("baru", 10),
    ("klarifikasi", 14),
    ("verifikasi", 10),
    ("rekomendasi", 6),
    ("diteruskan", 8),
    ("putusan", 5),
    ("selesai", 12),
    ("tidak_terbukti", 20),
    ("dihentikan", 15),
]
PATHS = {  # the states a case went through to reach its current one
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


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=1_000_000, help="bawaan 1.000.000")
    parser.add_argument("--runs", type=int, default=10, help="jumlah pengukuran per halaman")
    parser.add_argument(
        "--home", help="NETRA_HOME yang dipakai (data yang sudah ada dipakai ulang)"
    )
    parser.add_argument("--keep", action="store_true", help="jangan hapus NETRA_HOME sesudahnya")
    parser.add_argument("--seed", type=int, default=20241127)
    return parser.parse_args()


def setup_django(home: Path) -> None:
    (home / "static").mkdir(exist_ok=True)  # STATIC_ROOT; WhiteNoise warns when it is missing
    os.environ["NETRA_TESTING"] = "True"
    os.environ["NETRA_HOME"] = str(home)
    os.environ["DJANGO_SETTINGS_MODULE"] = "netra.web.settings"
    os.environ.pop("DATABASE_URL", None)
    import django

    django.setup()
    from django.conf import settings

    # Plain hashing for the benchmark users; the test client logs in without a password anyway.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def progress(message: str) -> None:
    print(message, flush=True)


def weighted(rng: random.Random, pairs: list[tuple[str, int]], k: int) -> list[str]:
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights, k=k)


def nip_for(rng: random.Random, serial: int) -> str:
    born = dt.date(1965, 1, 1) + dt.timedelta(days=rng.randrange(0, 36 * 365))
    appointed = f"{min(born.year + rng.randint(20, 30), 2023)}{rng.randint(1, 12):02d}"
    return f"{born:%Y%m%d}{appointed}{rng.randint(1, 2)}{serial % 1000:03d}"


class Seeder:
    def __init__(self, findings: int, seed: int) -> None:
        from django.db import connection
        from django.utils import timezone

        self.n = findings
        self.rng = random.Random(seed)
        self.now = timezone.now().replace(microsecond=0)
        self.connection = connection
        self.adapt = connection.ops.adapt_datetimefield_value

    def ts(self, moment: dt.datetime) -> str:
        return self.adapt(moment)

    def insert(self, model, columns: list[str], rows) -> None:
        table = model._meta.db_table
        sql = (
            f'INSERT INTO "{table}" ({", ".join(f'"{c}"' for c in columns)}) '
            f"VALUES ({', '.join(['%s'] * len(columns))})"
        )
        with self.connection.cursor() as cursor:
            cursor.executemany(sql, rows)

    def run(self) -> dict:
        from django.db import transaction

        started = time.perf_counter()
        with transaction.atomic():
            election = self.election()
            opd = self.opd()
            asn = self.asn(opd)
            users = self.users(opd)
        self.activities_and_findings(asn)
        with transaction.atomic():
            self.cases(asn, election, users["satgas"])
        progress(f"Pengisian data selesai dalam {time.perf_counter() - started:,.0f} dtk")
        return users

    def election(self):
        from netra.elections.services import election_load

        election, _ = election_load(
            path=ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml", activate=True
        )
        return election

    def opd(self) -> dict[str, tuple[int, int]]:
        from netra.roster.models import Opd

        made: dict[str, tuple[int, int]] = {}
        for code, name, parent, weight in OPD:
            row = Opd.objects.create(
                code=code, name=name, parent_id=made[parent][0] if parent else None
            )
            made[code] = (row.pk, weight)
        progress(f"  {len(made)} OPD")
        return made

    def asn(self, opd: dict[str, tuple[int, int]]) -> list[tuple[int, int]]:
        from netra.roster.models import Asn

        ids = [pk for pk, _ in opd.values()]
        weights = [w for _, w in opd.values()]
        rng = self.rng
        first = ["Sri", "Dewi", "Budi", "Agus", "Siti", "Rina", "Hendra", "Yuni", "Eko", "Ani"]
        last = ["Wahyuni", "Lestari", "Santoso", "Saputra", "Rahayu", "Kusuma", "Hidayat"]
        rows, seen = [], set()
        now = self.ts(self.now)
        while len(rows) < N_ASN:
            nip = nip_for(rng, len(rows))
            if nip in seen:
                continue
            seen.add(nip)
            status = "PNS" if rng.random() < 0.8 else "PPPK"
            name = f"{rng.choice(first)} {rng.choice(last)}"
            rows.append((nip, name, status, "Staf", "III/a", rng.choices(ids, weights)[0], now))
        self.insert(
            Asn, ["nip", "name", "status", "position", "grade", "opd_id", "updated_at"], rows
        )
        people = list(Asn.objects.values_list("pk", "opd_id"))
        progress(f"  {len(people):,} ASN")
        return people

    def users(self, opd: dict[str, tuple[int, int]]) -> dict:
        from netra.accounts.models import Role, User

        users = {
            "satgas": User.objects.create_user("bench_satgas", role=Role.SATGAS),
            "monitor": User.objects.create_user(
                "bench_pemantau", role=Role.OPD_MONITOR, opd_id=opd[MONITORED_OPD][0]
            ),
            "viewer": User.objects.create_user("bench_pimpinan", role=Role.VIEWER),
        }
        return users

    def created_at(self) -> dt.datetime:
        # More activity as voting day nears: the density grows linearly over the six months.
        age_days = 183 * (1 - self.rng.random() ** 0.6)
        return self.now - dt.timedelta(days=age_days, seconds=self.rng.randrange(86_400))

    def activities_and_findings(self, asn: list[tuple[int, int]]) -> None:
        from django.db import transaction

        from netra.monitoring.models import Activity, Finding

        rng = self.rng
        activity_cols = [
            "platform", "external_id", "action", "text", "target_text", "author", "url",
            "posted_at", "raw", "source", "received_at", "received_from", "asn_id",
        ]  # fmt: skip
        finding_cols = [
            "activity_id", "asn_id", "opd_id", "verdict", "code", "codes", "severity", "score",
            "reasons", "candidates", "ruleset", "status", "status_note", "created_at",
        ]  # fmt: skip
        with self.connection.cursor() as cursor:
            cursor.execute(f'SELECT COALESCE(MAX(id), 0) FROM "{Activity._meta.db_table}"')
            next_id = cursor.fetchone()[0] + 1
        started = time.perf_counter()
        done = 0
        while done < self.n:
            size = min(CHUNK, self.n - done)
            activities, findings = [], []
            codes = weighted(rng, CODES, size)
            for i in range(size):
                person, opd_id = asn[rng.randrange(len(asn))]
                when = self.created_at()
                posted = self.ts(when - dt.timedelta(minutes=rng.randrange(1, 600)))
                stamp = self.ts(when)
                n = rng.randint(1, 3)
                text = rng.choice(TEXTS).format(n=n, tag="BARAMenang")
                external = f"bench-{done + i}"
                platform = rng.choice(PLATFORMS)
                raw = json.dumps({"id": external, "text": text})
                activities.append(
                    (platform, external, rng.choice(ACTIONS), text, "", f"akun{person}", "",
                     posted, raw, "ingest", stamp, "bench", person)
                )  # fmt: skip
                grey = rng.random() < 0.25
                code = "" if grey and rng.random() < 0.4 else codes[i]
                severity = 0 if grey else (3 if rng.random() < 0.85 else 2)
                age = (self.now - when).days
                roll = rng.random()
                if roll < 0.25 + 0.6 * max(0, 1 - age / 30):  # recent ones are mostly untouched
                    status = "baru"
                elif roll < 0.8:
                    status = "diabaikan"
                else:
                    status = "pembinaan"
                findings.append(
                    (next_id + i, person, opd_id, "grey" if grey else "forbidden", code,
                     json.dumps([code] if code else []), severity, round(rng.random(), 3),
                     "[]", "[]", "netra-2026.11.1", status, "", stamp)
                )  # fmt: skip
            with transaction.atomic():
                self.insert(Activity, activity_cols, activities)
                self.insert(Finding, finding_cols, findings)
            next_id += size
            done += size
            if done % 100_000 == 0 or done == self.n:
                rate = done / (time.perf_counter() - started)
                progress(f"  {done:>9,} aktivitas + temuan ({rate:,.0f}/dtk)")

    def cases(self, asn: list[tuple[int, int]], election, actor) -> None:
        from netra.cases.models import Case, CaseEvent
        from netra.cases.workflow import workflow
        from netra.monitoring.models import Finding

        flow = workflow()
        rng = self.rng
        count = max(300, self.n // 300)
        states = weighted(rng, CASE_STATES, count)
        case_rows, plans = [], []
        for state in states:
            person, opd_id = asn[rng.randrange(len(asn))]
            steps = PATHS[state]
            gaps = [dt.timedelta(days=rng.uniform(0.5, 9)) for _ in steps]
            span = sum(gaps, dt.timedelta())
            created = self.now - span - dt.timedelta(days=rng.uniform(0.1, 170))
            moments, moment = [], created
            for gap in gaps:
                moment += gap
                moments.append(moment)
            since = moments[-1] if moments else created
            deadline = flow.deadline(state, since)
            case_rows.append(
                (person, opd_id, "", election.pk, "Dugaan pelanggaran netralitas", state,
                 self.ts(since), self.ts(deadline) if deadline else None, actor.pk,
                 self.ts(created))
            )  # fmt: skip
            plans.append((created, list(zip(steps, moments, strict=True)), person))
        self.insert(
            Case,
            ["asn_id", "opd_id", "subject", "election_id", "title", "state", "state_since",
             "deadline", "created_by_id", "created_at"],
            case_rows,
        )  # fmt: skip
        ids = list(Case.objects.order_by("pk").values_list("pk", flat=True))[-count:]
        events, links = [], []
        for pk, (created, steps, person) in zip(ids, plans, strict=True):
            events.append((pk, self.ts(created), actor.pk, "dibuka", "", "baru", ""))
            source = "baru"
            for target, moment in steps:
                events.append((pk, self.ts(moment), actor.pk, "status", source, target, "-"))
                source = target
            links.append((pk, person))
        self.insert(
            CaseEvent,
            ["case_id", "at", "actor_id", "kind", "from_state", "to_state", "note"],
            events,
        )
        # Each case takes up to three of its ASN's findings.
        table = Finding._meta.db_table
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f'UPDATE "{table}" SET status = %s, case_id = %s WHERE id IN '
                f'(SELECT id FROM "{table}" WHERE asn_id = %s AND case_id IS NULL LIMIT 3)',
                [("kasus", pk, person) for pk, person in links],
            )
        progress(f"  {count:,} kasus, {len(events):,} peristiwa kasus")


def measure(client, url: str, runs: int, cold: bool) -> tuple[float, float, int, int]:
    """Median and p95 in ms over `runs` requests after one warm-up; queries and size of a page.

    With `cold`, the shared cache is emptied before every request, so the dashboard recomputes
    its finding aggregates each time (the worst case, once a minute per scope); otherwise the
    figures are what every other visitor of that minute gets. The queries are counted on one
    more request, so that their logging is not in the timings.
    """
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm-up
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    times = []
    for _ in range(runs):
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    times.sort()
    p95 = times[min(len(times) - 1, max(0, math.ceil(0.95 * len(times)) - 1))]
    return statistics.median(times), p95, len(queries), len(response.content)


def run_pages(users: dict, runs: int) -> list[tuple]:
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    pages = [("dasbor", reverse("dashboard"), True), ("dasbor*", reverse("dashboard"), False)]
    try:
        pages.append(("temuan", reverse("triage"), False))
    except NoReverseMatch:
        progress("Halaman temuan (url 'triage') belum ada: tidak diukur.")
    rows = []
    for role in ("satgas", "monitor", "viewer"):
        client = Client()
        client.force_login(users[role])
        for name, url, cold in pages:
            if name == "temuan" and not users[role].can_triage:
                continue
            progress(f"  {name} sebagai {role} …")
            rows.append((name, role, *measure(client, url, runs, cold)))
    return rows


def report(title: str, rows: list[tuple]) -> bool:
    header = f"{'halaman':<9}{'peran':<9}{'median ms':>11}{'p95 ms':>9}{'kueri':>7}{'KB':>6}  hasil"
    print(f"\n{title}")
    print(header)
    print("-" * len(header))
    for name, role, median, p95, queries, size in rows:
        verdict = "OK" if p95 <= TARGET_MS else "LEWAT TARGET"
        print(
            f"{name:<9}{role:<9}{median:>11.1f}{p95:>9.1f}{queries:>7}{size / 1024:>6.0f}  {verdict}"
        )
    print("dasbor: tembolok kosong setiap permintaan; dasbor*: tembolok agregat (<= 1 menit)")
    return all(row[3] <= TARGET_MS for row in rows)


def main() -> int:
    args = parse_args()
    home = Path(args.home) if args.home else Path(tempfile.mkdtemp(prefix="netra-bench-"))
    home.mkdir(parents=True, exist_ok=True)
    setup_django(home)
    from django.core.management import call_command
    from django.db import connection

    from netra.accounts.models import User
    from netra.monitoring.models import Finding

    progress(f"NETRA_HOME: {home}")
    try:
        call_command("migrate", verbosity=0)
        have = Finding.objects.count()
        names = {"satgas": "bench_satgas", "monitor": "bench_pemantau", "viewer": "bench_pimpinan"}
        if have and User.objects.filter(username=names["satgas"]).exists():
            progress(f"Memakai data yang sudah ada: {have:,} temuan")
            users = {role: User.objects.get(username=name) for role, name in names.items()}
        else:
            progress(f"Mengisi data: {args.findings:,} temuan …")
            users = Seeder(args.findings, args.seed).run()

        count = Finding.objects.count()
        print(
            f"\n{count:,} temuan, SQLite {connection.Database.sqlite_version}, tanpa statistik "
            f"ANALYZE; {args.runs} kali sesudah 1 pemanasan; target p95 <= {TARGET_MS} ms"
        )
        progress("Mengukur …")
        rows = run_pages(users, args.runs)
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        ok = report(f"Hasil (beban mesin: {load}; {os.cpu_count()} CPU)", rows)
        return 0 if ok else 1
    finally:
        connection.close()
        if args.home or args.keep:
            progress(f"Data disimpan di {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""`netra demo`: a fresh demo workspace (seeded, served), or with --ringkas the classification summary.

The workspace demo lives in ./var/demo only: its SQLite file is deleted and created again on every
run. No other database is ever touched; with DATABASE_URL set the command refuses, unless --force,
and then it only fills an empty database and never deletes anything.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections import Counter
from pathlib import Path

from netra.classify.errors import ClassifierError
from netra.cli.i18n import fail, t

EXAMPLES = Path("examples")
DEMO_HOME = Path("var") / "demo"
SQLITE_NAME = "netra.sqlite3"


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help=t(
            "ruang kerja contoh: basis data baru, data fiktif, server di 127.0.0.1:8000",
            "demo workspace: fresh database, fictional data, server on 127.0.0.1:8000",
        ),
        description=t(
            "Membuat ulang var/demo/netra.sqlite3, mengisi Pemkab Sidomulyo fiktif (OPD, ASN, "
            "aktivitas terklasifikasi, kasus), mencetak pengguna demo, lalu menjalankan server "
            "seperti `netra serve`. --ringkas hanya mencetak ringkasan klasifikasi contoh.",
            "Recreates var/demo/netra.sqlite3, seeds a fictional Sidomulyo regency (OPD, ASN, "
            "classified activities, cases), prints the demo users, then serves like `netra serve`. "
            "--summary only prints the example classification summary.",
        ),
    )
    parser.add_argument(
        "--ringkas",
        "--summary",
        dest="summary",
        action="store_true",
        help=t(
            "hanya klasifikasikan examples/activities.jsonl dan cetak ringkasan",
            "only classify examples/activities.jsonl and print a summary",
        ),
    )
    parser.add_argument(
        "--no-serve",
        action="store_true",
        help=t("isi data saja, tanpa server", "seed only, do not serve"),
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=int(os.environ.get("NETRA_WORKERS", "2")))
    parser.add_argument("--asn", type=int, default=300, help=t("jumlah ASN", "number of ASN"))
    parser.add_argument(
        "--activities", type=int, default=3000, help=t("jumlah aktivitas", "number of activities")
    )
    parser.add_argument("--cases", type=int, default=25, help=t("jumlah kasus", "number of cases"))
    parser.add_argument("--seed", type=int, default=2024, help=t("benih acak", "random seed"))
    parser.add_argument(
        "--force",
        action="store_true",
        help=t(
            "pakai DATABASE_URL yang terisi (hanya bila basis datanya kosong)",
            "use the DATABASE_URL that is set (only if that database is empty)",
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.summary:
        return run_summary(args)
    return run_workspace(args)


# --- the workspace demo ----------------------------------------------------------------------


def database_choice(environ: dict[str, str], force: bool) -> tuple[str, str]:
    """('sqlite', '') for the demo's own file; ('url', engine) to use DATABASE_URL (with --force);
    ('refuse', message) otherwise."""
    url = (environ.get("DATABASE_URL") or "").strip()
    if not url:
        return "sqlite", ""
    engine = url.split(":", 1)[0].lower()
    if force:
        return "url", engine
    kind = "PostgreSQL" if engine.startswith("postgres") else engine
    return "refuse", t(
        f"DATABASE_URL menunjuk ke basis data {kind}. `netra demo` hanya membuat ulang "
        f"{DEMO_HOME / SQLITE_NAME} dan tidak menyentuh basis data lain. Kosongkan DATABASE_URL "
        "(mis. `env -u DATABASE_URL netra demo`), atau pakai --force untuk mengisi basis data "
        "itu bila masih kosong.",
        f"DATABASE_URL points to a {kind} database. `netra demo` only recreates "
        f"{DEMO_HOME / SQLITE_NAME} and never touches another database. Unset DATABASE_URL, or "
        "use --force to seed that database if it is empty.",
    )


def reset_demo_home(home: Path) -> None:
    """Delete the demo's SQLite file (and its WAL/SHM), evidence and exports: inside `home` only."""
    home = home.resolve()
    home.mkdir(parents=True, exist_ok=True)
    for name in (SQLITE_NAME, f"{SQLITE_NAME}-wal", f"{SQLITE_NAME}-shm", f"{SQLITE_NAME}-journal"):
        target = home / name
        if target.exists():
            target.unlink()
    for name in ("evidence", "exports"):
        target = (home / name).resolve()
        if target.is_dir() and target.parent == home:
            # Evidence files are made read-only when stored; make them writable to delete them.
            for path in target.rglob("*"):
                if path.is_file():
                    path.chmod(0o644)
            shutil.rmtree(target)
    (home / "static").mkdir(exist_ok=True)  # STATIC_ROOT; WhiteNoise warns when it is missing


def run_workspace(args: argparse.Namespace) -> int:
    choice, detail = database_choice(os.environ, args.force)
    if choice == "refuse":
        return fail(detail)
    home = DEMO_HOME.resolve()
    os.environ["NETRA_HOME"] = str(home)
    # The demo is served over plain http on loopback: session cookies cannot be "Secure" there.
    os.environ.setdefault("NETRA_SECURE_COOKIES", "False")
    if choice == "sqlite":
        reset_demo_home(home)

    from netra.cli.workspace_cmds import _django

    _django()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    database = settings.DATABASES["default"]
    if choice == "sqlite" and (
        database["ENGINE"] != "django.db.backends.sqlite3"
        or Path(database["NAME"]).resolve() != home / SQLITE_NAME
    ):
        return fail(
            t("basis data demo tidak di var/demo; berhenti", "demo database not in var/demo")
        )
    where = database["NAME"]
    if choice != "sqlite":
        where = f"{detail} {database['NAME']} @ {database.get('HOST') or 'localhost'}"
    print(t(f"Basis data demo: {where}", f"Demo database: {where}"), file=sys.stderr)
    call_command("migrate", interactive=False, verbosity=0)

    from netra.demo.seed import seed_demo

    try:
        report = seed_demo(
            n_asn=args.asn,
            n_activities=args.activities,
            n_cases=args.cases,
            seed=args.seed,
            progress=sys.stderr.isatty() or bool(os.environ.get("NETRA_PROGRESS")),
        )
    except RuntimeError as exc:
        return fail(str(exc))
    connections.close_all()  # the server's workers open their own connections
    url = f"http://{args.host}:{args.port}/"
    print_report(report, url, serving=not args.no_serve)
    if args.no_serve:
        return 0
    from netra.cli.workspace_cmds import run_serve

    sys.stdout.flush()
    return run_serve(argparse.Namespace(host=args.host, port=args.port, workers=args.workers))


def print_report(report, url: str, *, serving: bool) -> None:
    from netra.accounts.models import Role

    roles = {r.value: r.label for r in Role}
    opd_names = {"DISDIK": "Dinas Pendidikan"}
    found = sum(report.verdicts.values())
    print(t("Ruang kerja demo netra: Pemkab Sidomulyo (fiktif)", "netra demo workspace"))
    print(
        t(
            f"  {report.opd_top} OPD (dan {report.opd - report.opd_top} unit di bawahnya), "
            f"{report.asn} ASN, {report.accounts} akun media sosial, "
            f"{report.activities} aktivitas, {found} temuan "
            f"({report.verdicts.get('forbidden', 0)} tidak boleh, {report.verdicts.get('grey', 0)} abu-abu), "
            f"{sum(report.cases.values())} kasus ({report.overdue} lewat tenggat); "
            f"diisi dalam {report.seconds:.1f} detik",
            f"  {report.opd_top} OPD (+{report.opd - report.opd_top} units), "
            f"{report.asn} ASN, {report.accounts} accounts, "
            f"{report.activities} activities, {found} findings, {sum(report.cases.values())} cases "
            f"({report.overdue} overdue); seeded in {report.seconds:.1f} s",
        )
    )
    if report.repeat_offender:
        print(
            t(
                f"  Pelanggar berulang (Pilpres 2024 dan Pilkada 2024): {report.repeat_offender}",
                f"  Repeat offender (Pilpres 2024 and Pilkada 2024): {report.repeat_offender}",
            )
        )
    print()
    print(t("Pengguna demo (kata sandi sama untuk semua):", "Demo users (one password for all):"))
    for user in report.users:
        scope = f" — {opd_names.get(user.opd, user.opd)}" if user.opd else ""
        print(f"  {user.username:<17} {roles.get(user.role, user.role)}{scope}")
    print(f"  {t('kata sandi', 'password')}: {report.password}")
    print()
    if serving:
        print(t(f"Buka {url} (Ctrl+C untuk berhenti)", f"Open {url} (Ctrl+C to stop)"))
    else:
        print(
            t(
                "Data siap. Jalankan server: NETRA_HOME=var/demo NETRA_SECURE_COOKIES=False netra serve",
                "Seeded. Serve it: NETRA_HOME=var/demo NETRA_SECURE_COOKIES=False netra serve",
            )
        )


# --- the classification summary (the first demo) ----------------------------------------------


def _highlight(text: str, start: int, end: int) -> str:
    return f"{text[:start]}[[{text[start:end]}]]{text[end:]}"


def run_summary(args: argparse.Namespace) -> int:
    from netra.classify import Classifier, load_profiles
    from netra.classify.reader import read_jsonl

    profiles = [EXAMPLES / "profiles" / "pilkada-sidomulyo-2024.yaml"]
    activities = EXAMPLES / "activities.jsonl"
    try:
        classifier = Classifier(load_profiles(profiles))
        with activities.open("rb") as stream:
            items = [item for item in read_jsonl(stream, str(activities)) if item.data]
        verdicts = [(item.data, classifier.classify(item.data)) for item in items]
    except (ClassifierError, OSError) as exc:
        return fail(str(exc))
    zones = Counter(v.verdict for _, v in verdicts)
    codes = Counter(code for _, v in verdicts for code in v.violations)
    names = {"allowed": "boleh", "grey": "abu-abu", "forbidden": "tidak boleh"}
    print(
        t(
            "Contoh netra: Pilkada Kabupaten Sidomulyo 2024 (fiktif)",
            "netra demo: fictional Sidomulyo regional election",
        )
    )
    print(f"{len(verdicts)} " + t("aktivitas diperiksa", "activities checked"))
    for zone in ("forbidden", "grey", "allowed"):
        print(f"  {names[zone]:<12} {zones.get(zone, 0):>4}")
    if codes:
        print(t("Jenis pelanggaran:", "Violations:"))
        for code, count in codes.most_common():
            print(f"  {code:<22} {count:>4}")
    print()
    for data, verdict in verdicts:
        if verdict.verdict == "allowed":
            continue
        print(f"[{names[verdict.verdict].upper()}] {data['id']} ({data['action']})")
        for reason in verdict.reasons:
            own_field = reason.field in ("text", "target_text")
            shown = (
                _highlight(data.get(reason.field, ""), reason.start, reason.end)
                if own_field
                else reason.evidence
            )
            print(f"   {shown}")
            print(f"   -> {reason.rule}: {reason.note}")
            if reason.zone == "forbidden":
                print(f"      {t('dasar', 'basis')}: {reason.basis}")
        print()
    return 0

"""Workspace commands: migrate, serve, user, token, profile, import-roster, ingest, audit, exports.

Each command starts Django lazily so `netra classify` keeps its fast start-up.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from netra.cli.i18n import fail, t


def _django() -> None:
    from django.core.exceptions import ImproperlyConfigured

    from netra.web.bootstrap import setup_django

    try:
        setup_django()
    except ImproperlyConfigured as exc:
        raise SystemExit(fail(str(exc)))  # noqa: B904  (the message is the whole story)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "migrate", help=t("buat atau perbarui basis data", "create or upgrade the database")
    )
    p.set_defaults(run=run_migrate)

    p = sub.add_parser(
        "serve", help=t("jalankan server web produksi", "run the production web server")
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--workers", type=int, default=int(os.environ.get("NETRA_WORKERS", "2")))
    p.set_defaults(run=run_serve)

    p = sub.add_parser("user", help=t("kelola pengguna ruang kerja", "manage workspace users"))
    user_sub = p.add_subparsers(dest="action", required=True, metavar=t("TINDAKAN", "ACTION"))
    c = user_sub.add_parser(
        "create",
        help=t(
            "buat pengguna; kata sandi dicetak sekali", "create a user; prints the password once"
        ),
    )
    c.add_argument("username")
    c.add_argument("--role", required=True, choices=["admin", "satgas", "opd_monitor", "viewer"])
    c.add_argument(
        "--opd",
        metavar=t("KODE_OPD", "OPD_CODE"),
        help=t("wajib untuk opd_monitor", "required for opd_monitor"),
    )
    c.add_argument("--name", default="", help=t("nama lengkap", "full name"))
    c.set_defaults(run=run_user_create)

    p = sub.add_parser("token", help=t("kelola token API", "manage API tokens"))
    token_sub = p.add_subparsers(dest="action", required=True, metavar=t("TINDAKAN", "ACTION"))
    c = token_sub.add_parser(
        "create",
        help=t("buat token; hanya token yang dicetak", "create a token; prints only the token"),
    )
    c.add_argument("name")
    c.set_defaults(run=run_token_create)
    r = token_sub.add_parser("revoke", help=t("cabut token", "revoke a token"))
    r.add_argument("name")
    r.set_defaults(run=run_token_revoke)

    p = sub.add_parser("profile", help=t("kelola profil pemilihan", "manage election profiles"))
    profile_sub = p.add_subparsers(dest="action", required=True, metavar=t("TINDAKAN", "ACTION"))
    c = profile_sub.add_parser(
        "load", help=t("muat profil YAML ke basis data", "load a YAML profile")
    )
    c.add_argument("file", type=Path)
    c.add_argument("--activate", action="store_true", help=t("jadikan aktif", "make it active"))
    c.set_defaults(run=run_profile_load)

    p = sub.add_parser(
        "import-roster", help=t("impor daftar ASN dari CSV", "import the ASN roster from CSV")
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help=t("impor baris yang sah saja", "import the valid rows only"),
    )
    p.set_defaults(run=run_import_roster)

    p = sub.add_parser(
        "ingest",
        help=t(
            "masukkan aktivitas (JSONL) dan klasifikasikan",
            "ingest and classify activities (JSONL)",
        ),
    )
    p.add_argument("files", nargs="+", type=Path, metavar=t("BERKAS", "FILE"))
    p.add_argument("--no-progress", action="store_true")
    p.set_defaults(run=run_ingest)

    p = sub.add_parser(
        "exports", help=t("jalankan atau bersihkan ekspor latar", "run or purge background exports")
    )
    export_sub = p.add_subparsers(dest="action", required=True, metavar=t("TINDAKAN", "ACTION"))
    c = export_sub.add_parser(
        "run",
        help=t(
            "selesaikan ekspor yang menunggu atau terhenti", "finish waiting or stalled exports"
        ),
    )
    c.set_defaults(run=run_exports_run)
    c = export_sub.add_parser(
        "purge",
        help=t(
            "hapus berkas ekspor lama (berisi data pribadi)",
            "delete old export files (personal data)",
        ),
    )
    c.add_argument("--days", type=int, default=7)
    c.set_defaults(run=run_exports_purge)

    p = sub.add_parser("audit", help=t("periksa jejak audit", "check the audit trail"))
    audit_sub = p.add_subparsers(dest="action", required=True, metavar=t("TINDAKAN", "ACTION"))
    c = audit_sub.add_parser(
        "verify", help=t("buktikan rantai hash utuh", "prove the hash chain is intact")
    )
    c.set_defaults(run=run_audit_verify)


def run_migrate(args: argparse.Namespace) -> int:
    _django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=1)
    return 0


def run_serve(args: argparse.Namespace) -> int:
    """Gunicorn with the WSGI app; static files come from WhiteNoise inside the app."""
    _django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    from gunicorn.app.wsgiapp import run as gunicorn_run

    sys.argv = [
        "gunicorn",
        "netra.web.wsgi:application",
        "--bind",
        f"{args.host}:{args.port}",
        "--workers",
        str(args.workers),
        "--threads",
        "4",
        "--timeout",
        "120",
        "--access-logfile",
        "-",
    ]
    print(
        t(
            f"netra melayani di http://{args.host}:{args.port}/",
            f"netra serving on http://{args.host}:{args.port}/",
        ),
        file=sys.stderr,
    )
    gunicorn_run()
    return 0


def run_user_create(args: argparse.Namespace) -> int:
    _django()
    import secrets

    from netra.accounts.models import User
    from netra.roster.models import Opd

    if User.objects.filter(username=args.username).exists():
        return fail(t(f"pengguna {args.username!r} sudah ada", f"user {args.username!r} exists"))
    opd = None
    if args.role == "opd_monitor":
        if not args.opd:
            return fail(
                t("--opd wajib untuk peran opd_monitor", "--opd is required for opd_monitor")
            )
        opd = Opd.objects.filter(code=args.opd).first()
        if opd is None:
            return fail(t(f"OPD berkode {args.opd!r} tidak ada", f"no OPD with code {args.opd!r}"))
    password = secrets.token_urlsafe(12)
    User.objects.create_user(
        username=args.username,
        password=password,
        role=args.role,
        opd=opd,
        first_name=args.name,
        is_staff=args.role == "admin",
        is_superuser=args.role == "admin",
    )
    print(password)
    return 0


def run_token_create(args: argparse.Namespace) -> int:
    _django()
    from netra.monitoring.tokens import TokenError, token_create

    try:
        print(token_create(name=args.name))
    except TokenError as exc:
        return fail(str(exc))
    return 0


def run_token_revoke(args: argparse.Namespace) -> int:
    _django()
    from netra.monitoring.tokens import TokenError, token_revoke

    try:
        token_revoke(name=args.name)
    except TokenError as exc:
        return fail(str(exc))
    print(t(f"token {args.name!r} dicabut", f"token {args.name!r} revoked"), file=sys.stderr)
    return 0


def run_profile_load(args: argparse.Namespace) -> int:
    _django()
    from netra.classify.errors import ClassifierError
    from netra.elections.services import election_load

    try:
        election, created = election_load(path=args.file, activate=args.activate)
    except (ClassifierError, OSError) as exc:
        return fail(str(exc))
    state = t("aktif", "active") if election.active else t("tidak aktif", "inactive")
    verb = t("dimuat", "loaded") if created else t("diperbarui", "updated")
    print(f"{election.name}: {verb} ({state})", file=sys.stderr)
    return 0


def run_import_roster(args: argparse.Namespace) -> int:
    _django()
    from netra.roster.importer import RosterFileError, import_roster

    if not args.file.exists():
        return fail(t(f"berkas {args.file} tidak ada", f"file {args.file} not found"))
    try:
        report = import_roster(args.file, skip_invalid=args.skip_invalid)
    except RosterFileError as exc:
        return fail(str(exc))
    for error in report.errors:
        print(f"{args.file}: {error}", file=sys.stderr)
    if not report.written:
        print(
            t(
                f"Tidak ada yang diimpor: {len(report.errors)} galat. Perbaiki berkasnya, atau pakai --skip-invalid.",
                f"Nothing imported: {len(report.errors)} errors. Fix the file or use --skip-invalid.",
            ),
            file=sys.stderr,
        )
        return 1
    print(
        t(
            f"{report.created} ASN baru, {report.updated} diperbarui, {report.accounts} akun baru, {report.skipped} baris dilewati.",
            f"{report.created} new ASN, {report.updated} updated, {report.accounts} new accounts, {report.skipped} rows skipped.",
        ),
        file=sys.stderr,
    )
    return 1 if report.errors else 0


def run_ingest(args: argparse.Namespace) -> int:
    _django()
    import json
    from collections import Counter, deque
    from collections.abc import Iterator

    from netra.audit.chain import audit_record
    from netra.classify.reader import read_jsonl
    from netra.cli.progress import progress
    from netra.elections.services import active_classifier
    from netra.monitoring.ingest import ingest_records

    classifier = active_classifier()
    if classifier is None:
        print(
            t(
                "Peringatan: belum ada pemilihan aktif (netra profile load BERKAS --activate); aktivitas disimpan tanpa klasifikasi.",
                "Warning: no active election; activities are stored without classification.",
            ),
            file=sys.stderr,
        )
    totals: Counter[str] = Counter()
    for path in args.files:
        if not path.exists():
            return fail(t(f"berkas {path} tidak ada", f"file {path} not found"))
        lines: deque[int] = deque()

        def read(stream, path: Path = path, lines: deque[int] = lines) -> Iterator[tuple]:
            for item in read_jsonl(stream, str(path)):
                lines.append(item.line)
                yield item.data, item.error

        with path.open("rb") as stream:
            items = read(stream)
            if not args.no_progress and sys.stderr.isatty():
                items = progress(items, t("rekaman", "records"))
            for result in ingest_records(
                items, classifier=classifier, received_from=f"berkas:{path.name}"
            ):
                line = lines.popleft()
                totals[result.status] += 1
                if result.finding and result.status == "baru":
                    totals["temuan"] += 1
                if result.error:
                    where = f"{path}:{line}: "
                    message = (
                        result.error if result.error.startswith(str(path)) else where + result.error
                    )
                    print(
                        json.dumps({**result.to_dict(), "error": message}, ensure_ascii=False),
                        file=sys.stderr,
                    )
        audit_record(
            actor="cli",
            action="activity.ingest",
            object_type="file",
            object_id=path.name,
            detail=dict(totals),
        )
    print(
        t(
            f"{totals['baru']} aktivitas baru, {totals['duplikat']} duplikat, {totals['galat']} galat, {totals['temuan']} temuan.",
            f"{totals['baru']} new activities, {totals['duplikat']} duplicates, {totals['galat']} errors, {totals['temuan']} findings.",
        ),
        file=sys.stderr,
    )
    return 1 if totals["galat"] else 0


def run_audit_verify(args: argparse.Namespace) -> int:
    _django()
    from netra.audit.chain import audit_verify

    report = audit_verify()
    if report.ok:
        print(
            t(
                f"Jejak audit utuh: {report.checked} entri diperiksa.",
                f"Audit trail intact: {report.checked} entries checked.",
            )
        )
        return 0
    print(
        t(
            f"JEJAK AUDIT RUSAK: {report.problem}. Entri sebelum #{report.broken_at} masih utuh ({report.checked} entri).",
            f"AUDIT TRAIL BROKEN at entry #{report.broken_at}: {report.problem}.",
        )
    )
    return 3


def run_exports_run(args: argparse.Namespace) -> int:
    _django()
    from netra.exports.jobs import run_pending_exports

    jobs = run_pending_exports()
    print(t(f"{len(jobs)} ekspor dijalankan.", f"{len(jobs)} exports run."), file=sys.stderr)
    return 0


def run_exports_purge(args: argparse.Namespace) -> int:
    _django()
    import datetime as dt

    from netra.exports.jobs import purge_exports

    removed = purge_exports(older_than=dt.timedelta(days=args.days))
    print(
        t(f"Berkas ekspor dihapus: {removed}.", f"Export files removed: {removed}."),
        file=sys.stderr,
    )
    return 0

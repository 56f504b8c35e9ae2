"""`netra classify`: JSON Lines (or CSV) in, one verdict per record out, in input order."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from typing import IO, Any

import orjson

from netra.classify.errors import ClassifierError, ProfileError, RecordError
from netra.classify.reader import Item, read_csv, read_jsonl
from netra.cli.i18n import fail, t
from netra.cli.progress import progress

# Progress is worth showing only when the input is this large (bytes) or unknown (stdin).
_LARGE_INPUT = 2_000_000


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "classify",
        help=t("klasifikasikan aktivitas media sosial", "classify social-media activity"),
        description=t(
            "Membaca rekaman JSON Lines (atau CSV) dari berkas atau stdin dan menulis satu putusan "
            "JSON per rekaman ke stdout, berurutan. Rekaman rusak diganti {id, error}; ringkasan "
            "ke stderr; kode keluar 1 bila ada rekaman rusak.",
            "Reads JSON Lines (or CSV) records from files or stdin and writes one JSON verdict per "
            "record to stdout, in order. A bad record becomes {id, error}; a summary goes to stderr; "
            "exit code 1 when any record was bad.",
        ),
    )
    parser.add_argument(
        "--profile",
        action="append",
        required=True,
        metavar=t("PROFIL.yaml", "PROFILE.yaml"),
        help=t(
            "profil pemilihan (boleh diulang untuk pilkada serentak)",
            "election profile (repeat for simultaneous elections)",
        ),
    )
    parser.add_argument(
        "--format",
        choices=["jsonl", "csv"],
        default="jsonl",
        help=t("format masukan (bawaan: jsonl)", "input format (default: jsonl)"),
    )
    parser.add_argument(
        "--engine",
        choices=["rules", "keyword"],
        default="rules",
        help=t(
            "mesin: rules (netra) atau keyword (pembanding naif, untuk tolok ukur)",
            "engine: rules (netra) or keyword (naive baseline, for benchmarks)",
        ),
    )
    parser.add_argument(
        "--no-progress", action="store_true", help=t("tanpa bilah kemajuan", "no progress bar")
    )
    parser.add_argument(
        "inputs",
        nargs="*",
        metavar=t("BERKAS", "FILE"),
        help=t("berkas masukan; kosong atau - berarti stdin", "input files; none or - means stdin"),
    )
    parser.set_defaults(run=run)


def _items(args: argparse.Namespace, stack: ExitStack) -> Iterator[Item]:
    reader = read_csv if args.format == "csv" else read_jsonl
    for name in args.inputs or ["-"]:
        if name == "-":
            yield from reader(sys.stdin.buffer, "stdin")
        else:
            stream: IO[bytes] = stack.enter_context(open(name, "rb"))  # noqa: SIM115
            yield from reader(stream, name)


def _check_inputs(names: list[str]) -> str | None:
    for name in names:
        if name != "-" and not os.path.isfile(name):
            return t(f"{name}: berkas masukan tidak ditemukan", f"{name}: input file not found")
    return None


def _show_progress(args: argparse.Namespace) -> bool:
    if args.no_progress or not sys.stderr.isatty():
        return False
    names = [n for n in args.inputs if n != "-"]
    if len(names) < len(args.inputs) or not args.inputs:
        return True
    return sum(os.path.getsize(n) for n in names) >= _LARGE_INPUT


def build_engine(args: argparse.Namespace) -> Any:
    from netra.classify import Classifier, load_profiles

    profiles = load_profiles(args.profile)
    if args.engine == "keyword":
        from netra.evaluation.baseline import KeywordBaseline

        return KeywordBaseline(profiles)
    return Classifier(profiles)


def run(args: argparse.Namespace) -> int:
    problem = _check_inputs(args.inputs)
    if problem:
        return fail(problem)
    try:
        engine = build_engine(args)
    except ProfileError as exc:
        return fail(t(f"profil tidak dapat dipakai: {exc}", f"profile cannot be used: {exc}"))
    except ClassifierError as exc:
        return fail(str(exc))

    out = sys.stdout.buffer
    write = out.write
    done = bad = 0
    first_errors: list[str] = []
    with ExitStack() as stack:
        items = _items(args, stack)
        if _show_progress(args):
            items = progress(items, t("rekaman", "records"))
        for item in items:
            if item.error is None and item.data is not None:
                try:
                    line = orjson.dumps(engine.classify(item.data).to_dict())
                    done += 1
                    write(line + b"\n")
                    continue
                except RecordError as exc:
                    message = str(exc)
            else:
                message = item.error or ""
            bad += 1
            where = f"{item.source} baris {item.line}"
            if len(first_errors) < 5:
                first_errors.append(f"{where}: {message}")
            raw_id = item.raw_id
            record_id = raw_id if isinstance(raw_id, str | int) else None
            write(orjson.dumps({"id": record_id, "error": f"{where}: {message}"}) + b"\n")
    out.flush()
    summary = t(
        f"netra classify: {done} rekaman diklasifikasi, {bad} tidak dapat dibaca.",
        f"netra classify: {done} records classified, {bad} could not be read.",
    )
    print(summary, file=sys.stderr)
    for error in first_errors:
        print(f"  {error}", file=sys.stderr)
    if bad > len(first_errors):
        print(
            t(
                f"  ... dan {bad - len(first_errors)} lainnya",
                f"  ... and {bad - len(first_errors)} more",
            ),
            file=sys.stderr,
        )
    return 1 if bad else 0

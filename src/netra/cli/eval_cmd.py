"""`netra eval`: quality figures on the labelled sets, beside the keyword baseline."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from netra.classify.errors import ClassifierError
from netra.cli.i18n import fail, t


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "eval",
        help=t("ukur mutu klasifikasi pada data berlabel", "measure quality on labelled data"),
        description=t(
            "Mencetak presisi, recall, F1 per kelas, macro-F1, matriks kebingungan, dan ukuran "
            "operasional untuk netra, aturannya saja (tanpa model kata), dan pembanding kata kunci. Tanpa BERKAS: semua *.jsonl di "
            "data/labelled, per berkas.",
            "Prints per-class precision, recall, F1, macro-F1, the confusion matrix and the "
            "operational figures for netra, its rules alone (without the word model) and the keyword baseline. Without FILE: every *.jsonl "
            "in data/labelled, one by one.",
        ),
    )
    parser.add_argument(
        "files", nargs="*", metavar=t("BERKAS", "FILE"), help=t("berkas berlabel", "labelled files")
    )
    parser.add_argument(
        "--profile-dir",
        action="append",
        metavar=t("FOLDER", "DIR"),
        help=t(
            "folder profil <nama>.yaml (bawaan: data/labelled/profiles dan examples/profiles)",
            "folder of <name>.yaml profiles (default: data/labelled/profiles and examples/profiles)",
        ),
    )
    parser.add_argument(
        "--misses",
        action="store_true",
        help=t(
            "cetak rekaman yang salah (hanya untuk set dev!)",
            "print misclassified records (dev set only!)",
        ),
    )
    parser.add_argument("--json", action="store_true", help=t("keluaran JSON", "JSON output"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from netra.evaluation.dataset import DEFAULT_PROFILE_DIRS, ProfileLibrary, load_labelled
    from netra.evaluation.report import render
    from netra.evaluation.runner import evaluate

    files = [Path(f) for f in args.files] or sorted(Path("data/labelled").glob("*.jsonl"))
    if not files:
        return fail(
            t("tidak ada berkas berlabel (data/labelled/*.jsonl)", "no labelled files found")
        )
    folders = [Path(d) for d in args.profile_dir or DEFAULT_PROFILE_DIRS]
    library = ProfileLibrary(folders)
    summary = {}
    try:
        sets = [(path, load_labelled(path)) for path in files]
        if len(sets) > 1:
            sets.append((Path("semua"), [r for _, records in sets for r in records]))
        for path, records in sets:
            result = evaluate(records, library)
            if args.json:
                summary[str(path)] = {
                    name: {
                        "n": s.n,
                        "macro_f1": round(s.macro_f1, 4),
                        "forbidden_flagged": round(s.forbidden_flagged, 4),
                        "allowed_called_forbidden": round(s.allowed_called_forbidden, 4),
                        "right_code": round(s.right_code, 4),
                        "confusion": s.confusion,
                    }
                    for name, s in result.scores.items()
                }
                continue
            print(render(str(path), result.scores))
            if args.misses:
                for miss in result.misses:
                    r = miss.record
                    print(
                        f"- {r.record.get('id')} label={r.label}{list(r.violations)} netra={miss.predicted}{list(miss.codes)}"
                    )
                    print(
                        f"  {r.record.get('action')}: {r.record.get('text', '')!r} / {r.record.get('target_text', '')!r}"
                    )
                    for media in r.record.get("media") or []:
                        print(f"  media: {media.get('caption')!r}")
                    print(f"  alasan: {miss.reasons}")
    except (ClassifierError, OSError) as exc:
        return fail(str(exc))
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0

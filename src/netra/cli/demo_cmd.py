"""`netra demo`: classify the shipped example activities and print a readable summary."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from netra.classify.errors import ClassifierError
from netra.cli.i18n import fail, t

EXAMPLES = Path("examples")


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "demo",
        help=t("jalankan contoh klasifikasi", "run the classification demo"),
        description=t(
            "Mengklasifikasikan examples/activities.jsonl terhadap profil contoh dan mencetak ringkasan.",
            "Classifies examples/activities.jsonl against the example profiles and prints a summary.",
        ),
    )
    parser.set_defaults(run=run)


def _highlight(text: str, start: int, end: int) -> str:
    return f"{text[:start]}[[{text[start:end]}]]{text[end:]}"


def run(args: argparse.Namespace) -> int:
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

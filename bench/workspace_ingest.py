"""Benchmark: `netra ingest` of 100,000 activities into a fresh SQLite database (issue 4).

Generates the same realistic mix as the classify benchmark, ties a third of the authors to a
roster of 5,000 ASN, then times ingest end to end (read, de-duplicate, link to the ASN, classify,
store activities and findings). Target: >= 2,000 activities/s on SQLite. Also times a second
ingest of the same file (all duplicates), which is what a retrying feeder costs.

    python bench/workspace_ingest.py [--records N]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="netra-bench-ingest-")
    os.environ.update(
        NETRA_HOME=home, NETRA_TESTING="True", DJANGO_SETTINGS_MODULE="netra.web.settings"
    )
    os.environ.pop("DATABASE_URL", None)

    from classify_throughput import generate

    source = Path(home) / "aktivitas.jsonl"
    generate(args.records, source)

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from netra.classify.reader import read_jsonl
    from netra.elections.services import active_classifier, election_load
    from netra.monitoring.ingest import ingest_records
    from netra.monitoring.models import Activity, Finding
    from netra.roster.models import Asn, LinkMethod, Opd, SocialAccount

    election_load(path=ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml", activate=True)
    election_load(path=ROOT / "examples/profiles/pilpres-2024.yaml", activate=True)
    opds = Opd.objects.bulk_create([Opd(code=f"OPD{i}", name=f"Dinas {i}") for i in range(20)])
    rng = random.Random(3)
    people = Asn.objects.bulk_create(
        [
            Asn(
                nip=f"19{rng.randint(60, 99)}0{rng.randint(1, 9)}1{rng.randint(0, 9)}20{rng.randint(10, 20)}0{rng.randint(1, 9)}1{i:03d}"[
                    :18
                ].ljust(18, "0"),
                name=f"ASN {i}",
                status="PNS",
                opd=rng.choice(opds),
            )
            for i in range(5000)
        ]
    )
    SocialAccount.objects.bulk_create(
        [
            SocialAccount(
                asn=p, platform="facebook", handle=f"asn{i}", link_method=LinkMethod.IMPORTED
            )
            for i, p in enumerate(people)
        ]
    )
    # A third of the records come from known accounts.
    lines = source.read_text(encoding="utf-8").splitlines()
    import json

    with source.open("w", encoding="utf-8") as out:
        for i, line in enumerate(lines):
            record = json.loads(line)
            record["platform"] = "facebook"
            if i % 3 == 0:
                record["author"] = f"asn{rng.randrange(5000)}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")

    classifier = active_classifier()

    def run() -> tuple[float, int]:
        start = time.perf_counter()
        count = 0
        with source.open("rb") as stream:
            items = ((item.data, item.error) for item in read_jsonl(stream, str(source)))
            for _ in ingest_records(items, classifier=classifier):
                count += 1
        return time.perf_counter() - start, count

    first, count = run()
    second, _ = run()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows = [
        ("aktivitas", f"{count:,}"),
        ("temuan dibuat", f"{Finding.objects.count():,}"),
        ("terkait ke ASN", f"{Activity.objects.filter(asn__isnull=False).count():,}"),
        (
            "ingest pertama",
            f"{count / first:,.0f} aktivitas/detik ({first:.1f} s)   target >= 2,000",
        ),
        (
            "ingest ulang (semua duplikat)",
            f"{count / second:,.0f} aktivitas/detik ({second:.1f} s)",
        ),
        ("memori puncak", f"{peak:,.0f} MB"),
    ]
    print(f"netra ingest, SQLite, {count:,} aktivitas")
    for label, value in rows:
        print(f"  {label:<32} {value}")


if __name__ == "__main__":
    main()

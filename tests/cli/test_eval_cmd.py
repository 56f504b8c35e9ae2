"""`netra eval` on a small labelled file: the figures, the three engines, and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_classify_cmd import netra

ROOT = Path(__file__).resolve().parents[2]
RECORDS = [
    {
        "id": "e1",
        "action": "post",
        "text": "BARA gaskeun!",
        "label": "forbidden",
        "violations": ["online_support"],
    },
    {
        "id": "e2",
        "action": "post",
        "text": "antre nomor 2 di samsat",
        "label": "allowed",
        "violations": [],
    },
    {
        "id": "e3",
        "action": "post",
        "text": "Debat semalam lucu, ada yang jawabannya ngawur",
        "label": "grey",
        "violations": [],
    },
]


def labelled(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "mini.jsonl"
    lines = [json.dumps({**r, "profiles": ["pilkada-sidomulyo-2024"]}) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_text_report_puts_netra_beside_its_rules_and_the_baseline(tmp_path: Path) -> None:
    result = netra(
        "eval", str(labelled(tmp_path, RECORDS)), "--profile-dir", str(ROOT / "examples/profiles")
    )
    assert result.returncode == 0, result.stderr
    assert "aturan saja" in result.stdout and "kata kunci" in result.stdout
    assert "macro-F1                                     1.000" in result.stdout


def test_json_report_has_every_engine(tmp_path: Path) -> None:
    path = labelled(tmp_path, RECORDS)
    result = netra("eval", str(path), "--json", "--profile-dir", str(ROOT / "examples/profiles"))
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)[str(path)]
    assert set(figures) == {"netra", "rules", "keyword"}
    assert figures["netra"]["macro_f1"] == 1.0
    assert figures["keyword"]["n"] == 3


def test_a_bad_label_names_the_line(tmp_path: Path) -> None:
    bad = [*RECORDS[:1], {**RECORDS[1], "label": "maybe"}]
    result = netra(
        "eval", str(labelled(tmp_path, bad)), "--profile-dir", str(ROOT / "examples/profiles")
    )
    assert result.returncode != 0
    assert "mini.jsonl baris 2: label" in result.stderr
    assert "Traceback" not in result.stderr

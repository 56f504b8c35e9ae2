"""The `netra classify` contract, through the real console entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import PILPRES, SIDOMULYO


def netra(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "netra.cli.main", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


RECORDS = [
    {"id": "a", "action": "post", "text": "BARA gaskeun!"},
    {"id": "b", "action": "post", "text": "antre nomor 2 di samsat"},
    {"id": "c", "action": "like", "target_text": "Ayo menangkan SADEWA nomor 3 #SADEWAjuara"},
]


def test_stdin_in_order_with_full_contract() -> None:
    stdin = "\n".join(json.dumps(r) for r in RECORDS) + "\n"
    result = netra("classify", "--profile", str(SIDOMULYO), stdin=stdin)
    assert result.returncode == 0, result.stderr
    out = lines(result.stdout)
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert [o["verdict"] for o in out] == ["forbidden", "allowed", "forbidden"]
    first = out[0]
    assert set(first) >= {
        "id",
        "verdict",
        "violations",
        "candidates",
        "score",
        "reasons",
        "ruleset",
        "stage",
    }
    assert first["candidates"] == [{"election": "pilkada-sidomulyo-2024", "number": 2}]
    reason = first["reasons"][0]
    assert set(reason) >= {"code", "rule", "basis", "field", "evidence", "start", "end", "note"}
    assert RECORDS[0]["text"][reason["start"] : reason["end"]] == reason["evidence"]
    assert "3 rekaman diklasifikasi" in result.stderr


def test_bad_records_are_replaced_and_exit_1(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps(RECORDS[0]),
                "{not json",
                json.dumps({"action": "post", "text": "tanpa id"}),
                json.dumps({"id": "x", "action": "dance"}),
                json.dumps({"id": "y", "action": "post", "text": 42}),
                json.dumps(RECORDS[1]),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = netra("classify", "--profile", str(SIDOMULYO), str(path))
    assert result.returncode == 1
    out = lines(result.stdout)
    assert len(out) == 6
    assert out[0]["verdict"] == "forbidden" and out[5]["verdict"] == "allowed"
    assert out[1]["id"] is None and "baris 2" in out[1]["error"]
    assert "id" in out[2]["error"]
    assert out[3]["id"] == "x" and "action" in out[3]["error"]
    assert out[4]["id"] == "y" and "text" in out[4]["error"]
    assert "4 tidak dapat dibaca" in result.stderr


def test_bad_profile_stops_before_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        SIDOMULYO.read_text(encoding="utf-8").replace("kind: pilkada", "kind: x"), encoding="utf-8"
    )
    result = netra("classify", "--profile", str(bad), stdin=json.dumps(RECORDS[0]) + "\n")
    assert result.returncode == 2
    assert result.stdout == ""
    assert str(bad) in result.stderr and "kind" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_input_file() -> None:
    result = netra("classify", "--profile", str(SIDOMULYO), "/nonexistent/in.jsonl")
    assert result.returncode == 2 and "/nonexistent/in.jsonl" in result.stderr


def test_csv_input_with_media_columns(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "id,action,text,target_text,media_type,media_caption\n"
        "1,post,Siap menangkan paslon 2!,,image,Pegawai berpose dua jari bersama Bagus Santoso di posko\n"
        '2,post,"Lantai 2, ruang rapat",,,\n',
        encoding="utf-8",
    )
    result = netra("classify", "--profile", str(SIDOMULYO), "--format", "csv", str(path))
    assert result.returncode == 0, result.stderr
    out = lines(result.stdout)
    assert out[0]["verdict"] == "forbidden" and "photo_with_candidate" in out[0]["violations"]
    assert out[1]["verdict"] == "allowed"


def test_several_profiles_and_multiple_files(tmp_path: Path) -> None:
    a = tmp_path / "a.jsonl"
    b = tmp_path / "b.jsonl"
    a.write_text(
        json.dumps({"id": "p", "action": "post", "text": "02 satu putaran, Prabowo-Gibran!"}) + "\n"
    )
    b.write_text(json.dumps(RECORDS[0]) + "\n")
    result = netra(
        "classify", "--profile", str(SIDOMULYO), "--profile", str(PILPRES), str(a), str(b)
    )
    out = lines(result.stdout)
    assert [o["id"] for o in out] == ["p", "a"]
    assert {c["election"] for c in out[0]["candidates"]} == {"pilpres-2024"}
    assert {c["election"] for c in out[1]["candidates"]} == {"pilkada-sidomulyo-2024"}


def test_help_in_both_languages() -> None:
    assert "pemakaian" in netra("classify", "--help").stdout
    english = netra("--lang", "en", "classify", "--help").stdout
    assert "Reads JSON Lines" in english

"""Workspace commands: token, profile load, ingest, user create (the CLI contract of issue 4)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from netra.cli.main import main
from netra.elections.models import Election
from netra.monitoring.models import Activity, ApiToken, Finding

ROOT = Path(__file__).resolve().parents[2]
SIDOMULYO = ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml"

pytestmark = pytest.mark.django_db


def test_token_create_prints_only_the_token_and_revoke(capsys) -> None:
    assert main(["token", "create", "pengumpul"]) == 0
    out = capsys.readouterr().out
    assert out.strip().startswith("ntr_") and len(out.strip().splitlines()) == 1
    assert main(["token", "create", "pengumpul"]) == 2
    assert "sudah ada" in capsys.readouterr().err
    assert main(["token", "revoke", "pengumpul"]) == 0
    assert ApiToken.objects.get(name="pengumpul").revoked_at is not None
    assert main(["token", "revoke", "pengumpul"]) == 2


def test_profile_load_activate_and_bad_profile(tmp_path, capsys) -> None:
    assert main(["profile", "load", str(SIDOMULYO), "--activate"]) == 0
    assert Election.objects.get().active
    bad = tmp_path / "rusak.yaml"
    bad.write_text("name: x\nkind: pemilu\n")
    assert main(["profile", "load", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "rusak.yaml" in err
    assert Election.objects.count() == 1


def test_ingest_file_reports_bad_lines_with_file_and_line(tmp_path, capsys) -> None:
    main(["profile", "load", str(SIDOMULYO), "--activate"])
    source = tmp_path / "umpan.jsonl"
    source.write_text(
        json.dumps({"id": "1", "action": "post", "text": "Dukung SADEWA nomor 3!"})
        + "\n"
        + "{rusak\n"
        + json.dumps({"id": "2", "action": "post", "text": "Selamat pagi rekan-rekan"})
        + "\n"
        + json.dumps({"id": "3", "action": "menari"})
        + "\n"
    )
    assert main(["ingest", str(source), "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert f"{source}:2" in err and f"{source}:4" in err
    assert "2 aktivitas baru" in err and "1 temuan" in err
    assert Activity.objects.count() == 2 and Finding.objects.count() == 1
    assert main(["ingest", str(source), "--no-progress"]) == 1
    assert "2 duplikat" in capsys.readouterr().err


def test_ingest_missing_file(capsys) -> None:
    assert main(["ingest", "/tidak/ada.jsonl"]) == 2
    assert "tidak ada" in capsys.readouterr().err


def test_user_create_monitor_needs_opd(capsys) -> None:
    from netra.accounts.models import User
    from netra.roster.models import Opd

    assert main(["user", "create", "budi", "--role", "opd_monitor"]) == 2
    Opd.objects.create(code="DISDIK", name="Dinas Pendidikan")
    assert main(["user", "create", "budi", "--role", "opd_monitor", "--opd", "DISDIK"]) == 0
    password = capsys.readouterr().out.strip()
    user = User.objects.get(username="budi")
    assert user.check_password(password) and user.opd.code == "DISDIK"

"""The demo world: generated deterministically, written through the services, consistent."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from netra.classify import load_profile
from netra.cli.demo_cmd import database_choice, reset_demo_home
from netra.demo.people import generate_roster
from netra.demo.posts import generate_activities, pairs_from_profile
from netra.demo.seed import CASE_STATES, DEMO_PASSWORD, DEMO_USERS, case_plan, seed_demo
from netra.roster.nip import nip_problem

ROOT = Path(__file__).resolve().parents[2]
SIDOMULYO = ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml"


def _world(seed: int, n_asn: int = 60, n: int = 300):
    rng = random.Random(seed)
    roster = generate_roster(rng, n_asn)
    pairs = pairs_from_profile(load_profile(SIDOMULYO))
    return roster, generate_activities(rng, roster, pairs, n, offenders=roster[:8])


def test_generation_is_deterministic_and_well_formed():
    roster, records = _world(7)
    again_roster, again_records = _world(7)
    assert [p.nip for p in roster] == [p.nip for p in again_roster]
    assert records == again_records
    assert [p.nip for p in _world(8)[0]] != [p.nip for p in roster]

    assert len(roster) == 60 and len(records) == 300
    assert len({p.nip for p in roster}) == len(roster)
    for person in roster:
        assert nip_problem(person.nip) is None, (person.nip, nip_problem(person.nip))
        assert person.nip[14] == str(person.sex)
        if person.status == "PPPK":  # NI PPPK: year, then PPPK code 2 and agreement count 1
            assert person.nip[12:14] == "21"
        assert person.status in ("PNS", "PPPK") and person.grade
    assert {p.status for p in roster} == {"PNS", "PPPK"}
    handles = [(a.platform, a.handle) for p in roster for a in p.accounts]
    assert len(handles) == len(set(handles))
    assert sum(1 for p in roster if p.accounts) >= 0.8 * len(roster)

    assert len({r["id"] for r in records}) == len(records)
    assert [r["created_at"] for r in records] == sorted(r["created_at"] for r in records)
    intents = Counter(r["demo_intent"] for r in records)
    assert intents["allowed"] > intents["grey"] + intents["forbidden"]
    assert intents["grey"] and intents["forbidden"]
    assert all(r["created_at"].startswith("2024-") for r in records)


def test_case_plan_spreads_states():
    # 24 cases plus the repeat offender's old Pilpres case make the demo's 25.
    assert Counter(case_plan(24)) == Counter(CASE_STATES)
    assert len(case_plan(30)) == 30
    assert len(set(case_plan(9))) == 9


@pytest.mark.django_db
def test_seeding_a_small_world():
    from netra.accounts.access import scoped
    from netra.accounts.models import User
    from netra.audit.chain import audit_verify
    from netra.cases.models import Case
    from netra.elections.models import Election
    from netra.monitoring.models import Activity, Finding
    from netra.roster.models import Asn, Opd

    report = seed_demo(n_asn=60, n_activities=500, n_cases=12, seed=11)

    assert Opd.objects.filter(parent=None).count() == 12
    assert Opd.objects.get(code="KEC-SU").children.count() == 2
    assert Asn.objects.count() == report.asn == 60
    assert all(nip_problem(nip) is None for nip in Asn.objects.values_list("nip", flat=True))
    assert Activity.objects.count() == report.activities >= 500
    assert Activity.objects.filter(asn__isnull=True).exists()  # some authors are unknown

    elections = {e.name: e.active for e in Election.objects.all()}
    assert elections == {"pilkada-sidomulyo-2024": True, "pilpres-2024": False}

    codes = Counter(c for codes in Finding.objects.values_list("codes", flat=True) for c in codes)
    assert len(codes) >= 4, codes
    assert {"forbidden", "grey"} <= set(Finding.objects.values_list("verdict", flat=True))
    assert Finding.objects.filter(status="diabaikan").exists()

    states = Counter(Case.objects.values_list("state", flat=True))
    assert sum(states.values()) == 12
    assert len(states) >= 6, states
    assert report.overdue >= 1
    assert sum(1 for c in Case.objects.all() if c.overdue) == report.overdue

    # One ASN proven in two elections: sanctioned in Pilpres 2024, again in Pilkada 2024.
    proven = ("rekomendasi", "diteruskan", "putusan", "selesai")
    repeat = [
        asn
        for asn in Asn.objects.filter(cases__state__in=proven).distinct()
        if asn.cases.filter(state__in=proven).values("election").distinct().count() == 2
    ]
    assert len(repeat) == 1
    old = repeat[0].cases.get(election__name="pilpres-2024")
    assert old.state == "selesai" and old.sanction.carried_out
    assert old.created_at.year == 2024

    users = {u.username: u for u in User.objects.all()}
    assert set(users) == {u.username for u in DEMO_USERS}
    assert all(u.check_password(DEMO_PASSWORD) for u in users.values())
    monitor = users["pemantau_disdik"]
    assert monitor.opd.code == "DISDIK"
    mine = scoped(monitor, Case.objects.all())
    assert mine.exists()
    assert all(c.opd.code in ("DISDIK", "SDN1-SDM", "SMPN2-SDM") for c in mine)

    chain = audit_verify()
    assert chain.ok and chain.checked > 20

    with pytest.raises(RuntimeError):
        seed_demo(n_asn=5, n_activities=5)  # never into a database that has data


@pytest.mark.django_db
def test_full_size_is_quick():
    report = seed_demo()
    assert report.asn == 300 and report.activities >= 3000
    assert sum(report.cases.values()) == 25
    assert report.seconds < 60


def test_database_choice_refuses_other_databases():
    assert database_choice({}, force=False) == ("sqlite", "")
    assert database_choice({"DATABASE_URL": " "}, force=False) == ("sqlite", "")
    verdict, message = database_choice({"DATABASE_URL": "postgres://u:p@h/db"}, force=False)
    assert verdict == "refuse" and "PostgreSQL" in message
    assert database_choice({"DATABASE_URL": "postgres://u:p@h/db"}, force=True)[0] == "url"


def test_reset_deletes_only_the_demo_database(tmp_path):
    home = tmp_path / "var" / "demo"
    (home / "evidence" / "ab").mkdir(parents=True)
    stored = home / "evidence" / "ab" / "abcdef"
    stored.write_bytes(b"x")
    stored.chmod(0o444)
    for name in ("netra.sqlite3", "netra.sqlite3-wal", "secret.key", "other.sqlite3"):
        (home / name).write_text("x")
    elsewhere = tmp_path / "var" / "netra.sqlite3"
    elsewhere.write_text("production")

    reset_demo_home(home)

    assert sorted(p.name for p in home.iterdir()) == ["other.sqlite3", "secret.key", "static"]
    assert elsewhere.read_text() == "production"


def _cli_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "NETRA_"))}
    env.pop("DATABASE_URL", None)
    return env


def test_netra_demo_no_serve(tmp_path):
    (tmp_path / "var" / "demo").mkdir(parents=True)
    (tmp_path / "var" / "demo" / "netra.sqlite3").write_text("an old demo database")
    (tmp_path / "var" / "netra.sqlite3").write_text("not the demo's")
    cmd = [sys.executable, "-m", "netra.cli.main", "demo", "--no-serve", "--asn", "25"]
    cmd += ["--activities", "200", "--cases", "6"]
    done = subprocess.run(cmd, cwd=tmp_path, env=_cli_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for user in DEMO_USERS:
        assert user.username in done.stdout
    assert DEMO_PASSWORD in done.stdout
    assert (tmp_path / "var" / "demo" / "netra.sqlite3").stat().st_size > 100_000
    assert (tmp_path / "var" / "netra.sqlite3").read_text() == "not the demo's"


def test_netra_demo_refuses_postgres(tmp_path):
    env = _cli_env() | {"DATABASE_URL": "postgres://netra:x@127.0.0.1:1/netra"}
    cmd = [sys.executable, "-m", "netra.cli.main", "demo", "--no-serve"]
    done = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode != 0
    assert "DATABASE_URL" in done.stderr
    assert not (tmp_path / "var").exists()

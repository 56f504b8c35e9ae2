"""Small builders for workspace tests: a realistic little Pemkot with one user per role."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netra.accounts.models import Role, User
from netra.elections.services import election_load
from netra.monitoring.ingest import ingest_records
from netra.monitoring.models import Finding
from netra.roster.models import Asn, LinkMethod, Opd, SocialAccount

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "kata-sandi-uji-yang-panjang"


@dataclass
class World:
    pendidikan: Opd
    sd: Opd
    kesehatan: Opd
    admin: User
    satgas: User
    monitor: User  # Dinas Pendidikan (and the SD below it)
    other_monitor: User  # Dinas Kesehatan
    viewer: User
    guru: Asn  # works at the SD, under Dinas Pendidikan
    perawat: Asn  # works at Dinas Kesehatan


def make_user(username: str, role: str, opd: Opd | None = None) -> User:
    return User.objects.create_user(
        username=username,
        password=PASSWORD,
        role=role,
        opd=opd,
        first_name=username.replace("_", " ").title(),
        is_superuser=role == Role.ADMIN,
        is_staff=role == Role.ADMIN,
    )


def build_world() -> World:
    from netra.classify.profile import load_profile  # noqa: F401  (profile file must parse)

    election_load(path=ROOT / "examples/profiles/pilkada-sidomulyo-2024.yaml", activate=True)
    pendidikan = Opd.objects.create(code="DISDIK", name="Dinas Pendidikan")
    sd = Opd.objects.create(code="SDN1", name="SD Negeri 1 Sidomulyo", parent=pendidikan)
    kesehatan = Opd.objects.create(code="DINKES", name="Dinas Kesehatan")
    guru = Asn.objects.create(
        nip="198503122010012003",
        name="Sri Wahyuni",
        status="PNS",
        position="Guru Kelas",
        grade="III/c",
        opd=sd,
    )
    perawat = Asn.objects.create(
        nip="199001012015032001",
        name="Dewi Lestari",
        status="PNS",
        position="Perawat",
        grade="III/a",
        opd=kesehatan,
    )
    SocialAccount.objects.create(
        asn=guru, platform="facebook", handle="sri.wahyuni85", link_method=LinkMethod.VERIFIED
    )
    SocialAccount.objects.create(
        asn=perawat, platform="instagram", handle="dewi_lestari", link_method=LinkMethod.VERIFIED
    )
    return World(
        pendidikan=pendidikan,
        sd=sd,
        kesehatan=kesehatan,
        admin=make_user("admin", Role.ADMIN),
        satgas=make_user("satgas", Role.SATGAS),
        monitor=make_user("pemantau_disdik", Role.OPD_MONITOR, pendidikan),
        other_monitor=make_user("pemantau_dinkes", Role.OPD_MONITOR, kesehatan),
        viewer=make_user("pimpinan", Role.VIEWER),
        guru=guru,
        perawat=perawat,
    )


def ingest(*records: dict) -> list:
    """Ingest records with the active elections' classifier; returns the results."""
    from netra.elections.services import active_classifier

    return list(ingest_records([(r, None) for r in records], classifier=active_classifier()))


def forbidden_finding(world: World, asn: Asn | None = None, n: int = 1) -> Finding:
    """A forbidden finding for `asn` (default: the teacher)."""
    asn = asn or world.guru
    account = asn.accounts.first()
    result = ingest(
        {
            "id": f"post-{asn.pk}-{n}",
            "action": "post",
            "platform": account.platform,
            "author": account.handle,
            "text": "Ayo dukung BARA nomor 2, Bagus-Ratna pasti menang! #BARAMenang",
            "created_at": "2024-10-10T09:00:00+07:00",
        }
    )[0]
    return Finding.objects.get(pk=result.finding)


def png_bytes(size: tuple[int, int] = (4, 4), color: str = "red") -> bytes:
    """A small real PNG, for evidence uploads."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG")
    return buffer.getvalue()

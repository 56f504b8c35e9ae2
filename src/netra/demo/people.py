"""The demo roster: OPD of the fictional Pemkab Sidomulyo, ASN with valid NIPs, and their accounts.

Pure functions of a random.Random, no database. Names avoid the candidates' names in
examples/profiles/pilkada-sidomulyo-2024.yaml so that a colleague is never mistaken for a candidate.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

# Appointments in the NIP are never after the demo's "now" (the Pilkada 2024 year).
LAST_APPOINTMENT = dt.date(2024, 6, 1)


@dataclass(frozen=True)
class OpdSpec:
    code: str
    name: str
    parent: str | None = None
    weight: float = 1.0  # share of the roster
    positions: tuple[str, ...] = ()


# Twelve OPD at the top, some with units below them (monitors of the parent see the units too).
OPDS: tuple[OpdSpec, ...] = (
    OpdSpec(
        "DISDIK",
        "Dinas Pendidikan",
        weight=3,
        positions=("analis_kebijakan", "pengadministrasi", "pengawas_sekolah", "bendahara"),
    ),
    OpdSpec(
        "SDN1-SDM",
        "SD Negeri 1 Sidomulyo",
        parent="DISDIK",
        weight=4,
        positions=("guru_kelas", "guru_kelas", "guru_kelas", "guru_pjok", "guru_agama"),
    ),
    OpdSpec(
        "SMPN2-SDM",
        "SMP Negeri 2 Sidomulyo",
        parent="DISDIK",
        weight=4,
        positions=("guru_mapel", "guru_mapel", "guru_mapel", "guru_bk", "guru_pjok"),
    ),
    OpdSpec(
        "DINKES",
        "Dinas Kesehatan",
        weight=2,
        positions=("analis_kesehatan", "epidemiolog", "pengadministrasi", "apoteker"),
    ),
    OpdSpec(
        "PKM-SU",
        "Puskesmas Sidomulyo Utara",
        parent="DINKES",
        weight=3,
        positions=("perawat", "perawat", "bidan", "bidan", "dokter", "nutrisionis", "sanitarian"),
    ),
    OpdSpec(
        "DPUPR",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        weight=2,
        positions=("teknik_jalan", "teknik_pengairan", "pengawas_lapangan", "pengadministrasi"),
    ),
    OpdSpec(
        "DINSOS",
        "Dinas Sosial",
        weight=1.5,
        positions=("pekerja_sosial", "penyuluh_sosial", "pengadministrasi"),
    ),
    OpdSpec(
        "DISKOMINFO",
        "Dinas Komunikasi dan Informatika",
        weight=1.5,
        positions=("pranata_komputer", "pranata_humas", "pengelola_medsos"),
    ),
    OpdSpec(
        "SATPOLPP",
        "Satuan Polisi Pamong Praja",
        weight=2,
        positions=("pol_pp", "pol_pp", "pol_pp", "pengadministrasi"),
    ),
    OpdSpec(
        "BKPSDM",
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        weight=1.2,
        positions=("analis_sdm", "pranata_sdm", "asesor_sdm"),
    ),
    OpdSpec(
        "INSPEKTORAT",
        "Inspektorat Daerah",
        weight=1,
        positions=("auditor", "auditor", "p2upd"),
    ),
    OpdSpec(
        "BAPPEDA",
        "Badan Perencanaan Pembangunan Daerah",
        weight=1,
        positions=("perencana", "perencana", "statistisi"),
    ),
    OpdSpec(
        "DISDUKCAPIL",
        "Dinas Kependudukan dan Pencatatan Sipil",
        weight=1.2,
        positions=("adminduk", "adminduk", "pengadministrasi"),
    ),
    OpdSpec(
        "KESBANGPOL",
        "Badan Kesatuan Bangsa dan Politik",
        weight=0.8,
        positions=("analis_politik", "pengadministrasi"),
    ),
    OpdSpec(
        "KEC-SU",
        "Kecamatan Sidomulyo Utara",
        weight=1.2,
        positions=("kasi_pemerintahan", "kasi_trantib", "pengadministrasi"),
    ),
    OpdSpec(
        "KEL-KRJ",
        "Kelurahan Karangrejo",
        parent="KEC-SU",
        weight=0.8,
        positions=("kasi_kelurahan", "pengadministrasi"),
    ),
    OpdSpec(
        "KEL-TGS",
        "Kelurahan Tegalsari",
        parent="KEC-SU",
        weight=0.8,
        positions=("kasi_kelurahan", "pengadministrasi"),
    ),
)

# The head of each top-level OPD (and unit), by code.
HEADS = {
    "DISDIK": "Kepala Dinas Pendidikan",
    "DINKES": "Kepala Dinas Kesehatan",
    "DPUPR": "Kepala Dinas PUPR",
    "DINSOS": "Kepala Dinas Sosial",
    "DISKOMINFO": "Kepala Dinas Kominfo",
    "SATPOLPP": "Kepala Satpol PP",
    "BKPSDM": "Kepala BKPSDM",
    "INSPEKTORAT": "Inspektur Daerah",
    "BAPPEDA": "Kepala Bappeda",
    "DISDUKCAPIL": "Kepala Disdukcapil",
    "KESBANGPOL": "Kepala Kesbangpol",
    "KEC-SU": "Camat Sidomulyo Utara",
    "KEL-KRJ": "Lurah Karangrejo",
    "KEL-TGS": "Lurah Tegalsari",
    "PKM-SU": "Kepala Puskesmas",
    "SDN1-SDM": "Kepala Sekolah",
    "SMPN2-SDM": "Kepala Sekolah",
}


@dataclass(frozen=True)
class Position:
    title: str
    education: str  # SMA, D3, S1, S2 (sets the entry grade)
    degrees: tuple[str, ...] = ()  # suffixes to pick from ("" = none)
    prefix: str = ""  # "dr.", "apt."
    pppk: float = 0.0  # chance this post is filled by a PPPK


POSITIONS: dict[str, Position] = {
    "guru_kelas": Position("Guru Kelas", "S1", ("S.Pd.", "S.Pd.SD", "S.Pd."), pppk=0.45),
    "guru_mapel": Position(
        "Guru Mata Pelajaran", "S1", ("S.Pd.", "S.Pd.", "S.Si.", "S.Pd., M.Pd."), pppk=0.4
    ),
    "guru_pjok": Position("Guru PJOK", "S1", ("S.Pd.", "S.Or."), pppk=0.4),
    "guru_agama": Position("Guru Pendidikan Agama Islam", "S1", ("S.Pd.I.", "S.Ag."), pppk=0.4),
    "guru_bk": Position("Guru Bimbingan Konseling", "S1", ("S.Pd.", "S.Psi."), pppk=0.3),
    "kepsek": Position("Kepala Sekolah", "S1", ("S.Pd., M.Pd.", "S.Pd.")),
    "pengawas_sekolah": Position("Pengawas Sekolah", "S2", ("S.Pd., M.Pd.", "M.Pd.")),
    "analis_kebijakan": Position("Analis Kebijakan", "S1", ("S.Sos.", "S.AP.", "S.E.")),
    "pengadministrasi": Position(
        "Pengadministrasi Perkantoran", "SMA", ("", "", "A.Md.", "S.E."), pppk=0.3
    ),
    "bendahara": Position("Bendahara Pengeluaran", "S1", ("S.E.", "S.Ak.")),
    "analis_kesehatan": Position("Administrator Kesehatan", "S1", ("S.KM.", "S.KM., M.Kes.")),
    "epidemiolog": Position("Epidemiolog Kesehatan", "S1", ("S.KM.",)),
    "apoteker": Position("Apoteker", "S1", ("S.Farm.",), prefix="apt."),
    "perawat": Position("Perawat", "D3", ("A.Md.Kep.", "S.Kep., Ners"), pppk=0.4),
    "bidan": Position("Bidan", "D3", ("A.Md.Keb.", "S.Tr.Keb."), pppk=0.4),
    "dokter": Position("Dokter Ahli Pertama", "S1", ("",), prefix="dr."),
    "nutrisionis": Position("Nutrisionis", "D3", ("A.Md.Gz.", "S.Gz.")),
    "sanitarian": Position("Sanitarian", "D3", ("A.Md.KL.",)),
    "teknik_jalan": Position("Teknik Jalan dan Jembatan", "S1", ("S.T.", "S.T., M.T.")),
    "teknik_pengairan": Position("Teknik Pengairan", "S1", ("S.T.",)),
    "pengawas_lapangan": Position("Pengawas Lapangan", "D3", ("A.Md.T.", "")),
    "pekerja_sosial": Position("Pekerja Sosial", "S1", ("S.Sos.", "S.Tr.Sos.")),
    "penyuluh_sosial": Position("Penyuluh Sosial", "S1", ("S.Sos.",), pppk=0.3),
    "pranata_komputer": Position("Pranata Komputer", "S1", ("S.Kom.", "A.Md.Kom.")),
    "pranata_humas": Position("Pranata Hubungan Masyarakat", "S1", ("S.I.Kom.", "S.Sos.")),
    "pengelola_medsos": Position("Pengelola Media Sosial", "S1", ("S.I.Kom.", "S.Ds."), pppk=0.5),
    "pol_pp": Position("Polisi Pamong Praja", "SMA", ("",)),
    "analis_sdm": Position("Analis SDM Aparatur", "S1", ("S.Psi.", "S.H.", "S.AP.")),
    "pranata_sdm": Position("Pranata SDM Aparatur", "D3", ("A.Md.", "")),
    "asesor_sdm": Position("Asesor SDM Aparatur", "S2", ("S.Psi., M.Psi.",)),
    "auditor": Position("Auditor", "S1", ("S.E., Ak.", "S.Ak.", "S.E.")),
    "p2upd": Position(
        "Pengawas Penyelenggaraan Urusan Pemerintahan Daerah", "S1", ("S.H.", "S.IP.")
    ),
    "perencana": Position("Perencana", "S1", ("S.T., M.T.", "S.E., M.Si.", "S.Si.")),
    "statistisi": Position("Statistisi", "S1", ("S.Stat.", "S.Si.")),
    "adminduk": Position("Administrator Database Kependudukan", "D3", ("A.Md.Kom.", "S.Kom.")),
    "analis_politik": Position("Analis Politik dan Pemerintahan", "S1", ("S.IP.", "S.Sos.")),
    "kasi_pemerintahan": Position("Kepala Seksi Pemerintahan", "S1", ("S.STP", "S.Sos.")),
    "kasi_trantib": Position("Kepala Seksi Ketenteraman dan Ketertiban", "S1", ("S.H.", "S.Sos.")),
    "kasi_kelurahan": Position("Kepala Seksi Pelayanan Umum", "S1", ("S.AP.", "S.Sos.")),
}

# Heads whose post follows their profession (a school is led by a teacher, a puskesmas by a doctor).
HEAD_POSITIONS = {"SDN1-SDM": "kepsek", "SMPN2-SDM": "kepsek", "PKM-SU": "dokter"}
HEAD_DEGREES = {
    "DISDIK": ("S.Pd., M.Pd.", "Drs.|M.Pd."),
    "DINKES": ("dr.|M.Kes.", "S.KM., M.Kes."),
    "DPUPR": ("S.T., M.T.", "Ir.|M.T."),
    "DINSOS": ("S.Sos., M.Si.",),
    "DISKOMINFO": ("S.Kom., M.T.", "S.Sos., M.Si."),
    "SATPOLPP": ("S.H., M.H.", "S.Sos., M.Si."),
    "BKPSDM": ("S.Psi., M.Si.", "S.H., M.AP."),
    "INSPEKTORAT": ("S.E., Ak., M.M.", "S.H., M.H."),
    "BAPPEDA": ("S.T., M.Eng.", "S.E., M.Si."),
    "DISDUKCAPIL": ("S.Sos., M.AP.",),
    "KESBANGPOL": ("S.IP., M.Si.", "Drs.|M.Si."),
    "KEC-SU": ("S.STP, M.Si.",),
    "KEL-KRJ": ("S.STP",),
    "KEL-TGS": ("S.STP", "S.Sos."),
}
HEAD_POSITION = Position("", "S2", ("S.Sos., M.Si.",))

# Javanese-heavy, as in a regency on Java, with names from elsewhere in Indonesia.
MALE = (
    "Agus", "Budi", "Joko", "Wahyu", "Eko", "Bambang", "Heru", "Rudi", "Andi", "Teguh",
    "Yudi", "Arif", "Fajar", "Rizki", "Imam", "Hadi", "Sigit", "Gunawan", "Taufik", "Irfan",
    "Dedi", "Suryo", "Nur Hidayat", "Muhammad Rizal", "Ahmad Fauzi", "Yusuf", "Adi", "Prasetyo",
    "Dimas", "Bayu", "Galih", "Wawan", "Sutrisno", "Sugeng", "Supriyadi", "Triyono", "Darmawan",
    "Hari", "Ilham", "Kurniawan", "Lukman", "Mulyadi", "Nanang", "Rahmat", "Samsul", "Tono",
    "Yoga", "Zainal", "Aditya", "Fikri", "Hendro", "Irwan", "Jatmiko", "Krisna", "Pandu",
)  # fmt: skip
FEMALE = (
    "Sri", "Siti", "Nur", "Rina", "Yuli", "Endang", "Tri", "Ika", "Fitri", "Wulan", "Anisa",
    "Ayu", "Indah", "Putri", "Kartika", "Novi", "Lina", "Ratih", "Dian", "Eka", "Retno",
    "Rini", "Sulastri", "Suharti", "Winarni", "Yanti", "Aisyah", "Fatimah", "Laila", "Maya",
    "Nisa", "Oktaviani", "Puji", "Rahayu Ningsih", "Sekar", "Tutik", "Umi", "Vina", "Wiwik",
    "Yeni", "Zahra", "Desi", "Erna", "Heni", "Intan", "Kiki", "Mega", "Nanik", "Sari Dewanti",
)  # fmt: skip
MALE_LAST = (
    "Prasetyo", "Wibowo", "Setiawan", "Hidayat", "Saputra", "Nugroho", "Kurniawan", "Purnomo",
    "Susanto", "Pratama", "Firmansyah", "Siregar", "Nasution", "Harahap", "Simanjuntak", "Lubis",
    "Tanjung", "Sitompul", "Wijaya", "Hartono", "Suharto", "Utomo", "Wicaksono", "Ramadhan",
    "Maulana", "Hakim", "Syahputra", "Gultom", "Pangaribuan", "Rangkuti", "Hasibuan", "Nainggolan",
    "Mahendra", "Permana", "Sudrajat", "Subekti", "Haryanto", "Rohman", "Mustofa", "Sholeh",
)  # fmt: skip
FEMALE_LAST = (
    "Wulandari", "Rahmawati", "Handayani", "Puspitasari", "Kusumawati", "Susanti", "Anggraini",
    "Safitri", "Permatasari", "Maharani", "Purwanti", "Yuliani", "Astuti", "Nurhayati",
    "Hartati", "Lestyaningsih", "Widyastuti", "Fitriani", "Rohmah", "Setyowati", "Utami",
    "Wahyuningsih", "Kurniasih", "Marlina", "Siregar", "Nasution", "Harahap", "Lubis",
    "Novitasari", "Pertiwi", "Sulistyowati", "Indrawati", "Damayanti", "Oktavia", "Zulaikha",
)  # fmt: skip

PNS_GRADES = (
    "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c",
)  # fmt: skip
ENTRY = {"SMA": 0, "D3": 2, "S1": 4, "S2": 5}
PPPK_GRADES = {"SMA": "V", "D3": "VII", "S1": "IX", "S2": "X"}

PLATFORMS = (("facebook", 0.78), ("instagram", 0.55), ("tiktok", 0.3), ("x", 0.2))
LINK_METHODS = (
    ("diverifikasi", 0.45),
    ("impor", 0.35),
    ("dilaporkan_sendiri", 0.15),
    ("dugaan", 0.05),
)


@dataclass
class AccountSpec:
    platform: str
    handle: str
    link_method: str

    @property
    def url(self) -> str:
        base = {
            "facebook": "https://www.facebook.com/",
            "instagram": "https://www.instagram.com/",
            "tiktok": "https://www.tiktok.com/@",
            "x": "https://x.com/",
        }[self.platform]
        return base + self.handle


@dataclass
class AsnSpec:
    nip: str
    name: str  # with degrees, as on the roster
    plain_name: str  # without degrees, for handles
    sex: int  # 1 male, 2 female (the NIP's 15th digit)
    status: str  # PNS or PPPK
    position: str
    grade: str
    opd: str  # OPD code
    born: dt.date
    accounts: list[AccountSpec] = field(default_factory=list)

    @property
    def first_name(self) -> str:
        return self.plain_name.split()[0]


def _choice_weighted(rng: random.Random, pairs) -> str:
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights=weights)[0]


def make_nip(
    *, born: dt.date, appointed: dt.date, sex: int, serial: int, status: str = "PNS"
) -> str:
    """18 digits: birth date, appointment year and month, sex (1/2), three-digit serial.

    A PPPK number (NI PPPK) has the appointment year, then the PPPK code 2 and the agreement
    count 1 where a PNS has the month (see netra.roster.nip).
    """
    appointment = f"{appointed:%Y}21" if status == "PPPK" else f"{appointed:%Y%m}"
    return f"{born:%Y%m%d}{appointment}{sex}{serial:03d}"


def _birth_and_appointment(rng: random.Random, status: str, head: bool) -> tuple[dt.date, dt.date]:
    if head:
        year = rng.randint(1966, 1978)
    elif status == "PPPK":
        year = rng.randint(1970, 1998)
    else:
        year = rng.randint(1966, 1998)
    born = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    if status == "PPPK":
        # PPPK waves: 2019, 2021-2023 (teachers and health workers first), TMT mostly 1 Jan or 1 Mar.
        a_year = rng.choice((2019, 2021, 2022, 2022, 2023, 2023, 2024))
        a_month = rng.choice((1, 3, 4, 7)) if a_year < 2024 else rng.choice((1, 3, 4))
    else:
        low = born.year + 22
        high = min(born.year + 35, LAST_APPOINTMENT.year - 1)
        a_year = rng.randint(min(low, high), high)
        a_month = rng.choice((1, 1, 3, 3, 4, 12, 2))
    return born, dt.date(a_year, a_month, 1)


def _name(rng: random.Random, sex: int, taken: set[str]) -> str:
    first, last = (MALE, MALE_LAST) if sex == 1 else (FEMALE, FEMALE_LAST)
    for _ in range(50):
        shape = rng.random()
        if shape < 0.15 and " " not in (given := rng.choice(first)):
            name = given  # a single name, still common on Java
        elif shape < 0.3:
            name = f"{rng.choice(first)} {rng.choice(first)} {rng.choice(last)}"
        else:
            name = f"{rng.choice(first)} {rng.choice(last)}"
        words = name.split()
        if len(set(words)) == len(words) and name not in taken:
            taken.add(name)
            return name
    name = f"{rng.choice(first)} {rng.choice(last)} {len(taken)}"
    taken.add(name)
    return name


def _with_degrees(
    rng: random.Random, plain: str, position: Position, head: bool, sex: int, opd: str
) -> str:
    degrees = HEAD_DEGREES.get(opd, position.degrees) if head and opd in HEAD_DEGREES else None
    degree = rng.choice(degrees or position.degrees or ("",))
    prefix = position.prefix
    if "|" in degree:  # "dr.|M.Kes.": a title before the name and one after
        prefix, degree = degree.split("|")
    if head and rng.random() < 0.3:
        # A hajj title, common among senior officials.
        prefix = f"{prefix} {'H.' if sex == 1 else 'Hj.'}".strip()
    name = f"{prefix} {plain}".strip()
    return f"{name}, {degree}" if degree else name


def _grade(rng: random.Random, position: Position, status: str, appointed: dt.date, head: bool):
    if status == "PPPK":
        return PPPK_GRADES[position.education]
    years = LAST_APPOINTMENT.year - appointed.year
    index = ENTRY[position.education] + years // 4 + (1 if rng.random() < 0.2 else 0)
    cap = 10 if head else 9
    if head:
        index = max(index, 8)
    return PNS_GRADES[min(index, cap)]


_SLUG = re.compile(r"[^a-z0-9]+")


def _handle_options(rng: random.Random, person: AsnSpec, platform: str) -> list[str]:
    words = [_SLUG.sub("", w.lower()) for w in person.plain_name.split()]
    words = [w for w in words if w]
    yy = f"{person.born:%y}"
    first = words[0]
    if len(words) > 1:
        last = words[-1]
    else:  # a single name: people add where they work or their year of birth
        last = {"DISDIK": "disdik", "DINKES": "dinkes", "SATPOLPP": "polpp"}.get(
            person.opd, rng.choice(("sidomulyo", "smd", f"19{yy}", "jateng"))
        )
    job = {
        "Guru": "guru",
        "Perawat": "ners",
        "Bidan": "bidan",
        "Polisi Pamong Praja": "satpolpp",
        "Dokter Ahli Pertama": "dokter",
    }
    tag = next((v for k, v in job.items() if person.position.startswith(k)), "")
    sep = "." if platform in ("facebook", "instagram") else "_"
    options = [
        f"{first}{sep}{last}",
        f"{first}{sep}{last}{yy}",
        f"{first}{last}{rng.randint(1, 99)}",
        f"{last}{sep}{first}",
        f"{first}{sep}{yy}",
    ]
    if tag:
        options.insert(1, f"{tag}{sep}{first}")
        options.append(f"{first}{sep}{tag}{sep}sidomulyo")
    if platform == "tiktok":
        options.insert(0, f"{first}{sep}official")
    return options


def _accounts(rng: random.Random, person: AsnSpec, used: set[tuple[str, str]]) -> None:
    if rng.random() < 0.1:
        return  # about one in ten has no account the Satgas knows of
    for platform, chance in PLATFORMS:
        if rng.random() >= chance:
            continue
        options = _handle_options(rng, person, platform)
        rng.shuffle(options)
        handle = next((h for h in options if (platform, h) not in used), None)
        if handle is None:
            handle = f"{options[0]}{len(used)}"
        used.add((platform, handle))
        person.accounts.append(AccountSpec(platform, handle, _choice_weighted(rng, LINK_METHODS)))
    if not person.accounts:
        handle = f"{_handle_options(rng, person, 'facebook')[0]}{rng.randint(100, 999)}"
        used.add(("facebook", handle))
        person.accounts.append(AccountSpec("facebook", handle, "impor"))


def generate_roster(rng: random.Random, n_asn: int) -> list[AsnSpec]:
    """`n_asn` ASN spread over OPDS by weight: one head per OPD first, then staff."""
    taken_names: set[str] = set()
    taken_nips: set[str] = set()
    used_handles: set[tuple[str, str]] = set()
    people: list[AsnSpec] = []

    def person(opd: OpdSpec, key: str | None, head: bool) -> AsnSpec:
        position = HEAD_POSITION if head else POSITIONS[key]  # type: ignore[index]
        if head and opd.code in HEAD_POSITIONS:
            position = POSITIONS[HEAD_POSITIONS[opd.code]]
        status = "PPPK" if not head and rng.random() < position.pppk else "PNS"
        sex = 1 if rng.random() < (0.62 if head else 0.48) else 2
        if key in ("bidan",):
            sex = 2
        born, appointed = _birth_and_appointment(rng, status, head)
        plain = _name(rng, sex, taken_names)
        while True:
            nip = make_nip(
                born=born, appointed=appointed, sex=sex, serial=rng.randint(1, 999), status=status
            )
            if nip not in taken_nips:
                taken_nips.add(nip)
                break
        title = HEADS.get(opd.code, "Kepala") if head else position.title
        spec = AsnSpec(
            nip=nip,
            name=_with_degrees(rng, plain, position, head, sex, opd.code),
            plain_name=plain,
            sex=sex,
            status=status,
            position=title,
            grade=_grade(rng, position, status, appointed, head),
            opd=opd.code,
            born=born,
        )
        _accounts(rng, spec, used_handles)
        return spec

    heads = [opd for opd in OPDS if opd.code in HEADS]
    for opd in heads[: min(len(heads), max(n_asn // 6, 1))]:
        people.append(person(opd, None, head=True))
    weights = [opd.weight for opd in OPDS]
    while len(people) < n_asn:
        opd = rng.choices(OPDS, weights=weights)[0]
        people.append(person(opd, rng.choice(opd.positions), head=False))
    return people

"""Demo activity: posts, comments, likes, shares and follows of the demo ASN over Pilkada 2024.

Records come out in the classify input format (id, action, text, target_text, created_at,
platform, author, url, media). Most are the ordinary content of civil servants; a minority is grey
or forbidden, written from varied templates with everyday slang. The intended zone of each
template (`intent`) is kept in the record under "demo_intent" for curiosity; the classifier never
reads it and the workspace shows the classifier's own verdict.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from netra.demo.people import AsnSpec

WIB = dt.timezone(dt.timedelta(hours=7))


@dataclass(frozen=True)
class Pair:
    """A candidate pair as the templates use it."""

    number: int
    names: tuple[str, ...]
    aliases: tuple[str, ...]
    hashtags: tuple[str, ...]
    parties: tuple[str, ...]


def pairs_from_profile(profile) -> list[Pair]:
    return [
        Pair(
            c.number,
            tuple(c.names),
            tuple(c.aliases) or (c.names[0],),
            tuple(c.hashtags) or (),
            tuple(c.parties),
        )
        for c in profile.candidates
    ]


# --- the calendar of Pilkada 2024 (Sidomulyo profile) ----------------------------------------

STAGES = {
    "pra": (dt.date(2024, 5, 1), dt.date(2024, 9, 21)),  # before candidates are set
    "kampanye": (dt.date(2024, 9, 25), dt.date(2024, 11, 23)),
    "tenang": (dt.date(2024, 11, 24), dt.date(2024, 11, 26)),
    "coblos": (dt.date(2024, 11, 27), dt.date(2024, 11, 27)),
    "pasca": (dt.date(2024, 11, 28), dt.date(2024, 12, 20)),
}
ALL_YEAR = (("pra", 4), ("kampanye", 5), ("tenang", 0.3), ("coblos", 0.2), ("pasca", 1.2))
CAMPAIGN = (("kampanye", 8), ("tenang", 1), ("coblos", 0.5), ("pra", 0.5))
EARLY = (("pra", 1),)
VOTING = (("tenang", 1), ("coblos", 2))


def _moment(rng: random.Random, windows) -> dt.datetime:
    names, weights = zip(*windows, strict=True)
    start, end = STAGES[rng.choices(names, weights=weights)[0]]
    day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
    hour = rng.choices(
        range(24), weights=[1, 0, 0, 0, 1, 3, 5, 8, 6, 5, 5, 5, 7, 5, 4, 4, 5, 6, 7, 8, 9, 8, 5, 3]
    )[0]
    return dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), tzinfo=WIB)


# --- word pools -------------------------------------------------------------------------------

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
FOOD = (
    "soto lamongan", "bakso urat", "nasi pecel", "mie ayam", "sate kambing", "gudeg", "rawon",
    "seblak", "es dawet", "tahu campur", "lontong sayur", "pecel lele", "nasi goreng kampung",
    "tengkleng", "sego kucing", "mendoan", "bebek goreng", "garang asem",
)  # fmt: skip
PLACES = (
    "alun-alun Sidomulyo", "Pasar Legi", "Waduk Sidomulyo", "jalan Diponegoro", "perempatan Tugu",
    "Taman Kota", "GOR Sidomulyo", "terminal lama", "jembatan Kali Bening", "jalan Ahmad Yani",
)  # fmt: skip
SPORT = (
    "badminton", "futsal", "voli", "sepeda santai", "jalan sehat", "senam Jumat", "tenis meja",
    "lari pagi", "mancing", "catur",
)  # fmt: skip
KIDS = ("si kakak", "si adek", "anak wedok", "si sulung", "si bungsu", "krucil", "si kecil")
OFFICES = ("kantor", "dinas", "bidang", "sekolah", "puskesmas", "kecamatan", "kelurahan")
TAILS = (
    "", "", "", "", " 🙏", " 😁", "!!", " 💪", " wkwk", " lur", " gaes", " cuy", " 😅", " ❤️",
    " 🤲", " mantul", " hehe", " 👍",
)  # fmt: skip
SLANG = {
    "yang": ("yg",),
    "tidak": ("gak", "nggak", "gk", "ndak"),
    "sudah": ("udah", "udh", "wis"),
    "dengan": ("dgn", "sama"),
    "banget": ("bgt", "pol"),
    "sama": ("sm",),
    "untuk": ("utk", "buat"),
    "saja": ("aja",),
    "bagaimana": ("gmn", "gimana"),
    "terima kasih": ("makasih", "trims", "matur nuwun"),
}
SLANG_RE = re.compile(r"\b(" + "|".join(re.escape(k) for k in SLANG) + r")\b")
UNKNOWN_HANDLES = (
    "warga_sidomulyo", "info.sidomulyo", "akun_receh99", "sidomulyo.update", "mas_anon_12",
    "kabar.pantura", "netizen.budiman", "bunda_kece88", "rakyat.jelata", "mbak_rara.id",
    "pengamat.lokal", "si_paling_tau", "suara_warga", "arek.sidomulyo", "kopi.pagi.99",
    "lambe_sidomulyo", "dulur.sidomulyo", "ojol.sidomulyo", "pedagang.pasar", "guru.honorer.21",
)  # fmt: skip


def _casual(rng: random.Random, text: str) -> str:
    """Everyday spelling: abbreviations, lower case, a tail of slang or emoji."""
    if rng.random() < 0.45:
        text = SLANG_RE.sub(lambda m: rng.choice(SLANG[m.group(1)]), text)
    if rng.random() < 0.2:
        text = text.lower()
    if text and text[-1] not in "!?.🙏💪" and rng.random() < 0.6:
        text += rng.choice(TAILS)
    return text


@dataclass
class Ctx:
    """What a template may use: the random source, the pairs and the author."""

    rng: random.Random
    pairs: Sequence[Pair]
    author: AsnSpec | None

    def pick(self, seq):
        return self.rng.choice(seq)

    def pair(self) -> Pair:
        return self.rng.choice(self.pairs)

    def alias(self, pair: Pair) -> str:
        return self.rng.choice(pair.aliases)

    def tag(self, pair: Pair) -> str:
        return self.rng.choice(pair.hashtags) if pair.hashtags else f"#{pair.aliases[0]}"


Template = Callable[[Ctx], dict]


def post(text: str, **extra) -> dict:
    return {"action": "post", "text": text, **extra}


def photo(caption: str) -> list[dict]:
    return [{"type": "image", "caption": caption}]


# --- allowed: what civil servants post every day ---------------------------------------------

OFFICE_LINES = (
    "Apel pagi hari {day} dipimpin langsung Pak Sekda. Semangat melayani masyarakat Sidomulyo",
    "Rapat koordinasi penyusunan RKA 2025 di ruang rapat {office}, lanjut sampai sore",
    "Bimtek aplikasi SRIKANDI hari kedua, mohon doanya lancar",
    "Alhamdulillah laporan SPJ triwulan III sudah beres, tinggal unggah",
    "Upacara Hari Sumpah Pemuda di halaman kantor bupati, panas tapi khidmat",
    "Lagi input e-kinerja, servernya lemot banget 😩",
    "Persiapan audit BPK, lembur dulu sampai malam",
    "Kerja bakti bersih-bersih saluran air di depan kantor kelurahan",
    "Pelatihan Kepemimpinan Pengawas angkatan II resmi dibuka hari ini",
    "Monev dana BOS di sekolah binaan, alhamdulillah administrasinya tertib",
    "Penilaian akreditasi puskesmas minggu depan, semua unit siap-siap",
    "Selamat datang rekan-rekan CPNS formasi 2024 di lingkungan Pemkab Sidomulyo",
    "Rapat evaluasi SAKIP bersama Inspektorat, banyak catatan perbaikan",
    "Hari ini pelayanan tetap buka sampai jam 15.00 ya bapak ibu",
    "Terima kasih atas kunjungan studi tiru dari kabupaten tetangga",
    "Upacara HUT RI ke-79 di alun-alun, merinding dengar Indonesia Raya",
    "Selamat purna tugas Bu Kabid, terima kasih atas bimbingannya selama ini",
    "Hari pertama masuk sekolah, anak-anak kelas 1 masih malu-malu",
    "Ujian praktik kelas 9 hari ini, semoga nilainya bagus semua",
    "Razia PKL di trotoar jalan Ahmad Yani, persuasif dan humanis",
    "Patroli malam Satpol PP bersama linmas, situasi kondusif",
    "Sosialisasi aplikasi SIPD ke seluruh bendahara OPD",
)
RELIGIOUS_LINES = (
    "Selamat memperingati Maulid Nabi Muhammad SAW 1446 H, semoga kita mendapat syafaatnya",
    "Jumat berkah, jangan lupa sedekah",
    "Selamat Hari Natal bagi rekan-rekan yang merayakan, damai selalu",
    "Selamat Tahun Baru Islam 1446 H, semoga lebih baik dari tahun kemarin",
    "Alhamdulillah khatam tadarus bareng ibu-ibu pengajian dharma wanita",
    "Kajian rutin ba'da Dzuhur di musala kantor, monggo merapat",
    "Selamat Idul Adha 1445 H, mohon maaf lahir dan batin",
    "Selamat Hari Raya Galungan dan Kuningan untuk saudara umat Hindu",
    "Doa bersama menjelang ujian sekolah, semoga anak-anak diberi kemudahan",
    "Alhamdulillah bisa ikut santunan anak yatim di masjid kampung",
)
FAMILY_LINES = (
    "Selamat ulang tahun {kid}, jadi anak sholeh ya nak 🎂",
    "Wisuda TK {kid}, bapaknya yang malah terharu wkwk",
    "Quality time sama keluarga di {place}",
    "Mudik ke rumah mbah di Klaten, anak-anak seneng banget",
    "Anniversary ke-{n} bareng istri tercinta ❤️",
    "Nemenin {kid} lomba mewarnai, juara harapan 2 alhamdulillah",
    "Ibu sudah sehat kembali, terima kasih doanya semua",
    "Arisan keluarga besar bulan ini di rumah budhe",
    "{kid} pertama kali naik sepeda tanpa roda bantu 🥹",
    "Liburan singkat ke pantai, bocil gak mau pulang",
)
FOOD_LINES = (
    "Sarapan {food} dekat {place}, mantul",
    "Makan siang bareng tim, {food} porsinya jumbo",
    "Rekomendasi {food} paling enak di Sidomulyo dong?",
    "Ngopi dulu biar nggak ngantuk ☕",
    "Hujan-hujan gini enaknya {food} sama teh anget",
    "Nyobain {food} yang lagi viral, ternyata biasa aja hehe",
    "Bekal dari rumah: {food} buatan istri, alhamdulillah",
)
SPORT_LINES = (
    "{sport} sore bareng rekan kantor, keringetan tapi seneng",
    "Mantap timnas Garuda menang tadi malam! 🇮🇩",
    "Juara 3 lomba {sport} antar OPD, alhamdulillah",
    "Partai ganda campuran final tadi seru banget",
    "Jalan sehat HUT Kabupaten Sidomulyo, rame pol",
    "Target 10 ribu langkah hari ini tercapai 🏃",
    "Latihan {sport} tiap Jumat sore, yang mau gabung monggo",
    "Nonton bareng liga 1 di pos ronda, Persisid kalah 1-2 😭",
)
TRAFFIC_LINES = (
    "Macet parah di {place}, ada perbaikan jalan. Cari jalan lain ya",
    "Hujan deres, {place} banjir sebetis, hati-hati yang lewat",
    "Lampu merah perempatan Tugu mati, sudah diatur petugas",
    "Jalan berlubang di {place} sudah ditambal, terima kasih DPUPR",
    "Pohon tumbang di {place}, arus lalu lintas dialihkan sementara",
    "Antre nomor 2 di loket Samsat dari jam 7 pagi, sabar sabar",
)
SERVICE_LINES = (
    "Posyandu balita di Kelurahan Karangrejo hari {day} jam 08.00, jangan lupa bawa buku KIA",
    "Kampanye imunisasi polio di SD Negeri 1 hari ini, terima kasih para kader posyandu",
    "Layanan perekaman KTP-el jemput bola di kantor kecamatan Sabtu ini",
    "Bayar PBB sekarang bisa lewat m-banking, nggak perlu antre lagi",
    "Pemeriksaan kesehatan gratis untuk lansia di puskesmas setiap Kamis",
    "Info pemadaman listrik bergilir wilayah Tegalsari besok pagi",
    "Vaksinasi rabies gratis untuk anjing dan kucing di balai desa",
    "Pendaftaran beasiswa daerah untuk mahasiswa kurang mampu dibuka sampai akhir bulan",
    "Waspada DBD musim hujan, lakukan 3M plus di rumah masing-masing",
    "Layanan Dukcapil buka Sabtu-Minggu di mal pelayanan publik",
    "Penyaluran bantuan pangan beras tahap II sesuai data DTKS, cek nama di kelurahan",
    "Nomor pengaduan layanan Satpol PP aktif 24 jam, silakan hubungi bila ada gangguan",
)
TURNOUT_LINES = (
    "Jangan golput! Datang ke TPS 27 November, siapapun pilihannya tetap rukun 🗳️",
    "Sudah cek nama di DPT? Cek di cekdptonline.kpu.go.id ya",
    "Ayo gunakan hak pilih pada 27 November, satu suara menentukan masa depan Sidomulyo",
    "Besok libur nasional pemungutan suara, yuk ke TPS pagi-pagi",
    "Pilkada damai, beda pilihan tetap saudara",
    "Hari ini jadi KPPS di TPS 08, mulai jam 6 pagi. Semoga lancar dan jurdil",
    "Sudah nyoblos, tinta ungu sudah di jari. Yang belum, segera ke TPS sebelum jam 13.00",
    "Datang ke TPS bawa undangan C6 dan KTP-el ya",
)
NEUTRAL_LINES = (
    "Rekan-rekan ASN, ingat ya: dilarang like, share, komen postingan paslon manapun. Jaga netralitas sampai 27 November!",
    "ASN netral, Pilkada damai. Mari jaga marwah korps",
    "Sosialisasi netralitas ASN di aula BKPSDM hari ini, narasumber dari Bawaslu",
    "Netralitas ASN bukan pilihan, tapi kewajiban. Jangan sampai karier hancur gara-gara jempol",
    "Penandatanganan pakta integritas netralitas ASN se-Kabupaten Sidomulyo",
)
COLLEAGUE_POSTS = (
    "Alhamdulillah hari ini dilantik sebagai Kepala Bidang Bina Marga, mohon doa dan bimbingannya",
    "Terima kasih rekan-rekan atas kejutan ulang tahunnya 🎂",
    "Selamat atas kelulusan S2 ibu Kasi, barakallah",
    "Foto kenangan bimtek angkatan III, kompak selalu",
    "Duka cita mendalam atas berpulangnya ayahanda rekan kami di Bagian Umum",
)
COLLEAGUE_REPLIES = (
    "Selamat pak, semoga amanah 🙏",
    "Aamiin, ikut senang bu",
    "Keren, sukses terus!",
    "Turut berduka cita, semoga almarhum husnul khotimah",
    "Mantap, kapan-kapan ajak lagi",
    "Barakallah 🤲",
)
OFFICIAL_INFO = (
    "Info resmi KPU Kabupaten Sidomulyo: pemungutan suara Rabu 27 November 2024 pukul 07.00-13.00 di TPS masing-masing.",
    "Bawaslu Kabupaten Sidomulyo membuka posko pengaduan pelanggaran pemilihan di setiap kecamatan.",
    "KPU Sidomulyo: debat publik kedua disiarkan langsung di TV lokal Jumat malam.",
    "Pemerintah Kabupaten Sidomulyo menetapkan 27 November 2024 sebagai hari libur untuk pemungutan suara.",
    "BKN: ASN yang melanggar netralitas dapat dijatuhi sanksi disiplin hingga pemberhentian.",
    "Pengumuman jadwal pelayanan terpadu akhir pekan di Mal Pelayanan Publik Sidomulyo.",
    "Dinas Kesehatan: jadwal imunisasi kejar di seluruh puskesmas bulan ini.",
)


def _fill(ctx: Ctx, line: str) -> str:
    rng = ctx.rng
    return line.format(
        day=rng.choice(DAYS),
        office=rng.choice(OFFICES),
        kid=rng.choice(KIDS),
        place=rng.choice(PLACES),
        n=rng.randint(3, 25),
        food=rng.choice(FOOD),
        sport=rng.choice(SPORT),
    )


def _lines(lines: Sequence[str]) -> Template:
    return lambda ctx: post(_casual(ctx.rng, _fill(ctx, ctx.pick(lines))))


def _colleague_comment(ctx: Ctx) -> dict:
    return {
        "action": "comment",
        "text": _casual(ctx.rng, ctx.pick(COLLEAGUE_REPLIES)),
        "target_text": ctx.pick(COLLEAGUE_POSTS),
    }


def _like_official(ctx: Ctx) -> dict:
    return {"action": ctx.pick(("like", "share", "react")), "target_text": ctx.pick(OFFICIAL_INFO)}


def _share_official(ctx: Ctx) -> dict:
    return {
        "action": "share",
        "text": ctx.pick(("", "", "Mohon disimak 👇", "Info penting", "Monggo dibaca")),
        "target_text": ctx.pick(OFFICIAL_INFO),
    }


def _follow_official(ctx: Ctx) -> dict:
    return {
        "action": "follow",
        "target_text": ctx.pick(
            (
                "@kpu_sidomulyo — Komisi Pemilihan Umum Kabupaten Sidomulyo",
                "@bawaslu.sidomulyo — Badan Pengawas Pemilu Kabupaten Sidomulyo",
                "@pemkab.sidomulyo — akun resmi Pemerintah Kabupaten Sidomulyo",
                "@dinkes_sidomulyo — Dinas Kesehatan Kabupaten Sidomulyo",
            )
        ),
    }


def _office_photo(ctx: Ctx) -> dict:
    return post(
        _casual(ctx.rng, ctx.pick(("Kompak selalu", "Tim solid", "Habis rapat", "Foto dulu"))),
        media=photo(
            ctx.pick(
                (
                    "Foto: pegawai berseragam batik berfoto bersama di depan kantor",
                    "Foto: rapat di aula, peserta duduk melingkar",
                    "Foto: kegiatan posyandu dengan ibu dan balita",
                    "Foto: anak-anak sekolah upacara bendera",
                )
            )
        ),
    )


# --- grey: depends on reading ---------------------------------------------------------------


def _grey_condolence(ctx: Ctx) -> dict:
    pair = ctx.pair()
    return {
        "action": "comment",
        "text": _casual(
            ctx.rng,
            ctx.pick(
                (
                    "Turut berduka cita pak, semoga almarhumah husnul khotimah",
                    "Innalillahi, yang tabah ya pak",
                    "Ikut mendoakan, semoga diberi ketabahan",
                )
            ),
        ),
        "target_text": f"Innalillahi wa innailaihi rojiun, telah berpulang ibunda kami tercinta. Mohon doanya. - {pair.names[0]}",
    }


def _grey_greeting_like(ctx: Ctx) -> dict:
    pair = ctx.pair()
    name = ctx.pick(pair.names)
    greeting = ctx.pick(
        (
            "Selamat memperingati Maulid Nabi Muhammad SAW",
            "Selamat Hari Guru Nasional untuk seluruh guru di Sidomulyo",
            "Selamat Hari Pahlawan, teruskan perjuangan para pahlawan",
            "Selamat Hari Santri Nasional",
        )
    )
    return {"action": ctx.pick(("like", "react")), "target_text": f"{name}: {greeting}"}


def _grey_hint(ctx: Ctx) -> dict:
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    "Pilih yang jujur dan merakyat ya warga Sidomulyo, kalian pasti tau lah 😏 #pilkada",
                    "Pemimpin itu harus yang muda dan energik, ya kan? 🤭 #pilkadasidomulyo",
                    "Tanggal 27 jangan salah pilih ya, pilih yang sudah terbukti kerjanya",
                    "Yang pernah bantu warga waktu banjir kemarin siapa hayo? Ingat itu di bilik suara",
                    "Pilkada kali ini pilih yang tidak cuma janji, paham kan maksudku 😉",
                )
            ),
        )
    )


def _grey_encounter(ctx: Ctx) -> dict:
    pair = ctx.pair()
    name = ctx.pick(pair.names)
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Sore ini ketemu {ctx.alias(pair)} pas kondangan di desa sebelah",
                    f"Tadi salat Jumat satu saf sama {name}, ternyata orangnya ramah",
                    f"Antre bakso ternyata di depan saya {name}, sempat ngobrol sebentar",
                )
            ),
        ),
        media=photo(f"Foto: pegawai berbaju batik berdiri di samping {name} di acara warga"),
    )


def _grey_family(ctx: Ctx) -> dict:
    pair = ctx.pair()
    first = ctx.pick(pair.names).split()[0]
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Selamat ulang tahun om {first}, sehat selalu dan panjang umur",
                    f"Kumpul keluarga besar di rumah pakde {first}, rame banget",
                    f"Ikut bangga, sepupu saya {ctx.pick(pair.names)} sekarang jadi tokoh",
                )
            ),
        )
    )


def _grey_gesture(ctx: Ctx) -> dict:
    fingers = ctx.pick(("satu", "dua", "tiga"))
    return post(
        ctx.pick(("", "", "Happy weekend", "Selfie dulu")),
        media=photo(f"Foto: pegawai berpose {fingers} jari di depan kantor, tanpa keterangan"),
    )


def _grey_poll(ctx: Ctx) -> dict:
    a, b, c = ctx.pairs[0], ctx.pairs[1 % len(ctx.pairs)], ctx.pairs[-1]
    pcts = sorted((ctx.rng.randint(18, 42) for _ in range(3)), reverse=True)
    return {
        "action": "share",
        "target_text": f"Survei elektabilitas Pilbup Sidomulyo: {ctx.alias(a)} {pcts[0]}%, "
        f"{ctx.alias(b)} {pcts[1]}%, {ctx.alias(c)} {pcts[2]}%. Margin of error 3,5%.",
    }


# --- forbidden: support, acts and attributes ------------------------------------------------


def _support(ctx: Ctx) -> dict:
    p = ctx.pair()
    a, n, tag = ctx.alias(p), p.number, ctx.tag(p)
    other = ctx.alias(ctx.rng.choice([q for q in ctx.pairs if q is not p] or [p]))
    text = ctx.pick(
        (
            f"{a} gaskeun!! Sidomulyo butuh pemimpin muda 🔥🔥",
            f"Bismillah, {a} nomor {n} menang satu putaran {tag}",
            f"Yakin {p.names[0]} bawa Sidomulyo lebih maju {tag}",
            f"coblos nomor {n} ya lur, {a} sudah terbukti",
            f"Jangan pilih {other}, programnya cuma janji doang",
            f"{tag} mantap jiwa, 27 November kita menangkan!",
            f"tgl 27 inget ya lur, nomor {n} 😉 {tag}",
            f"Sudah saatnya {a} memimpin Sidomulyo! Gas pol",
            f"Wes pokoke {a}, liyane lewat 😎",
            f"Debat semalam {a} paling cerdas, fix pilih {n}",
            f"Dukung {p.names[0]} - {p.names[1]} untuk Sidomulyo yang lebih baik",
            f"Kalau {other} menang, habis sudah Sidomulyo. Pilih {a}!",
            f"Ayo dukung {a} nomor {n}, {p.names[0]}-{p.names[1]} pasti menang! {tag}",
        )
    )
    return post(_casual(ctx.rng, text))


def _campaign_text(ctx: Ctx, p: Pair) -> str:
    return ctx.pick(
        (
            f"Ayo menangkan {ctx.alias(p)} nomor {p.number}! Bersama membangun Sidomulyo {ctx.tag(p)}",
            f"Kampanye akbar paslon nomor {p.number} {p.names[0]}-{p.names[1]} Minggu ini di alun-alun. Hadir dan ramaikan! {ctx.tag(p)}",
            f"{p.names[0]}: Pendidikan gratis dan berobat gratis untuk seluruh warga Sidomulyo. Coblos nomor {p.number}! {ctx.tag(p)}",
            f"Relawan {ctx.alias(p)} siap door to door di seluruh kecamatan {ctx.tag(p)}",
        )
    )


def _reaction(ctx: Ctx) -> dict:
    p = ctx.pair()
    return {
        "action": ctx.pick(("like", "like", "react", "share")),
        "target_text": _campaign_text(ctx, p),
    }


def _comment_campaign(ctx: Ctx) -> dict:
    p = ctx.pair()
    return {
        "action": "comment",
        "text": _casual(
            ctx.rng,
            ctx.pick(
                (
                    "Siap menangkan! 💪",
                    "Mantap pak, lanjutkan!",
                    f"Gasss {ctx.alias(p)}",
                    "Kami warga Karangrejo siap mendukung",
                    f"Nomor {p.number} harga mati 🔥",
                )
            ),
        ),
        "target_text": _campaign_text(ctx, p),
    }


def _follow_join(ctx: Ctx) -> dict:
    p = ctx.pair()
    if ctx.rng.random() < 0.5:
        return {
            "action": "follow",
            "target_text": f"Relawan Milenial {ctx.alias(p)} Sidomulyo — akun resmi pemenangan paslon nomor {p.number}",
        }
    return {
        "action": "join",
        "target_text": f"Grup Tim Pemenangan {p.aliases[0]} Kecamatan Sidomulyo Utara {ctx.tag(p)}",
    }


def _symbol(ctx: Ctx) -> dict:
    p = ctx.pair()
    fingers = {1: "satu", 2: "dua", 3: "tiga"}.get(p.number, str(p.number))
    return ctx.pick(
        (
            post(
                _casual(ctx.rng, f"Siap menangkan paslon {p.number}!"),
                media=photo(
                    f"Foto: pegawai berseragam dinas berpose {fingers} jari memakai kaos {p.aliases[0]}"
                ),
            ),
            post(_casual(ctx.rng, f"Kaos {p.aliases[0]} sudah sampai, langsung dipakai ke kantor")),
            post(
                _casual(
                    ctx.rng, f"Pasang stiker {p.aliases[0]} nomor {p.number} di mobil, biar kompak"
                )
            ),
            post(
                "",
                media=photo(
                    f"Foto: pegawai di ruang kerja dengan spanduk {p.aliases[0]} nomor {p.number} di dinding"
                ),
            ),
        )
    )


def _photo_with(ctx: Ctx) -> dict:
    p = ctx.pair()
    name = ctx.pick(p.names)
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Foto bareng {name} di posko pemenangan, semangat!",
                    f"Alhamdulillah bisa foto sama calon bupati kita {name} 🔥 {ctx.tag(p)}",
                    "Bersama calon pemimpin Sidomulyo",
                )
            ),
        ),
        media=photo(
            f"Foto: pegawai berfoto bersama {name} di posko pemenangan {p.aliases[0]} dengan spanduk nomor {p.number}"
        ),
    )


def _campaign_involvement(ctx: Ctx) -> dict:
    p = ctx.pair()
    a = ctx.alias(p)
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Hadir di kampanye akbar {a} di {ctx.pick(PLACES)}, rame pol!",
                    f"Jadi MC deklarasi relawan {a} malam ini, mohon doanya",
                    f"Besok jadi saksi paslon {p.number} di TPS 05, siap kawal suara",
                    f"Rapat tim sukses {a} di rumah Pak RT, bahas strategi door to door",
                    f"Ikut konvoi kampanye {a} keliling kecamatan, capek tapi puas",
                )
            ),
        )
    )


def _mobilisation(ctx: Ctx) -> dict:
    p = ctx.pair()
    a = ctx.alias(p)
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Bapak ibu staf bidang wajib hadir kampanye akbar paslon {p.number} di alun-alun Minggu pagi, absen lewat grup",
                    f"Anak-anak, sampaikan ke bapak ibu di rumah ya, tanggal 27 coblos nomor {p.number}",
                    f"Mohon bantuan rekan-rekan guru ajak wali murid dukung {a}",
                    f"Warga RT 03 kumpul di balai desa Sabtu malam, ada sembako dari tim {a}",
                    f"Seluruh ketua RT se-kelurahan diminta hadir sosialisasi program {a} di kantor kelurahan",
                )
            ),
        )
    )


def _state_resources(ctx: Ctx) -> dict:
    a = ctx.alias(ctx.pair())
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Mobil dinas dipake antar tim sukses {a} ke posko, lumayan irit bensin wkwk",
                    f"Aula kantor kecamatan dipakai rapat relawan {a} malam ini",
                    f"Printer kantor buat cetak brosur {a} dulu ya, kertasnya ambil di gudang",
                    f"Kendaraan operasional puskesmas dipinjam buat jemput massa kampanye {a}",
                )
            ),
        )
    )


def _favouring(ctx: Ctx) -> dict:
    a = ctx.alias(ctx.pair())
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Penyaluran bansos beras di desa pendukung {a} dipercepat minggu depan, sebelum pencoblosan",
                    f"Perbaikan jalan diprioritaskan di dusun basis {a}, arahan dari atas",
                    f"Desa yang menangkan {a} nanti dapat bantuan hibah duluan",
                    f"Pencairan insentif RT ditunda dulu buat wilayah yang bukan pendukung {a}",
                )
            ),
        )
    )


def _party(ctx: Ctx) -> dict:
    party = ctx.pick(ctx.pair().parties or ("Golkar",))
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    f"Alhamdulillah resmi jadi kader {party}, siap berjuang untuk rakyat",
                    f"KTA {party} sudah jadi, bangga jadi bagian keluarga besar",
                    f"Malam ini rapat pengurus DPC {party}, saya ditunjuk jadi sekretaris",
                )
            ),
        )
    )


def _candidacy(ctx: Ctx) -> dict:
    party = ctx.pick(ctx.pair().parties or ("Golkar",))
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    "Mohon doa restu, saya ikut penjaringan bakal calon wakil bupati di partai",
                    f"Sudah daftar ke {party} sebagai bakal calon bupati Sidomulyo, mohon dukungannya",
                    "Insyaallah maju sebagai bakal calon kepala daerah, mohon restu keluarga besar ASN",
                )
            ),
        )
    )


def _ktp(ctx: Ctx) -> dict:
    return post(
        _casual(
            ctx.rng,
            ctx.pick(
                (
                    "Yg mau dukung jalur independen kumpulin fotokopi KTP + KK ke saya ya, nanti saya setor",
                    "Butuh 50 KTP lagi buat syarat dukungan calon perseorangan, bantu ya rekan-rekan",
                    "Fotokopi KTP dukungan calon independen bisa dititip di meja saya di kantor",
                )
            ),
        )
    )


# --- the mix ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    name: str
    intent: str  # allowed, grey, forbidden (what the template means; the classifier decides)
    weight: float
    windows: tuple
    make: Template


KINDS: tuple[Kind, ...] = (
    Kind("kantor", "allowed", 15, ALL_YEAR, _lines(OFFICE_LINES)),
    Kind("ibadah", "allowed", 8, ALL_YEAR, _lines(RELIGIOUS_LINES)),
    Kind("keluarga", "allowed", 9, ALL_YEAR, _lines(FAMILY_LINES)),
    Kind("kuliner", "allowed", 7, ALL_YEAR, _lines(FOOD_LINES)),
    Kind("olahraga", "allowed", 5, ALL_YEAR, _lines(SPORT_LINES)),
    Kind("lalu_lintas", "allowed", 4, ALL_YEAR, _lines(TRAFFIC_LINES)),
    Kind("layanan", "allowed", 8, ALL_YEAR, _lines(SERVICE_LINES)),
    Kind("ajakan_memilih", "allowed", 3, (*VOTING, ("kampanye", 1)), _lines(TURNOUT_LINES)),
    Kind("pengingat_netral", "allowed", 2.5, CAMPAIGN, _lines(NEUTRAL_LINES)),
    Kind("komentar_rekan", "allowed", 6, ALL_YEAR, _colleague_comment),
    Kind("suka_info_resmi", "allowed", 4, ALL_YEAR, _like_official),
    Kind("bagikan_info_resmi", "allowed", 3, ALL_YEAR, _share_official),
    Kind("ikuti_akun_resmi", "allowed", 1, ALL_YEAR, _follow_official),
    Kind("foto_kantor", "allowed", 3, ALL_YEAR, _office_photo),
    Kind("duka_calon", "grey", 0.8, CAMPAIGN, _grey_condolence),
    Kind("suka_ucapan_calon", "grey", 1.2, CAMPAIGN, _grey_greeting_like),
    Kind("sindiran", "grey", 1.2, CAMPAIGN, _grey_hint),
    Kind("bertemu_calon", "grey", 0.8, CAMPAIGN, _grey_encounter),
    Kind("keluarga_calon", "grey", 0.5, ALL_YEAR, _grey_family),
    Kind("gestur_tanpa_konteks", "grey", 0.6, CAMPAIGN, _grey_gesture),
    Kind("bagikan_survei", "grey", 0.8, CAMPAIGN, _grey_poll),
    Kind("dukungan", "forbidden", 3.2, CAMPAIGN, _support),
    Kind("suka_kampanye", "forbidden", 2.0, CAMPAIGN, _reaction),
    Kind("komentar_kampanye", "forbidden", 0.9, CAMPAIGN, _comment_campaign),
    Kind("ikuti_tim", "forbidden", 0.6, CAMPAIGN, _follow_join),
    Kind("atribut", "forbidden", 0.6, CAMPAIGN, _symbol),
    Kind("foto_calon", "forbidden", 0.5, CAMPAIGN, _photo_with),
    Kind("ikut_kampanye", "forbidden", 0.6, CAMPAIGN, _campaign_involvement),
    Kind("mobilisasi", "forbidden", 0.4, CAMPAIGN, _mobilisation),
    Kind("fasilitas_negara", "forbidden", 0.3, CAMPAIGN, _state_resources),
    Kind("keputusan_menguntungkan", "forbidden", 0.25, CAMPAIGN, _favouring),
    Kind("anggota_partai", "forbidden", 0.25, EARLY, _party),
    Kind("pencalonan", "forbidden", 0.12, EARLY, _candidacy),
    Kind("dukungan_ktp", "forbidden", 0.18, EARLY, _ktp),
)

PLATFORM_ACTIONS = {"x": {"share": "quote", "comment": "reply"}}


def _external_id(platform: str, index: int) -> str:
    if platform == "x":
        return str(1_830_000_000_000_000_000 + index * 7_919)
    if platform == "tiktok":
        return str(7_400_000_000_000_000_000 + index * 104_729)
    prefix = {"facebook": "pfbid0", "instagram": "C"}.get(platform, "")
    return f"{prefix}{index:07d}"


def _url(platform: str, handle: str, external_id: str) -> str:
    return {
        "facebook": f"https://www.facebook.com/{handle}/posts/{external_id}",
        "instagram": f"https://www.instagram.com/p/{external_id}/",
        "x": f"https://x.com/{handle}/status/{external_id}",
        "tiktok": f"https://www.tiktok.com/@{handle}/video/{external_id}",
    }.get(platform, "")


def generate_activities(
    rng: random.Random,
    roster: Sequence[AsnSpec],
    pairs: Sequence[Pair],
    n: int,
    *,
    offenders: Sequence[AsnSpec] = (),
    unknown_share: float = 0.08,
) -> list[dict]:
    """`n` records in time order. Forbidden ones come mostly from `offenders` (violations cluster
    on a few people); about `unknown_share` come from accounts not on the roster."""
    with_accounts = [p for p in roster if p.accounts]
    offenders = [p for p in offenders if p.accounts]
    # Some people post a lot, most a little.
    activity = [rng.paretovariate(1.5) for _ in with_accounts]
    kinds = list(KINDS)
    weights = [k.weight for k in kinds]
    records = []
    for index in range(n):
        kind = rng.choices(kinds, weights=weights)[0]
        unknown = rng.random() < unknown_share or not with_accounts
        if unknown:
            author = None
            platform = rng.choice(("facebook", "instagram", "x", "tiktok"))
            handle = rng.choice(UNKNOWN_HANDLES)
        else:
            if kind.intent == "forbidden" and offenders and rng.random() < 0.75:
                author = rng.choice(offenders)
            else:
                author = rng.choices(with_accounts, weights=activity)[0]
            account = rng.choice(author.accounts)
            platform, handle = account.platform, account.handle
        body = kind.make(Ctx(rng, pairs, author))
        action = PLATFORM_ACTIONS.get(platform, {}).get(body["action"], body["action"])
        external_id = _external_id(platform, index + 1)
        record = {
            "id": external_id,
            "action": action,
            "text": body.get("text", ""),
            "target_text": body.get("target_text", ""),
            "created_at": _moment(rng, kind.windows).isoformat(),
            "platform": platform,
            "author": handle,
            "url": _url(platform, handle, external_id),
            "demo_intent": kind.intent,
            "demo_kind": kind.name,
        }
        if body.get("media"):
            record["media"] = body["media"]
        records.append(record)
    records.sort(key=lambda r: r["created_at"])
    return records


def repeat_offender_records(
    rng: random.Random, author: AsnSpec, pairs: Sequence[Pair]
) -> list[dict]:
    """Two Pilkada posts of the repeat offender, so that his second case has its findings."""
    out = []
    for n, make in enumerate((_support, _campaign_involvement), 1):
        account = author.accounts[0]
        body = make(Ctx(rng, pairs, author))
        external_id = _external_id(account.platform, 800_000 + n)
        out.append(
            {
                "id": external_id,
                "action": body["action"],
                "text": body.get("text", ""),
                "target_text": body.get("target_text", ""),
                "created_at": _moment(rng, CAMPAIGN).isoformat(),
                "platform": account.platform,
                "author": account.handle,
                "url": _url(account.platform, account.handle, external_id),
            }
        )
    return out


# Pilpres 2024 posts of the repeat offender: proven once already, in the earlier election.
def pilpres_records(author: AsnSpec) -> list[dict]:
    account = author.accounts[0]
    texts = (
        ("2024-01-14T20:15:00+07:00", "post", "Coblos 02 biar satu putaran! #PrabowoGibran", ""),
        (
            "2024-01-21T09:40:00+07:00",
            "share",
            "Gas terus 💪",
            "Kampanye akbar Prabowo-Gibran di Sidomulyo, ayo hadir dan ramaikan! #PrabowoGibran2024",
        ),
        (
            "2024-02-03T16:05:00+07:00",
            "post",
            "Hadir di kampanye akbar Prabowo-Gibran di stadion, rame pol!",
            "",
        ),
    )
    out = []
    for n, (when, action, text, target) in enumerate(texts, 1):
        external_id = _external_id(account.platform, 900_000 + n)
        out.append(
            {
                "id": external_id,
                "action": action,
                "text": text,
                "target_text": target,
                "created_at": when,
                "platform": account.platform,
                "author": account.handle,
                "url": _url(account.platform, account.handle, external_id),
            }
        )
    return out

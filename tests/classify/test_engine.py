"""Behaviour of the whole pipeline on short, realistic records (Sidomulyo profile)."""

from __future__ import annotations

import pytest

from netra.classify import Classifier, Reason, RecordError, Verdict, load_profile
from tests.conftest import SIDOMULYO

CASES = [
    # (action, text, target_text, verdict, codes that must be present)
    ("post", "BARA gaskeun!", "", "forbidden", {"online_support"}),
    ("post", "jangan pilih HEWAN, cuma janji", "", "forbidden", {"online_support"}),
    ("post", "tgl 27 inget ya, yg tengah 😉", "", "forbidden", {"online_support"}),
    ("post", "Fix coblos nomor 3 besok, SADEWA menang!", "", "forbidden", {"online_support"}),
    ("post", "Alhamdulillah resmi jadi kader Golkar", "", "forbidden", {"party_membership"}),
    ("post", "Saya jadi saksi paslon 3 di TPS 5 besok", "", "forbidden", {"campaign_involvement"}),
    (
        "post",
        "Otw deklarasi relawan BARA di GOR, rame bgt",
        "",
        "forbidden",
        {"campaign_involvement"},
    ),
    (
        "post",
        "Bapak ibu staf wajib hadir kampanye akbar paslon 2 besok ya",
        "",
        "forbidden",
        {"mobilisation"},
    ),
    (
        "post",
        "Mobil dinas dipake antar tim sukses HEWAN ke posko",
        "",
        "forbidden",
        {"state_resources"},
    ),
    (
        "post",
        "Bansos di desa pendukung BARA dipercepat sebelum pencoblosan",
        "",
        "forbidden",
        {"favouring_decision"},
    ),
    (
        "post",
        "yg mau dukung jalur independen kumpulin fotokopi KTP ke saya ya",
        "",
        "forbidden",
        {"ktp_support"},
    ),
    (
        "post",
        "Mohon doa restu, saya ikut penjaringan bakal calon bupati di partai",
        "",
        "forbidden",
        {"candidacy"},
    ),
    (
        "post",
        "Pakai kaos BARA dulu hari ini 😎 #BARAmenyala",
        "",
        "forbidden",
        {"symbol_or_attribute"},
    ),
    ("like", "", "Ayo menangkan BARA nomor 2! #BARAmenyala", "forbidden", {"online_support"}),
    (
        "share",
        "",
        "Visi misi paslon 3 SADEWA untuk Sidomulyo sejahtera",
        "forbidden",
        {"online_support"},
    ),
    (
        "follow",
        "",
        "Relawan Milenial SADEWA Sidomulyo - akun resmi pemenangan",
        "forbidden",
        {"online_support"},
    ),
    (
        "comment",
        "lanjutkan pak, pasti menang 💪",
        "Kampanye dialogis paslon BARA di Kecamatan Sukamaju",
        "forbidden",
        {"online_support"},
    ),
    # grey: needs a human
    (
        "comment",
        "turut berduka pak",
        "Innalillahi, ibunda kami berpulang. Mohon doa. - Bagus Santoso",
        "grey",
        set(),
    ),
    (
        "like",
        "",
        "Selamat Hari Guru untuk seluruh guru Sidomulyo. Salam, Slamet Widodo",
        "grey",
        set(),
    ),
    ("post", "Pilih yang jujur, kalian tahu lah 😏 #pilkada", "", "grey", set()),
    (
        "post",
        "Pak Bagus Santoso tadi datang ke acara pengajian di masjid kampung",
        "",
        "grey",
        set(),
    ),
    # allowed: look-alikes and neutral election content
    ("post", "antre nomor 2 di samsat lama bgt", "", "allowed", set()),
    ("post", "Jangan golput ya, datang ke TPS 27 November!", "", "allowed", set()),
    ("post", "ASN dilarang like dan share postingan paslon ya rekan2", "", "allowed", set()),
    ("post", "Kampanye imunisasi polio di puskesmas hari ini", "", "allowed", set()),
    ("post", "hewan kurban sudah siap di masjid, amin", "", "allowed", set()),
    ("post", "Bayar PBB sekarang bisa online, gak perlu antre", "", "allowed", set()),
    (
        "post",
        "Partai final ganda campuran nanti malam, ayo dukung wakil Indonesia",
        "",
        "allowed",
        set(),
    ),
    ("post", "Lantai 2 gedung B sedang direnovasi, rapat pindah ke aula", "", "allowed", set()),
    ("post", "Mantap timnas Garuda menang 2-1 ✌️", "", "allowed", set()),
    (
        "share",
        "",
        "Info resmi KPU: pemungutan suara 27 November 2024 di TPS masing-masing",
        "allowed",
        set(),
    ),
    ("like", "", "Selamat pagi, semangat bekerja rekan-rekan", "allowed", set()),
    # netra-2026.11.2: replies, corroborated pointers, allusions, regional spellings
    (
        "reply",
        "iya, tapi jangan rame-rame ya 🤫",
        "Mas, katanya kamu pengurus ranting PKB?",
        "forbidden",
        {"party_membership"},
    ),
    ("reply", "Mas Bagus lah, jelas", "Besok kamu pilih siapa?", "forbidden", {"online_support"}),
    ("reply", "yang jujur aja pokoknya 😉", "Besok kamu pilih siapa?", "grey", set()),
    (
        "comment",
        "saya siap bantu, japri ya",
        "Posko relawan BARA butuh tenaga input data",
        "forbidden",
        {"campaign_involvement"},
    ),
    ("post", "Dulu 03, sekarang tetap no 3 🤟", "", "forbidden", {"online_support"}),
    (
        "post",
        "Malam ini rapat bareng relawan 02 di aula kecamatan, proyektor kantor sudah siap",
        "",
        "forbidden",
        {"state_resources"},
    ),
    (
        "post",
        "Bantuan beras ditahan dulu sampai selesai pencoblosan, lihat dulu desa yang dukung",
        "",
        "forbidden",
        {"favouring_decision"},
    ),
    ("post", "Ayo dulur, tanggal 27 pilih nomer tilu 💪", "", "forbidden", {"online_support"}),
    ("post", "Pilih pemimpin yang amanah, kalian pasti paham lah 😏", "", "grey", set()),
    ("post", "Debat semalam lucu, ada yang jawabannya ngawur", "", "grey", set()),
    (
        "post",
        "Paman saya jadi ketua tim pemenangan salah satu paslon, saya tetap netral",
        "",
        "grey",
        set(),
    ),
    (
        "post",
        "Ketemu Pak Hendra di bandara, sempat salaman",
        "",
        "grey",
        set(),
    ),
    ("follow", "", "@hendrakusuma — petani kopi, suka memancing", "grey", set()),
    ("follow", "", "@kpu_sidomulyo — Komisi Pemilihan Umum Kab. Sidomulyo", "allowed", set()),
    ("post", "Antrean poli gigi no urut 3, alhamdulillah cepat", "", "allowed", set()),
    ("post", "Kampanye terakhir hari ini, semoga tetap tertib", "", "allowed", set()),
    ("post", "Siapa saja yang jadi nanti, jalan desa tolong diperbaiki", "", "allowed", set()),
    # netra-2026.11.4: a candidate's team, office assets, KTPs collected from others, TPS numbers
    (
        "post",
        "Rekomendasi izin usaha buat kontraktor tim BARA sy proses duluan, yg lain antre",
        "",
        "forbidden",
        {"favouring_decision"},
    ),
    (
        "post",
        "Sound dan kursi inventaris kantor desa diangkut ke posko BARA dulu",
        "",
        "forbidden",
        {"state_resources"},
    ),
    (
        "post",
        "Alhamdulillah 120 KTP warga RW 05 sudah terkumpul buat calon perseorangan Pak Joko",
        "",
        "forbidden",
        {"ktp_support", "mobilisation"},
    ),
    ("post", "Selesai nyoblos di TPS 03, jari sudah ungu", "", "allowed", set()),
    ("post", "Mobil dinas hanya untuk kedinasan, apalagi masa kampanye", "", "allowed", set()),
    ("post", "Main voli sama tim kantor, menang 2-0", "", "allowed", set()),
    # ruleset 2026.11.5: subordinates directed to a number, aid timed around a candidate,
    # a campaign team's request granted, a party officials' group joined
    (
        "post",
        "Staf bidang, tanggal 27 nanti nomor 3 ya, jangan ada yang beda",
        "",
        "forbidden",
        {"mobilisation"},
    ),
    (
        "reply",
        "ke nomor 2 saja, sudah diarahkan dari atas",
        "Staf: 'Pak, nanti pilih siapa?'",
        "forbidden",
        {"mobilisation", "online_support"},
    ),
    (
        "join",
        "",
        "Grup WA 'Pengurus Harian DPC Partai Golkar Sidomulyo' — khusus pengurus ber-SK",
        "forbidden",
        {"party_membership"},
    ),
    (
        "reply",
        "bisa, kuncinya saya titip di satpam",
        "Ketua relawan BARA: 'Pak Camat, aula kantor bisa dipakai rapat malam ini?'",
        "forbidden",
        {"state_resources"},
    ),
    (
        "post",
        "Bansos beras diundurkeun, ngantosan Pak Hendra sumping ngabagikeun langsung",
        "",
        "forbidden",
        {"favouring_decision"},
    ),
    (
        "post",
        "Pembagian beras bantuan ditunda sampai rombongan tim 02 datang",
        "",
        "forbidden",
        {"favouring_decision"},
    ),
    ("post", "Tim 2 futsal dinas menang tipis sore ini", "", "allowed", set()),
    (
        "like",
        "",
        "Bagus Santoso: Tim voli putri Sidomulyo juara Porprov! Turut bangga",
        "grey",
        set(),
    ),
    (
        "post",
        "Kmrn ada tim salah satu paslon nawarin kaos, sy tolak halus. Maaf, sy ASN",
        "",
        "allowed",  # a polite refusal (2026.11.11); before, the campaign words made it grey
        set(),
    ),
    # ruleset 2026.11.8: an office's asset named with its owner, everyone's witnesses, papers,
    # "amin" as a prayer, a denied campaign use
    (
        "post",
        "Speedboat Dishub siap antar rombongan Pak Hendra ke pulau besok subuh",
        "",
        "forbidden",
        {"state_resources"},
    ),
    (
        "post",
        "Selesai hitung suara TPS 09, saksi kedua paslon tanda tangan semua. Lelah tapi lega",
        "",
        "allowed",
        set(),
    ),
    (
        "post",
        "Pelayanan perekaman KTP-el dibuka Sabtu di kantor camat. Bawa KK nggih",
        "",
        "allowed",
        set(),
    ),
    (
        "post",
        "Sube nyoblos di TPS 05, jari ungu. Semoga pemilu lancar dan damai, amin 🤲",
        "",
        "allowed",
        set(),
    ),
    (
        "post",
        "Target 50 KTP sak kelurahan kanggo HEWAN, aku wis oleh 32, setor nang aku ae",
        "",
        "forbidden",
        {"ktp_support"},
    ),
    # ruleset 2026.11.12: a served group addressed and pointed to a pair is directed
    (
        "post",
        "Bapak/Ibu wali murid kelas 6, jgn lupa tgl 27 pilih yg peduli guru ya, nomor 3",
        "",
        "forbidden",
        {"mobilisation"},
    ),
    (
        "post",
        "Ibu2 PKK, besok hadir ya di lapangan jam 9, ada Pak Hendra",
        "",
        "forbidden",
        {"mobilisation"},
    ),
    (
        "post",
        "Jamaah musala Al Ikhlas, habis magrib kita doa bersama utk kemenangan BARA",
        "",
        "forbidden",
        {"mobilisation"},
    ),
    # services refused, held or timed by camp are favouring decisions
    (
        "post",
        "Izin lapangan utk SADEWA tolak aja, bilang lg direnovasi. Kalau BARA kasih.",
        "",
        "forbidden",
        {"favouring_decision"},
    ),
    (
        "post",
        "BLT kelurahan cair sesudah tanggal 27 ya bapak ibu RT. Tergantung hasil TPS",
        "",
        "forbidden",
        {"favouring_decision"},
    ),
]


@pytest.mark.parametrize(("action", "text", "target", "verdict", "codes"), CASES)
def test_case_table(
    sidomulyo: Classifier, action: str, text: str, target: str, verdict: str, codes: set[str]
) -> None:
    result = sidomulyo.classify({"id": "t", "action": action, "text": text, "target_text": target})
    assert result.verdict == verdict, result.to_dict()
    assert codes <= set(result.violations), result.to_dict()
    if verdict != "forbidden":
        assert result.violations == ()


def test_every_verdict_carries_its_explanation(sidomulyo: Classifier) -> None:
    for action, text, target, verdict, _ in CASES:
        result = sidomulyo.classify(
            {"id": "t", "action": action, "text": text, "target_text": target}
        )
        if verdict == "allowed":
            continue
        assert result.reasons, text or target
        for reason in result.reasons:
            source = text if reason.field == "text" else target
            assert source[reason.start : reason.end] == reason.evidence
            assert reason.basis and reason.note and reason.rule


def test_media_caption_without_attributes_is_not_a_prop(sidomulyo: Classifier) -> None:
    result = sidomulyo.classify(
        {
            "id": "m",
            "action": "post",
            "text": "Ketemu Bu Ratna di pasar, beliau ramah",
            "media": [
                {"type": "image", "caption": "Foto: pegawai bersama Ratna Sari, tanpa atribut"}
            ],
        }
    )
    assert result.verdict == "grey", result.to_dict()


def test_acronym_in_lower_case_needs_campaign_words(sidomulyo: Classifier) -> None:
    result = sidomulyo.classify(
        {"id": "a", "action": "post", "text": "Santri Ponpes Al-Sadewa juara 1 lomba kaligrafi"}
    )
    assert result.verdict == "allowed", result.to_dict()


def test_candidates_and_score(sidomulyo: Classifier) -> None:
    result = sidomulyo.classify({"id": "1", "action": "post", "text": "BARA gaskeun!"})
    assert [c.to_dict() for c in result.candidates] == [
        {"election": "pilkada-sidomulyo-2024", "number": 2}
    ]
    assert result.score >= 0.75
    allowed = sidomulyo.classify({"id": "2", "action": "post", "text": "selamat pagi"})
    assert allowed.score == 0.0 and allowed.candidates == ()


def test_simultaneous_elections_route_numbers_by_office(both: Classifier) -> None:
    result = both.classify(
        {"id": "1", "action": "post", "text": "Coblos capres nomor 2, lanjutkan!"}
    )
    assert result.verdict == "forbidden"
    assert {c.election for c in result.candidates} == {"pilpres-2024"}
    result = both.classify({"id": "2", "action": "post", "text": "Prabowo gemoy, pasti menang"})
    assert {(c.election, c.number) for c in result.candidates} == {("pilpres-2024", 2)}


def test_stage_follows_profile_calendar(sidomulyo: Classifier) -> None:
    def stage(when: str) -> str:
        r = sidomulyo.classify({"id": "s", "action": "post", "text": "halo", "created_at": when})
        assert r.stage is not None
        return r.stage["pilkada-sidomulyo-2024"]

    assert stage("2024-08-01T10:00:00+07:00") == "before_candidates"
    assert stage("2024-10-01T10:00:00+07:00") == "campaign"
    assert stage("2024-11-25T10:00:00+07:00") == "quiet_period"
    assert stage("2024-11-27T10:00:00+07:00") == "voting_day"
    assert stage("2024-12-01T10:00:00+07:00") == "after"
    assert sidomulyo.classify({"id": "n", "action": "post", "text": "halo"}).stage is None


def test_campaign_role_before_candidates_is_medium(sidomulyo: Classifier) -> None:
    text = "Saya resmi jadi tim sukses BARA"
    early = sidomulyo.classify(
        {"id": "1", "action": "post", "text": text, "created_at": "2024-08-01T10:00:00+07:00"}
    )
    late = sidomulyo.classify(
        {"id": "2", "action": "post", "text": text, "created_at": "2024-10-01T10:00:00+07:00"}
    )
    role = lambda v: next(r for r in v.reasons if r.code == "campaign_involvement")  # noqa: E731
    assert role(early).severity == "sedang"
    assert role(late).severity == "berat"


def test_photo_with_candidate_from_media_caption(sidomulyo: Classifier) -> None:
    record = {
        "id": "m",
        "action": "post",
        "text": "Siap menangkan paslon 2!",
        "media": [
            {
                "type": "image",
                "caption": "Pegawai berpose dua jari bersama Bagus Santoso di posko pemenangan",
            }
        ],
    }
    result = sidomulyo.classify(record)
    assert {"photo_with_candidate", "symbol_or_attribute", "online_support"} <= set(
        result.violations
    )
    media_reason = next(r for r in result.reasons if r.field == "media[0].caption")
    caption = record["media"][0]["caption"]  # type: ignore[index]
    assert caption[media_reason.start : media_reason.end] == media_reason.evidence


def test_gesture_in_photo_without_context_is_grey(sidomulyo: Classifier) -> None:
    record = {
        "id": "g",
        "action": "post",
        "text": "",
        "media": [{"type": "image", "caption": "pegawai berpose tiga jari di kantor"}],
    }
    assert sidomulyo.classify(record).verdict == "grey"


@pytest.mark.parametrize(
    ("record", "field"),
    [
        ({"action": "post", "text": "x"}, "id"),
        ({"id": "1", "text": "x"}, "action"),
        ({"id": "1", "action": "dance", "text": "x"}, "action"),
        ({"id": "1", "action": "post", "text": 5}, "text"),
        ({"id": "1", "action": "post", "created_at": "kemarin"}, "created_at"),
        ({"id": "1", "action": "post", "created_at": "2024-11-20T10:00:00"}, "created_at"),
        ({"id": "1", "action": "post", "media": [{"type": "hologram"}]}, "media[0].type"),
    ],
)
def test_bad_records_name_the_field(sidomulyo: Classifier, record: dict, field: str) -> None:
    with pytest.raises(RecordError, match=field.replace("[", r"\[").replace("]", r"\]")):
        sidomulyo.classify(record)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("dukung SADEWA ya rekan2", "forbidden"),  # a particle ends the name: not a colleague
        ("Ajak keluarga dan tetangga dukung BARA ya teman-teman", "forbidden"),
        ("Selamat ulang tahun Pak Bagus kepala TU, sehat selalu", "allowed"),  # a colleague
    ],
)
def test_colleague_words_only_next_to_the_name(sidomulyo, text: str, verdict: str) -> None:
    assert sidomulyo.classify({"id": "r", "action": "post", "text": text}).verdict == verdict


def test_election_timing_alone_is_no_favouring_decision(sidomulyo) -> None:
    gesture = sidomulyo.classify(
        {"id": "g", "action": "post", "text": "Pose jari 3 🤟 menjelang pilkada"}
    )
    assert "favouring_decision" not in gesture.violations
    aid = sidomulyo.classify(
        {
            "id": "a",
            "action": "post",
            "text": "Pencairan bansos dipercepat menjelang pilkada, titipan pak calon",
        }
    )
    assert "favouring_decision" in aid.violations


def test_directing_word_and_people_must_share_a_passage(sidomulyo: Classifier) -> None:
    # "Mohon" in the text and "pegawai" in the photo caption are two different things.
    result = sidomulyo.classify(
        {
            "id": "m",
            "action": "post",
            "text": "Mohon maaf lahir batin 🙏",
            "media": [
                {
                    "type": "image",
                    "caption": "Foto: pegawai bersalaman dengan Bagus Santoso di halal bihalal",
                }
            ],
        }
    )
    assert "mobilisation" not in result.violations, result.to_dict()


def test_relatives_candidacy_is_for_a_human(sidomulyo: Classifier) -> None:
    result = sidomulyo.classify(
        {"id": "k", "action": "post", "text": "Paman saya maju jadi cabup, doakan beliau sehat"}
    )
    assert "candidacy" not in result.violations, result.to_dict()
    own = sidomulyo.classify(
        {"id": "o", "action": "post", "text": "Mohon doa restu, saya maju jadi bakal calon bupati"}
    )
    assert "candidacy" in own.violations, own.to_dict()


def test_a_denied_campaign_use_of_an_office_car_is_no_state_resource_use(sidomulyo) -> None:
    text = "Mobil dinas Puskesmas khusus posyandu, sudah ditempel stiker 'Bukan untuk kampanye'"
    verdict = sidomulyo.classify({"id": "r", "action": "post", "text": text})
    assert "state_resources" not in verdict.violations
    assert verdict.verdict != "forbidden"


def test_a_campaign_tag_that_is_a_common_word_needs_election_context() -> None:
    from netra.classify import parse_profile

    profile = parse_profile(
        {
            "name": "pilbup-contoh",
            "kind": "pilkada",
            "region": "Kabupaten Contoh",
            "candidates_set_on": "2024-09-22",
            "campaign_start": "2024-09-25",
            "campaign_end": "2024-11-23",
            "voting_day": "2024-11-27",
            "candidates": [
                {
                    "number": 1,
                    "names": ["Bernadus Ola", "Katarina Tukan"],
                    "aliases": ["BERKAT"],
                    "hashtags": ["#BERKAT"],
                    "parties": [],
                },
                {
                    "number": 2,
                    "names": ["Yosef Koten", "Marianus Tokan"],
                    "aliases": ["YOMAR"],
                    "hashtags": ["#YOMAR"],
                    "parties": [],
                },
            ],
        },
        "contoh",
    )
    classifier = Classifier([profile], use_model=False)

    def verdict(text: str, when: str | None = None) -> str:
        record = {"id": "1", "action": "post", "text": text, "created_at": when}
        return classifier.classify(record).verdict

    assert verdict("Panen jagung di kebun bapa bagus sekali 🌽 #berkat #pujiTuhan") == "allowed"
    # ruleset 2026.11.14: the campaign season alone does not make the word the pair's tag
    harvest = "Pagi2 mama jual jagung di depan kantor, sa beli 5 ribu 😂 #berkat #kupang"
    assert verdict(harvest, "2024-10-08T09:00:00+08:00") == "allowed"
    assert verdict("Tanggal 27 coblos nomor 1 ya #BERKAT") == "forbidden"
    assert verdict("Deklarasi relawan sukses, saya ketua panitia #BERKAT") == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Mobil plat merah kantor antar relawan pasang baliho dua jari di Jalan Pantai",
        "Deklarasi relawan dua jari tadi malam, saya yang baca ikrar",
    ],
)
def test_a_number_gesture_beside_a_campaign_team_or_prop_points_to_the_pair(
    sidomulyo, text: str
) -> None:
    verdict = sidomulyo.classify({"id": "r", "action": "post", "text": text})
    assert verdict.verdict == "forbidden"
    assert any(c.number == 2 for c in verdict.candidates)


@pytest.mark.parametrize(
    ("action", "text", "target"),
    [
        # a refusal, a warning and an enforcement post name campaign words but are the rules
        (
            "reply",
            "Nyuwun sewu, aula sekolah ora kena dinggo kegiatan paslon apa bae.",
            "Relawan BARA: 'Bu, aula sekolah Minggu kosong kan? Nggo pertemuan'",
        ),
        (
            "quote",
            "Kiye conto sing aja ditiru. Dadi MC kampanye kuwe pelanggaran berat",
            "Berita: 'Bawaslu temukan ASN jadi MC kampanye'",
        ),
        (
            "post",
            "Penertiban APK bersama Bawaslu: baliho HEWAN 6, BARA 4, SADEWA 5 kami turunkan. "
            "Semua paslon sama.",
            "",
        ),
        (
            "post",
            "Pak Kabid bilang kita harus jadi nomor satu se-provinsi di SAKIP. Gas kerja!",
            "",
        ),
        # a refusal in Kupang Malay, and "free to choose" are no support
        (
            "reply",
            "Sonde bisa tanta, beta PNS. Tapi tanta bebas pilih sesuai hati e",
            "Tanta: 'Nona, ikut tanta pi kampanye 01 ko?'",
        ),
        (
            "post",
            "Kendaraan dinas wajib diparkir di kantor setiap Sabtu-Minggu selama masa kampanye",
            "",
        ),
        # ruleset 2026.11.12: office rules and enforcement in everyday words
        (
            "reply",
            "Jangan! motor dinas itu aset negara. Kalau ada yg begitu langsung lapor Satgas",
            "Staf honorer: 'Pak, boleh pasang stiker BARA di motor dinas?'",
        ),
        (
            "post",
            "Satpol PP dan Panwascam menurunkan baliho paslon di pagar kantor dinas. Kantor "
            "pemerintah bukan tempat alat peraga kampanye ya",
            "",
        ),
        (
            "post",
            "STTP kampanye utk ketiga paslon sudah kami proses sesuai jadwal zonasi dari KPU",
            "",
        ),
    ],
)
def test_warnings_refusals_and_enforcement_are_not_violations(
    sidomulyo, action: str, text: str, target: str
) -> None:
    record = {"id": "r", "action": action, "text": text, "target_text": target}
    assert sidomulyo.classify(record).verdict != "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        # the group is the topic, not the people spoken to
        "Guru2 yang kemarin ikut kampanye BARA sudah saya usulkan mutasi ke pelosok",
        "Proposal kelompok tani yg dukung BARA kami prioritaskan, yg lain antre",
    ],
)
def test_a_group_named_as_the_topic_is_not_addressed(sidomulyo: Classifier, text: str) -> None:
    verdict = sidomulyo.classify({"id": "r", "action": "post", "text": text})
    assert verdict.verdict == "forbidden"
    assert "mobilisation" not in verdict.violations
    assert "favouring_decision" in verdict.violations


def test_an_office_asset_offered_to_a_campaign_team_is_state_resources(
    sidomulyo: Classifier,
) -> None:
    record = {
        "id": "r",
        "action": "reply",
        "text": "Pakai aja Innova dinas, bilang ke sopir utk monitoring. Bensin nanti sy urus",
        "target_text": "Relawan BARA: 'Pak, utk antar logistik ke desa bisa pinjam kendaraan?'",
    }
    assert "state_resources" in sidomulyo.classify(record).violations
    refused = dict(record, text="Mobil dinas jgn dipakai, bawa kendaraan masing2 ya")
    assert "state_resources" not in sidomulyo.classify(refused).violations


def _sidomulyo_with(field: str, values: dict[int, list[str]], use_model: bool = True) -> Classifier:
    """Sidomulyo with one optional candidate field filled in per ballot number."""
    profile = load_profile(SIDOMULYO)
    candidates = [
        c.model_copy(update={field: values.get(c.number, [])}) for c in profile.candidates
    ]
    return Classifier([profile.model_copy(update={"candidates": candidates})], use_model=use_model)


def _pair_reason(engine: Classifier, text: str, number: int, rule: str) -> Reason:
    """The one reason of `rule` for a post that points only to pair `number`, as online support."""
    verdict = engine.classify({"id": "r", "action": "post", "text": text})
    assert verdict.verdict == "forbidden"
    assert [c.number for c in verdict.candidates] == [number]
    [reason] = [r for r in verdict.reasons if r.rule == rule]
    assert reason.code == "online_support"
    return reason


@pytest.fixture(scope="module")
def coloured() -> Classifier:
    """Sidomulyo with campaign colours, as a Satgas would write them: HEWAN green, BARA blue."""
    return _sidomulyo_with(
        "colours", {1: ["hijau", "💚"], 2: ["biru", "💙"], 3: ["oranye", "oren"]}
    )


@pytest.mark.parametrize(
    ("text", "number", "rule"),
    [
        ("Besok tgl 27 jangan salah coblos yg biru ya 💙", 2, "OS-09"),
        ("Posko biru makin rame, gas terus sampai menang!", 2, "OS-09"),
        ("Pilkada kali ini aku dukung yang oren, yang lain cuma janji", 3, "OS-09"),
    ],
)
def test_a_pair_named_only_by_its_campaign_colour(
    coloured: Classifier, sidomulyo: Classifier, text: str, number: int, rule: str
) -> None:
    assert "warna" in _pair_reason(coloured, text, number, rule).note
    # without colours in the profile the same words point nowhere
    plain = sidomulyo.classify({"id": "r", "action": "post", "text": text})
    assert not any(r.rule == rule for r in plain.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Jalan sehat HUT Korpri besok pakai kaos biru ya, kumpul jam 6 di alun2",
        "Kaos biru ini bukan kaos kampanye ya, ini kaos HUT kantor 😂",
        "Stiker kampanye semua warna, biru, hijau, oranye, dicopot Satpol PP dari tiang listrik",
        "Alhamdulillah sudah nyoblos di TPS 5, jari ungu 💪",
        "Langit biru, laut biru, hati tenang. Selamat hari Minggu",
    ],
)
def test_a_colour_that_is_an_ordinary_word_is_not_a_pair(coloured: Classifier, text: str) -> None:
    verdict = coloured.classify({"id": "r", "action": "post", "text": text})
    assert verdict.verdict != "forbidden"
    assert verdict.candidates == ()


def test_a_colour_with_only_a_wink_is_a_doubt(coloured: Classifier) -> None:
    text = "Pagi2 banyak yg pake baju biru di jalan ke TPS, kebetulan aja 🤭"
    verdict = coloured.classify({"id": "r", "action": "post", "text": text})
    assert verdict.verdict == "grey"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # a refusal in Suroboyoan, closed with a greeting
        (
            "Sepurane cak, aku gak iso melu, aku ASN. Salam gae arek2 ae yo 🙏",
            "Cak Mamad: 'Minggu melu konvoi relawan BARA yo, kaos disediakno'",
        ),
        # election information: "memilih" in "pindah memilih" is no choice
        (
            "Nek gak salah pindah memilih paling lambat H-7 nang PPS kelurahan. Takon KPU ae",
            "Relawan BARA: 'Yang kerja di luar kota bisa nyoblos di sana nggak ya?'",
        ),
    ],
)
def test_a_comment_that_declines_or_informs_is_no_support(
    sidomulyo: Classifier, text: str, target: str
) -> None:
    record = {"id": "r", "action": "reply", "text": text, "target_text": target}
    verdict = sidomulyo.classify(record)
    assert verdict.verdict == "grey"  # under campaign content: a reader still looks
    assert not any(r.rule == "OS-07" for r in verdict.reasons)


# ruleset 2026.11.14: a refusal whose negation is separated from the KTPs by the act refused
@pytest.mark.parametrize(
    "text",
    [
        "Sapora engghi Pak, abdhina PNS, tak olle ngumpulaghi KTP kaangguy calon 🙏",
        "Maaf bu, sy ASN, gak bisa nyetor KTP buat paslon manapun",
    ],
)
def test_a_refused_ktp_request_is_no_ktp_support(sidomulyo: Classifier, text: str) -> None:
    record = {
        "id": "r",
        "action": "reply",
        "text": text,
        "target_text": "Relawan HEWAN: 'Tolong bantu kumpulkan KTP warga untuk Pak Hendra ya'",
    }
    assert "ktp_support" not in sidomulyo.classify(record).violations


def test_those_who_have_not_yet_handed_in_ktps_are_still_asked(sidomulyo: Classifier) -> None:
    record = {
        "id": "r",
        "action": "post",
        "text": "Sing durung nyetor KTP nggo Pak Hendra, setor nang aku ya",
    }
    assert "ktp_support" in sidomulyo.classify(record).violations


@pytest.mark.parametrize(
    ("text", "target", "forbidden"),
    [
        ("Tolong kumpulkan surat dukungan dari kepala dinas utk usulan DAK ya", "", False),
        ("Daftar dukungan warga utk usulan jalan desa sdh terkumpul 120 tanda tangan", "", False),
        (
            "Sdh Pak, sy kirim ke BKPSDM 🙏",
            "Kasubag: 'Surat dukungan usulan TPP sudah dikirim?'",
            False,
        ),
        ("Surat dukungan utk calon independen sdh terkumpul 120 lembar", "", True),
        (
            "Sdh Pak, sy kirim ke posko 🙏",
            "Relawan HEWAN: 'Surat dukungan buat Pak Hendra sdh?'",
            True,
        ),
    ],
)
def test_a_support_letter_is_ktp_support_only_for_an_election(
    text: str, target: str, forbidden: bool, sidomulyo_rules: Classifier
) -> None:
    # The rules alone: the word model, trained on many KTP drives and few office letters,
    # still reads "daftar dukungan ... terkumpul ... tanda tangan" as one (README, "Mutu dan
    # kecepatan").
    action = "reply" if target else "post"
    record = {"id": "r", "action": action, "text": text, "target_text": target}
    assert ("ktp_support" in sidomulyo_rules.classify(record).violations) is forbidden


# ruleset 2026.11.14: everyday senses of election words and numbers
@pytest.mark.parametrize(
    ("action", "text", "target"),
    [
        # "PBB" is the property tax the target speaks of, not Partai Bulan Bintang
        (
            "quote",
            "Ayo dulur, taat pajak 💪 PBB jatuh tempo 30 Sept, ojo nganti kena denda",
            "Bapenda: Kampanye Sadar Pajak, bayar PBB-P2 bisa lewat QRIS",
        ),
        # the voting date written in keycaps is 27, not ballot number 2
        ("post", "Angka keramat: 2️⃣7️⃣ 🗓️ Rebo sesok, sing penting ojo golput!", ""),
        # a menu poll and a satisfaction survey
        ("post", "Pilih salah satu: bakso atau mie ayam buat maksi rapat? Vote di komen 😂", ""),
        (
            "post",
            "Mohon isi survei kepuasan ya, cukup pilih salah satu jawaban. Scan QR di loket 🙏",
            "",
        ),
        # another vote: a school election, a contest
        (
            "post",
            "Anak wedok coblos ketua OSIS, pulang2 cerita calon nomer 3 janji kantin murah 🤣",
            "",
        ),
        (
            "post",
            "Lomba dansa antar kolom: pasangan nomor 1 (Opa Jan & Oma Ance) juara umum 💃",
            "",
        ),
        # a team, a campaign and a request of the office
        (
            "post",
            "Tim sukses program Desa Bebas Stunting: bidan, kader, PKK. Matur nuwun sedoyo 💚",
            "",
        ),
        ("post", "Kampanye Jumat Bersih di kantor: semua pegawai pungut sampah 15 menit 🧹", ""),
        (
            "post",
            "Bapak ibu kader, warga yg blm punya BPJS PBI mohon dikumpulkan fotokopi KTP + KK "
            "nya paling lambat Jumat di Pustu 🙏",
            "",
        ),
        ("post", "Senyum, sapa, salam: nomor satu dalam pelayanan 😁 motto Dukcapil kami", ""),
    ],
)
def test_everyday_senses_are_not_violations(
    sidomulyo: Classifier, action: str, text: str, target: str
) -> None:
    record = {
        "id": "r",
        "action": action,
        "text": text,
        "target_text": target or None,
        "created_at": "2024-10-15T09:00:00+07:00",
    }
    assert sidomulyo.classify(record).verdict != "forbidden"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Tanggal 27 coblos 0️⃣2️⃣ ya dulur", "online_support"),
        # a contest decided by support for a pair is still favouring
        (
            "Lomba kebersihan: juara 1 sy kasih ke RW 4 karena kompak dukung nomor 3, yg lain nanti",
            "favouring_decision",
        ),
        (
            "Yg blm setor fotokopi KTP utk dukungan Pak Hendra, paling lambat Jumat ya",
            "ktp_support",
        ),
    ],
)
def test_the_campaign_sense_is_still_found(sidomulyo: Classifier, text: str, code: str) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-10-15T09:00:00+07:00"}
    assert code in sidomulyo.classify(record).violations


@pytest.mark.parametrize(
    "text",
    [
        # a voting-day hashtag is the date written as one word
        "Yg di tengah paling cakep 😁 #27November",
        "Nomor 2 paling mantap #27nov",
        # the ballot card is an election word in any of its names
        "Kartu suara ada tiga gambar, yg nomor 3 paling meyakinkan",
    ],
)
def test_a_number_beside_the_voting_day_or_the_ballot_is_not_harmless(
    sidomulyo: Classifier, text: str
) -> None:
    record = {"id": "r", "action": "post", "text": text}
    assert sidomulyo.classify(record).verdict != "allowed"


def test_a_word_in_another_clause_does_not_own_the_number(sidomulyo_rules: Classifier) -> None:
    # "sekolah nomor 2" is a school, but here the school ends its clause before "no 2"
    record = {
        "id": "r",
        "action": "post",
        "text": "Tgl 27 kita dukung yg sdh bangun gedung sekolah kita, no 2. Ajak keluarga ya",
    }
    assert "online_support" in sidomulyo_rules.classify(record).violations
    same_clause = {"id": "s", "action": "post", "text": "Tgl 27 rapat di gedung sekolah no 2"}
    assert sidomulyo_rules.classify(same_clause).verdict == "allowed"


def test_a_choice_question_in_eastern_spelling_is_answered_with_the_choice(
    sidomulyo: Classifier,
) -> None:
    record = {
        "id": "r",
        "action": "reply",
        "text": "ikut beta sa, nomor tiga",
        "target_text": "Pak, katong harus pili sapa?",
    }
    assert sidomulyo.classify(record).verdict == "forbidden"


@pytest.mark.parametrize(
    "text",
    [
        "Iuran anggota bulan ini udah aye transfer ke DPRa ya, afwan telat 🙏",
        "Dilantik jadi bendahara PAC kecamatan, amanah baru",
    ],
)
def test_a_party_branch_with_a_word_of_membership_is_party_membership(
    sidomulyo: Classifier, text: str
) -> None:
    record = {"id": "r", "action": "post", "text": text}
    assert sidomulyo.classify(record).violations == ("party_membership",)


def test_a_branch_of_a_tree_is_no_party_branch(sidomulyo: Classifier) -> None:
    record = {"id": "r", "action": "post", "text": "Ranting pohon patah, pengurus RT kerja bakti"}
    assert sidomulyo.classify(record).verdict == "allowed"


def test_the_number_after_paslon_is_the_pair_even_before_a_count_of_days(
    sidomulyo_rules: Classifier,
) -> None:
    record = {
        "id": "r",
        "action": "post",
        "text": "Semua kader diminta hadir di launching program gratis Paslon 2 hari Sabtu ya",
    }
    verdict = sidomulyo_rules.classify(record)
    assert [(c.election, c.number) for c in verdict.candidates] == [("pilkada-sidomulyo-2024", 2)]


def test_a_profile_alias_that_is_only_a_ballot_number_keeps_the_number_checks() -> None:
    # Profiles often list "Paslon 2" or "Nomor 2" as aliases; read as a nickname it would be a
    # strong pointer even in an OSIS vote or a queue.
    profile = load_profile(SIDOMULYO)
    candidates = [
        c.model_copy(update={"aliases": [*c.aliases, f"Nomor {c.number}", f"Paslon {c.number}"]})
        for c in profile.candidates
    ]
    engine = Classifier([profile.model_copy(update={"candidates": candidates})], use_model=False)
    for text in (
        "Pemilihan ketua OSIS tadi seru, calon nomor 2 menang suara terbanyak 🎉",
        "Antre nomor 3 di loket Disdukcapil, 15 menit akta anak sdh jadi 👍",
    ):
        assert engine.classify({"id": "r", "action": "post", "text": text}).verdict == "allowed"
    campaign = {"id": "c", "action": "post", "text": "Tgl 27 coblos Paslon 2 ya"}
    assert engine.classify(campaign).verdict == "forbidden"


@pytest.mark.parametrize(
    ("action", "text", "target"),
    [
        # guarding a rally is the officer's duty
        ("post", "Jaga kampanye akbar di lapangan, capek tp aman terkendali 👮", None),
        # recording identity cards before voting day is the civil registry's service
        (
            "post",
            "Jemput bola perekaman KTP-el di SMAN 1, yg umur 17 sblm tgl 27 wajib rekam supaya "
            "bisa nyoblos. Bawa fotokopi KK ya!",
            None,
        ),
        # a Banjar refusal ("kada" is "tidak") that names the papers it will not hand over
        (
            "reply",
            "Maaf Pak, fotokopi KTP warga yg ulun kumpulkan cuma gasan BLT. Ulun kada kawa bantu",
            "Tim bakal calon perseorangan: 'Dik, KTP warga gasan BLT boleh kah ulun fotokopi?'",
        ),
    ],
)
def test_duty_service_and_refusal_are_not_violations(
    action: str, text: str, target: str | None, sidomulyo_rules: Classifier
) -> None:
    record = {"id": "r", "action": action, "text": text, "target_text": target}
    assert sidomulyo_rules.classify(record).verdict != "forbidden"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a zero-padded number cheered on is the pair's, even at a prayer meeting
        (
            "Monggo rawuh doa bersama kangge kemenangan 03, Sabtu malem. Japri kulo nggih",
            "online_support",
        ),
        # "sudin" (suku dinas) owns the printer as "kantor" does
        ("Lembur nge-print 500 selebaran HEWAN, tinta printer sudin abis", "state_resources"),
        # the puskesmas's mobile-clinic car is the office's car
        ("Oto pusling malam ni antar relawan pasang baliho HEWAN sampe desa", "state_resources"),
    ],
)
def test_cheered_numbers_and_jakarta_offices(
    text: str, code: str, sidomulyo_rules: Classifier
) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-06T22:30:00+07:00"}
    assert code in sidomulyo_rules.classify(record).violations


@pytest.mark.parametrize(
    "text",
    [
        # a class told to pass a vote on, with no pause after the group's name
        "Anak2 kelas 9 sampaikan ke orang tua masing2 ya, yg janji seragam gratis tu nomor 2. "
        "Jangan sampai salah pilih tgl 27",
        # "kls" is "kelas"
        "anak2 kls XII yg sdh 17 taun, pulang bilang ortu pilih nomor 2 ya",
        # colleagues greeted as a group ("kawan2" reads as "kawan")
        "Kawan2 guru SD se-Kec. Sidomulyo, tgl 27 kita kompak ya. Pilih nomor 2 demi nasib kita",
    ],
)
def test_a_served_group_told_how_to_vote_is_mobilised(
    text: str, sidomulyo_rules: Classifier
) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-20T10:00:00+07:00"}
    assert "mobilisation" in sidomulyo_rules.classify(record).violations


def test_a_reply_that_directs_a_group_to_a_named_candidates_event_is_mobilisation(
    sidomulyo_rules: Classifier,
) -> None:
    record = {
        "id": "r",
        "action": "reply",
        "text": "Tgl 14 semua pegawai puskesmas hadir ya, Bapak sendiri yg minta",
        "target_text": "Bidan: 'Kak, acara dialog Mas Bagus tgl 14 wajib kah?'",
    }
    assert "mobilisation" in sidomulyo_rules.classify(record).violations
    # an apology that turns the invitation down directs no one
    declined = dict(record, text="Mohon maaf, saya ASN, tidak bisa. Semoga acaranya lancar 🙏")
    assert "mobilisation" not in sidomulyo_rules.classify(declined).violations


def test_a_compulsory_office_walk_is_not_a_rally(sidomulyo_rules: Classifier) -> None:
    record = {
        "id": "r",
        "action": "post",
        "text": "Staf wajib hadir jalan sehat HUT Korpri hari Jumat, kumpul jam 6",
        "created_at": "2024-11-08T07:00:00+07:00",
    }
    assert sidomulyo_rules.classify(record).verdict == "allowed"
    campaign = dict(record, text="Staf wajib hadir jalan sehat bareng Mas Bagus hari Jumat")
    assert "mobilisation" in sidomulyo_rules.classify(campaign).violations


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "Data penerima bedah rumah disaring lagi. Yang pasang spanduk biru, tunda dulu",
            "forbidden",
        ),
        ("Proyek paving desa yg suaranya biru kita dahulukan, yg hijau belakangan", "forbidden"),
        # the colour in another sentence from the decision says nothing of it
        ("Siapa yg turun duluan waktu banjir? Yg pake rompi biru itu lho", "allowed"),
    ],
)
def test_a_decision_beside_a_camps_colour_favours_that_camp(
    coloured: Classifier, text: str, verdict: str
) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-10T10:00:00+07:00"}
    rules = Classifier(coloured.profiles, use_model=False)
    result = rules.classify(record)
    assert ("favouring_decision" in result.violations) == (verdict == "forbidden")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Tenang Pak, proposal rehab musala pasti cair, asal kampung bapak menangkan BARA 🙏",
            "Takmir: 'Pak, proposal hibah rehab musala kami bagaimana kabarnya?'",
        ),
        ("Cepat itu bu, asal tgl 27 nomor 2 ya 😉", "Warga: 'Pak, izin usaha saya kapan selesai?'"),
    ],
)
def test_a_service_promised_on_condition_of_a_vote_is_a_favouring_decision(
    text: str, target: str, sidomulyo_rules: Classifier
) -> None:
    record = {"id": "r", "action": "reply", "text": text, "target_text": target}
    record["created_at"] = "2024-11-10T10:00:00+07:00"
    assert "favouring_decision" in sidomulyo_rules.classify(record).violations
    # "asal" as where someone comes from is no condition
    origin = dict(record, text="Beliau asal Sidomulyo juga Pak, nanti saya tanyakan berkasnya")
    assert "favouring_decision" not in sidomulyo_rules.classify(origin).violations


@pytest.mark.parametrize(
    ("text", "verdict", "code"),
    [
        # the independent pair's support form needs no second KTP word or named pair
        (
            "Formulir B.1-KWK sudah saya tanda tangani, meterai pakai punya sendiri",
            "forbidden",
            "ktp_support",
        ),
        ("Formulir dukungan sudah saya tanda tangani", "allowed", None),  # dukungan for what?
        # "pemenangan" is campaign talk: a served group gathered for it is mobilised
        (
            "Rapat para ketua RT di rumah saya malam ini, bahas pemenangan nomor 2 di tiap RT",
            "forbidden",
            "mobilisation",
        ),
        (
            "Rapat para ketua RT di rumah saya malam ini, bahas pembangunan pos ronda nomor 2",
            "allowed",
            None,
        ),
        # keeping a campaign post and preparing a pair's debate are campaign work
        ("Malam ini jaga posko BARA sampai jam 12", "forbidden", "campaign_involvement"),
        (
            "Sy ikut di tim debat, siapkan materi pendidikan utk Mas Bagus",
            "forbidden",
            "campaign_involvement",
        ),
        ("Jaga anak di rumah, posko banjir aman", "allowed", None),
        # a reminder before a ballot number: support with the voting day, a doubt without it
        ("tgl 27 jang lupa nomor 1 ee", "forbidden", "online_support"),
        ("jangan lupa nomor 1 ya", "grey", None),
    ],
)
def test_support_forms_campaign_work_and_reminders(
    sidomulyo_rules: Classifier, text: str, verdict: str, code: str | None
) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-10T10:00:00+07:00"}
    result = sidomulyo_rules.classify(record)
    assert result.verdict == verdict
    if code:
        assert code in result.violations


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict"),
    [
        # a team any contest has, with nothing else of an election: whose team, a person asks
        ("post", "Alhamdulillah tim sukses tryout kelas 6 kami: rata2 naik 12 poin", "", "grey"),
        ("post", "Sy masuk tim sukses BARA, doakan ya", "", "forbidden"),
        (
            "post",
            "Alhamdulillah SK tim sukses pilkada sdh keluar, sy bagian logistik",
            "",
            "forbidden",
        ),
        (
            "reply",
            "Iya, sy bagian dokumentasi, jd tim sukses turnamen voli capek tp seru",
            "Siapa yg jd tim sukses tim voli Dinkes? Kita harus menang",
            "grey",
        ),
        (
            "reply",
            "Iya, sy bagian dokumentasi",
            "Siapa yg jd tim sukses BARA di kantor?",
            "forbidden",
        ),
        # turning a campaign team down is no campaign work
        (
            "reply",
            "Maaf pak, sy ASN, gk bisa ikut tim kampanye. Tp tgl 27 sy pasti nyoblos kok",
            "Dik, mau gabung tim kampanye Pak Bagus? Ada honornya",
            "grey",
        ),
        ("post", "Kemarin ikut kampanye akbar BARA di lapangan, rame", "", "forbidden"),
    ],
)
def test_loose_teams_and_refused_campaign_work(
    sidomulyo_rules: Classifier, action: str, text: str, target: str, verdict: str
) -> None:
    record = {"id": "r", "action": action, "text": text, "created_at": "2024-11-10T10:00:00+07:00"}
    if target:
        record["target_text"] = target
    assert sidomulyo_rules.classify(record).verdict == verdict


def test_a_colour_alone_in_the_message_replied_to_names_no_pair(coloured: Classifier) -> None:
    rules = Classifier(coloured.profiles, use_model=False)
    record = {
        "id": "r",
        "action": "reply",
        "text": "Siap pak, nanti sy sampaikan ke guru2. Seragam biru dipakai mulai Kamis ya?",
        "target_text": "Kepsek: mulai minggu ini hari Kamis pakai seragam biru, sesuai edaran bupati",
        "created_at": "2024-11-10T10:00:00+07:00",
    }
    assert "mobilisation" not in rules.classify(record).violations
    named = dict(record, target_text="Kepsek: Sabtu ada acara BARA di lapangan, wajib kah?")
    assert "mobilisation" in rules.classify(named).violations


def test_favouring_words_with_the_betawi_suffix(sidomulyo_rules: Classifier) -> None:
    text = "Hibah masjid udah sy dahuluin, ketua DKM-nya relawan BARA. Yg laen sabar ya"
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-10T10:00:00+07:00"}
    assert "favouring_decision" in sidomulyo_rules.classify(record).violations


@pytest.mark.parametrize(
    ("text", "pointed"),
    [
        # Kupang "kasi" (give) after a name: the candidate greets, no section head is meant
        ("Sabtu arisan di balai desa. Om Bagus mampir kasi salam, tgl 27 jangan lupa ya", True),
        # the title is written with a capital: a colleague who shares the candidate's name
        ("Selamat ulang tahun Pak Bagus Kasi Pemerintahan, sehat selalu", False),
    ],
)
def test_kasi_after_a_name_is_a_title_only_when_capitalised(
    sidomulyo_rules: Classifier, text: str, pointed: bool
) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-10T10:00:00+07:00"}
    assert bool(sidomulyo_rules.classify(record).candidates) == pointed


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "bkn" in lower case is "bukan", not the civil service agency that makes a post neutral
        ("BARA aja, bkn yg itu2 lagi 💪", "forbidden"),
        ("Sudah baca edaran BKN soal netralitas? Jangan like postingan paslon ya", "allowed"),
    ],
)
def test_bkn_is_the_agency_only_in_capitals(
    sidomulyo_rules: Classifier, text: str, verdict: str
) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-10T10:00:00+07:00"}
    assert sidomulyo_rules.classify(record).verdict == verdict


@pytest.mark.parametrize(
    ("text", "mobilised"),
    [
        # groups greeted the eastern way
        ("Mama2 kader posyandu, ingat e, tgl 27 pilihan kita nomor 2 🙏", True),
        ("Bapa mama guru2 SD Inpres, tgl 27 kitong satu suara e, nomor 2 🙏", True),
        ("Bapa ibu guru yg beta hormati, tgl 27 nomor 2 ee", True),
        ("Jemaat sekalian, tgl 27 pilih BARA ya, Tuhan berkati", True),
        ("Mama2 kader posyandu, besok timbang balita jam 9 ya, bawa buku KIA", False),
        # a group deciding its vote together
        ("Keluarga besar kita sdh musyawarah, tgl 27 SATU SUARA ke nomor 2 🙏", True),
        ("Banjar kita bulat dukung BARA, sudah disepakati krama 👍", True),
        # every vote counts: a turnout appeal, no group deciding for a pair
        ("Jgn lupa tgl 27 ke TPS ya, satu suara menentukan 5 thn ke depan", False),
        ("Alhamdulillah tim voli kantor kompak, satu suara pilih kapten baru", False),
    ],
)
def test_a_group_greeted_or_deciding_together_is_mobilised(
    sidomulyo_rules: Classifier, text: str, mobilised: bool
) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-11-10T10:00:00+07:00"}
    assert ("mobilisation" in sidomulyo_rules.classify(record).violations) == mobilised


@pytest.mark.parametrize(
    "text",
    [
        # the Balinese greeting's "Om" is no uncle whose candidacy this would be
        "Om swastyastu 🙏 Mohon doa restu semeton, tiang sdh menyerahkan berkas pendaftaran "
        "bakal calon wakil bupati ke DPD partai",
        "Ikut fit & proper test di DPD Gerindra hari ini. Doakan 🙏",
        # the party route is denied, the independent route is the employee's own run
        "Dak jadi maju lewat partai, sy coba jalur perseorangan be. Tim lah mulai kumpul KTP",
    ],
)
def test_ones_own_run_for_office(sidomulyo_rules: Classifier, text: str) -> None:
    record = {"id": "r", "action": "post", "text": text, "created_at": "2024-06-10T10:00:00+07:00"}
    assert "candidacy" in sidomulyo_rules.classify(record).violations


@pytest.mark.parametrize(
    ("text", "favoured"),
    [
        ("Tolak aja, bilang alun2 lg renovasi 😏 yg BARA minggu depan kasih.", True),
        ("Sdh sy tolak pak 😏 biar dorang cari tempat lain", True),
        # the office turning a campaign down without a wink or a camp is doing its job
        ("Tolak saja pak, sesuai aturan GOR tidak untuk kegiatan paslon.", False),
    ],
)
def test_a_campaign_teams_request_decided_for_one_camp(
    sidomulyo_rules: Classifier, text: str, favoured: bool
) -> None:
    record = {
        "id": "r",
        "action": "reply",
        "text": text,
        "target_text": "Staf: 'Pak, tim HEWAN ajukan izin pakai GOR tanggal 19 utk kampanye'",
        "created_at": "2024-11-10T10:00:00+07:00",
    }
    violations = sidomulyo_rules.classify(record).violations
    assert ("favouring_decision" in violations) == favoured


def test_a_name_printed_on_a_thing_is_an_attribute_not_a_photo(sidomulyo_rules: Classifier) -> None:
    record = {
        "id": "r",
        "action": "post",
        "text": "Helm anyar, keren ora? 😁",
        "media": [
            {"type": "image", "caption": "Foto: pegawai memegang helm biru bertuliskan 'BARA 2'"}
        ],
        "created_at": "2024-11-10T10:00:00+07:00",
    }
    violations = sidomulyo_rules.classify(record).violations
    assert "symbol_or_attribute" in violations
    assert "photo_with_candidate" not in violations
    standing = dict(
        record,
        media=[
            {"type": "image", "caption": "Foto: pegawai berpose bersama Mas Bagus di posko BARA"}
        ],
    )
    assert "photo_with_candidate" in sidomulyo_rules.classify(standing).violations


@pytest.fixture(scope="module")
def with_slogans() -> Classifier:
    """Sidomulyo with the slogans a Satgas knows: BARA's jargon is made of common words."""
    return _sidomulyo_with(
        "slogans", {1: ["Sidomulyo Ijo Royo-royo"], 2: ["Yang Jujur Pasti Makmur"]}
    )


@pytest.mark.parametrize(
    ("text", "number", "rule"),
    [
        ("Pagi2 sdh semangat, Sidomulyo ijo royo2 💪", 1, "OS-10"),
        ("Tgl 27 ingat ya: yg jujur pasti makmur 😉", 2, "OS-10"),
        ("Sidomulyo ijo royo-royo? Omong kosong, jangan dipilih 😂", 1, "OS-02"),
    ],
)
def test_a_pair_named_only_by_its_slogan(
    with_slogans: Classifier, sidomulyo: Classifier, text: str, number: int, rule: str
) -> None:
    _pair_reason(with_slogans, text, number, rule)
    # without slogans in the profile the words point nowhere
    plain = sidomulyo.classify({"id": "r", "action": "post", "text": text})
    assert plain.candidates == ()


def test_a_slogan_of_common_words_needs_election_talk(with_slogans: Classifier) -> None:
    text = "Kata simbah, yang jujur pasti makmur. Nasihat buat anak2 sebelum berangkat sekolah"
    verdict = with_slogans.classify({"id": "r", "action": "post", "text": text})
    # a proverb that is also a pair's slogan may still be read by a person, never convicted
    assert verdict.verdict != "forbidden"
    assert verdict.candidates == ()
    assert not any(r.rule == "OS-10" for r in verdict.reasons)


@pytest.mark.parametrize(
    "text",
    [
        "Seragam futsal kantor sdh jadi, nomor punggung 2 punya aku 😎🔥",
        "Dapat no antrean 3 di poli gigi, semoga cepet 🙏",
        "jangan lupa nomor antrean 1 ya",
    ],
)
def test_a_word_between_nomor_and_the_number_says_what_it_counts(
    sidomulyo: Classifier, text: str
) -> None:
    verdict = sidomulyo.classify({"id": "r", "action": "post", "text": text})
    assert verdict.candidates == ()
    assert verdict.verdict == "allowed"


KTP_CALL = "Ada yg mau nitip fotokopi KTP utk dukungan calon perseorangan? sy kumpulkan"


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict", "code"),
    [
        # a candidacy of many is talk about others, one's own is candidacy
        (
            "comment",
            "Semoga prosesnya transparan untuk semua bakal calon 👍",
            "Berita: KPU umumkan hasil verifikasi dukungan calon perseorangan",
            "grey",
            None,
        ),
        (
            "post",
            "Banyak nian baliho para bakal calon sepanjang jalan, pilkada makin dekat",
            None,
            "grey",
            None,
        ),
        (
            "post",
            "Alhamdulillah sy lolos penjaringan bakal calon wakil bupati, mohon doa restu",
            None,
            "forbidden",
            "candidacy",
        ),
        # a KTP call turned down at the opening of the reply, or answered with one's own
        (
            "reply",
            "Maaf tidak bisa, saya ASN. Kasih KTP untuk dukungan calon itu terlarang",
            KTP_CALL,
            "allowed",
            None,
        ),
        (
            "reply",
            "Bisa, sy titip 2 KTP ya, punya sy dan istri",
            KTP_CALL,
            "forbidden",
            "ktp_support",
        ),
        # an office hall the election's own event lends to every pair alike
        (
            "post",
            "Aula kantor camat dipakai KPU utk debat kandidat Sabtu ini, ketiga paslon "
            "dapat jatah undangan pendukung sama",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Aula kantor camat dipakai posko BARA tiap malam, gratis 😁",
            None,
            "forbidden",
            "state_resources",
        ),
        # "speed" is the speedboat of Maluku and Papua
        (
            "post",
            "BBM speed dinas sdh isi full, besok antar rombongan Mas Bagus ke pulau 😏",
            None,
            "forbidden",
            "state_resources",
        ),
        # "jgn pilih kasih" is favouritism, not a vote against anyone
        (
            "reply",
            "Ikut urutan surat masuk, yg duluan dapat. Jgn pilih kasih ya",
            "Pak, tim BARA dan tim HEWAN sama2 ajukan izin pakai lapangan tgl 10, gimana?",
            "grey",
            None,
        ),
    ],
)
def test_whose_candidacy_refusals_shared_halls_and_favouritism(
    sidomulyo: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    code: str | None,
) -> None:
    _assert_judged(sidomulyo, action, text, target, verdict, code)


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict", "code"),
    [
        # lower-case "tu" after a name is Malay "itu", not the administration office (TU)
        (
            "post",
            "Mas Bagus tu memang paling pantas jadi bupati, gas!",
            None,
            "forbidden",
            "online_support",
        ),
        (
            "post",
            "Mas Bagus TU sekolah kami sdh pensiun, selamat menikmati masa purna 🙏",
            None,
            "allowed",
            None,
        ),
        # a candidate's first name written in lower case is the common word it also is
        (
            "post",
            "Bukan kampanye ya, cuma ngingetin: pemimpin yang bagus itu yang jujur 🙏",
            None,
            "grey",
            None,
        ),
        # a capitalised acronym inside a longer name in capitals is not the pair's
        (
            "post",
            "Kandang HEWAN QURBAN masjid sdh siap, mantap kerja bapak2 💪",
            None,
            "allowed",
            None,
        ),
        ("post", "HEWAN MENANG, gas!", None, "forbidden", "online_support"),
        # a party's village branch named with its officials
        (
            "post",
            "Alhamdulillah dilantik jadi pengurus ranting PAN Desa Sukamaju 🙏",
            None,
            "forbidden",
            "party_membership",
        ),
        # the officer's own task at a verification, and a coached answer to one
        (
            "post",
            "Td dampingi petugas PPS verifikasi faktual dukungan calon perseorangan di "
            "kantor desa. Tugas ya tugas 📋",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Kalau didatangi petugas PPS utk verfak, bilang aja memang dukung calon "
            "perseorangan ya",
            None,
            "forbidden",
            "ktp_support",
        ),
        # a KTP request the employee turned down, and people still awaited
        (
            "post",
            "Tadi ada org datang minta fotokopi KTP katanya untuk dukungan calon. Sy gak "
            "kasih, sy ASN",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Yang belum kasih fotokopi KTP untuk dukungan calon perseorangan, setor ke saya ya",
            None,
            "forbidden",
            "ktp_support",
        ),
        # news of an unnamed violator is a warning, not one's own act
        (
            "post",
            "Dengar2 ada oknum pegawai kelurahan ikut kampanye pake baju dinas. Hati2, "
            "Satgas pantau 👀",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Hari ini ikut kampanye BARA pake baju dinas 😁",
            None,
            "forbidden",
            "campaign_involvement",
        ),
        # the campaign's props coming down is no campaign event
        (
            "post",
            "Bawaslu: masa tenang, alat peraga kampanye wajib turun. Yg liat baliho masih "
            "berdiri bisa lapor ya",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Ikut kampanye akbar BARA di lapangan, rame pol",
            None,
            "forbidden",
            "campaign_involvement",
        ),
        # "dicoblos" is a vote
        (
            "post",
            "Dulu janji2 terus ngilang, skrg minta dicoblos nomor 2 lagi. Ogah 😂",
            None,
            "forbidden",
            "online_support",
        ),
        # liking a candidate's content with no campaign in it needs a reader; with campaign, or
        # led by "Bersama <pair>", it is support
        (
            "like",
            "",
            "Akun Pak Hendra: foto ibadah bersama istri dan cucu, tanpa pesan kampanye",
            "grey",
            None,
        ),
        (
            "like",
            "",
            "Akun relawan: Bersama Pak Hendra untuk Sidomulyo",
            "forbidden",
            "online_support",
        ),
    ],
)
def test_titles_names_in_capitals_duties_refusals_and_content_without_campaign(
    sidomulyo_rules: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    code: str | None,
) -> None:
    _assert_judged(sidomulyo_rules, action, text, target, verdict, code)


# ruleset 2026.11.27
@pytest.mark.parametrize(
    ("text", "verdict", "code"),
    [
        # a ballot number right after a verb of steering is where people are sent, even with
        # words of whom it steers between; a route or a denied steer is not
        (
            "Bapak2 kadus, mohon warga diarahkan ke nomor 2 ya. Nanti bantuan desa kita "
            "perhatikan 🙏",
            "forbidden",
            "mobilisation",
        ),
        (
            "Bapak2 RT, kagek kito samo2 arahke keluargo masing2 ke nomor 2 yo",
            "forbidden",
            "mobilisation",
        ),
        ("Pasien lansia diarahkan ke jalur nomor 2 di loket pendaftaran", "allowed", None),
        # aid or an inauguration timed to a candidate's visit favours that candidate
        (
            "Bapak ibu, bansos beras tahap ini dibagikan pas ada kunjungan tim 02 ke kecamatan ya",
            "forbidden",
            "favouring_decision",
        ),
        (
            "Pembagian sembako lansia dimundurke ke tanggal 9, pas ado acara Pak Hendra di "
            "desa itu",
            "forbidden",
            "favouring_decision",
        ),
        (
            "Bansos beras tahap ini dibagikan Senin di kantor kecamatan, bawa KTP dan KK ya",
            "allowed",
            None,
        ),
        # an acronym that is also a common word, in capitals with only a pleased tone, is at
        # most a doubt; with support it is the pair's
        (
            "Kemah pramuka: BARA api unggun nyala terus sampai pagi, mantap 👍",
            "grey",
            None,
        ),
        ("BARA aja, bkn yg itu2 lagi 💪", "forbidden", "online_support"),
    ],
)
def test_steered_numbers_aid_timed_to_visits_and_acronyms_that_are_words(
    sidomulyo_rules: Classifier, text: str, verdict: str, code: str | None
) -> None:
    _assert_judged(sidomulyo_rules, "post", text, None, verdict, code)


@pytest.mark.parametrize(
    ("text", "number"),
    [("Tgl 27 jangan salah coblos yg ijo ya", 1), ("Tgl 27 jangan lupa coblos yg oren ya", 3)],
)
def test_a_profile_colour_in_its_regional_form(text: str, number: int) -> None:
    engine = _sidomulyo_with("colours", {1: ["hijau"], 2: ["biru"], 3: ["oranye"]}, False)
    verdict = engine.classify({"id": "r", "action": "post", "text": text})
    assert verdict.verdict == "forbidden"
    assert [c.number for c in verdict.candidates] == [number]
    plain = engine.classify({"id": "r", "action": "post", "text": "Sayur ijo seger teko kebon"})
    assert plain.candidates == ()


def _judge(engine: Classifier, action: str, text: str, target: str | None) -> Verdict:
    """The verdict on one record of the employee's words, with the content they answer, if any."""
    record = {"id": "r", "action": action, "text": text}
    if target:
        record["target_text"] = target
    return engine.classify(record)


def _assert_judged(
    engine: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    code: str | None,
) -> None:
    """The record (with its target, if any) gets `verdict`, and `code` among its violations."""
    result = _judge(engine, action, text, target)
    assert result.verdict == verdict
    if code:
        assert code in result.violations


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict", "code"),
    [
        # a regional first person just before a candidacy word owns the run
        (
            "post",
            "Beta siap maju cawabup dampingi Mas Bagus, mohon doa restu 🙏",
            None,
            "forbidden",
            "candidacy",
        ),
        # a campaign task taken in a thread: the speaker named as the one who does it, or
        # answering "siapa?" alone
        (
            "reply",
            "Awak yg pegang konsumsi lae, tenang aja 👍",
            "Grup Tim Pemenangan BARA: 'Siapa yg urus makan minum kampanye Kamis?'",
            "forbidden",
            "campaign_involvement",
        ),
        (
            "reply",
            "Aku Cak, lek bengi iso. Awan tetep ngantor 😁",
            "Relawan BARA: 'Sopo sing iso dadi korlap Kelurahan Sukorejo? Wis onok kaos & ID card'",
            "forbidden",
            "campaign_involvement",
        ),
        # backing another person's announced run is support for that person
        (
            "reply",
            "Mantap Pak Camat, kami dukung! 💪",
            "Camat Sukamaju: 'Resmi mengembalikan formulir penjaringan bacawabup di DPC'",
            "forbidden",
            "online_support",
        ),
        # the same words under a request that is not a campaign's
        (
            "reply",
            "Sy yg kirim jadwalnya kemarin, maaf telat 🙏",
            "Panitia lomba 17-an kantor: 'Siapa yg kirim jadwal lomba tarik tambang?'",
            "allowed",
            None,
        ),
    ],
)
def test_whose_run_and_tasks_taken_in_threads(
    sidomulyo_rules: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    code: str | None,
) -> None:
    _assert_judged(sidomulyo_rules, action, text, target, verdict, code)


@pytest.mark.parametrize(
    ("action", "text", "target"),
    [
        # the phrase names whose run it is
        ("post", "Deklarasi bakal calon bupati Mas Bagus tadi pagi, saya ikut hadir", None),
        # the replier backs the poster's run, or says no to it
        ("reply", "Kami dukung penuh Mas 💪", "Mas Bagus: 'Mohon doa restu, saya maju Pilkada'"),
        (
            "reply",
            "Maaf Pak, saya tidak bisa bantu, sy ASN 🙏",
            "Tim bakal calon perseorangan: 'Dik, bisa bantu kumpulkan KTP warga?'",
        ),
    ],
)
def test_another_persons_candidacy_is_not_the_speakers(
    sidomulyo_rules: Classifier, action: str, text: str, target: str | None
) -> None:
    record = {"id": "r", "action": action, "text": text}
    if target:
        record["target_text"] = target
    assert "candidacy" not in sidomulyo_rules.classify(record).violations


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict", "code"),
    [
        # a finger pointing up at a KPU broadcast points at the content, not at number 1
        (
            "share",
            "Info resmi yo bapak ibu 👆",
            "Broadcast KPU Kabupaten Sidomulyo: 'Bawa undangan C6 dan KTP-el ke TPS tgl 27 Nov'",
            "allowed",
            None,
        ),
        # "empat pasangan mendaftar" counts pairs
        (
            "share",
            "Pantau info resmi KPU ya, jgn percaya kabar burung 👍",
            "KPU Kabupaten Sidomulyo: 'Pendaftaran pasangan calon ditutup, empat pasangan mendaftar'",
            "allowed",
            None,
        ),
        # the speaker's status given as the reason, then a no
        (
            "reply",
            "Maaf pak RT, sy PNS, nda bisa ikut kumpul KTP utk calon. Cari org lain saja e 🙏",
            "Pak RT (grup WA warga): 'Bu Guru, tolong kumpulkan fotokopi KTP warga utk calon "
            "perseorangan'",
            "allowed",
            None,
        ),
        # every pair's witnesses, described; a report to the election supervisor
        (
            "quote",
            "Ini baru keren. Saksi ketiga paslon tanda tangan tanpa keberatan 👏",
            "@kpu_sidomulyo: 'Rekapitulasi tingkat PPK Kec. Sukamaju selesai tanpa keberatan'",
            "allowed",
            None,
        ),
        # membership admitted in a reply to a question about the party
        (
            "reply",
            "Masih lah, beta sekretaris PAC 😅 asal sonde ketahuan sa",
            "Teman: 'Lu masih aktif di partai ko? Dong bilang ASN sonde boleh'",
            "forbidden",
            "party_membership",
        ),
        # the election's own date makes the number the ballot's, though "ketua" names a post
        (
            "post",
            "Sy sbg ketua Karang Taruna minta adik2 semua tgl 27 kompak ke no 3. Jgn ada yg "
            "membelot 😤",
            None,
            "forbidden",
            "mobilisation",
        ),
    ],
)
def test_pointers_that_are_not_and_admissions_in_threads(
    sidomulyo_rules: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    code: str | None,
) -> None:
    _assert_judged(sidomulyo_rules, action, text, target, verdict, code)


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict", "code"),
    [
        # a child given the candidate's name, or the speaker's child who shares it
        (
            "post",
            "Alhamdulillah, anak kedua kami lahir hari ini, bernama Hendra Kusuma 🤲 semoga jadi "
            "anak soleh",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Anakku Bagus Santoso juara 2 lomba adzan se-kecamatan 🥈 makasih ustadz",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Bagus Santoso anak kami juara 2 lomba adzan se-kecamatan 🥈",
            None,
            "allowed",
            None,
        ),
        # a cousin can be the candidate: a reader decides
        ("post", "Sepupu sy Bagus Santoso resmi maju cawali, mohon doanya 🤲", None, "grey", None),
        # greeting the winners once inaugurated is protocol
        (
            "post",
            "Selamat utk Pak Hendra & Bu Wati yg dilantik hari ini sbg Bupati & Wakil Bupati "
            "Sidomulyo. Mari dukung program pemerintahan 🙏",
            None,
            "allowed",
            None,
        ),
        (
            "comment",
            "Selamat bertugas Pak Bupati Hendra 🙏 semoga amanah",
            "Pemkab Sidomulyo: 'Pelantikan Bupati dan Wakil Bupati Sidomulyo 2025-2030'",
            "allowed",
            None,
        ),
        # declared by the KPU: a private greeting naming the winner needs a reader, an office's
        # does not
        ("post", "Selamat Mas Bagus, bupati terpilih 🙏 semoga amanah", None, "grey", None),
        (
            "post",
            "Atas nama keluarga besar Dinas Kesehatan, kami mengucapkan selamat kepada Hendra "
            "Kusuma dan Wati Rahayu yang telah ditetapkan KPU sebagai Bupati dan Wakil Bupati "
            "terpilih",
            None,
            "allowed",
            None,
        ),
        # set as a candidate is no win; an acting regent is not the winner
        (
            "post",
            "Selamat Mas Bagus sudah ditetapkan jadi calon bupati, semoga menang 💪",
            None,
            "forbidden",
            "online_support",
        ),
        (
            "quote",
            "Selamat bertugas Pak Pjs. Mas Bagus juga semoga sehat selalu 🙏",
            "Berita: 'Bupati cuti kampanye, Pjs Bupati dilantik Gubernur'",
            "grey",
            None,
        ),
        # part two: a colleague's post or a street before the name; a greeting of the staff
        (
            "post",
            "Gotong royong bersihkan parit depan SD, dipimpin satpam Pak Hendra. Mantap, hujan "
            "gak bikin banjir lagi 🧹💪",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "TPS 03 kami tahun ini di halaman SD 47 Jl. Hendra Kusuma. Bawa surat pemberitahuan "
            "sama KTP-el ya 🗳️",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Jajaran Dinas Sosial mengucapkan selamat atas pelantikan Bapak Bagus Santoso dan Ibu "
            "Ratna Sari sebagai Bupati dan Wakil Bupati Sidomulyo 🙏",
            None,
            "allowed",
            None,
        ),
        # the KTP a voter brings to the polling station; a rally denied
        (
            "post",
            "TPS 09 sudah buka. Yg blm coblos, bawa KTP + surat pemberitahuan ya. Antrian pendek 👍",
            None,
            "allowed",
            None,
        ),
        (
            "post",
            "Oranye2 hari ini bukan kampanye ya, ini seragam panitia HUT kabupaten 🎉😂",
            None,
            "allowed",
            None,
        ),
    ],
)
def test_namesakes_and_greetings_to_winners(
    sidomulyo_rules: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    code: str | None,
) -> None:
    _assert_judged(sidomulyo_rules, action, text, target, verdict, code)


@pytest.mark.parametrize(
    ("action", "target", "verdict"),
    [
        # an office's account: its content about an incumbent is no campaign content
        (
            "like",
            "Akun resmi Pemkab Sidomulyo: 'Bupati Bagus Santoso menerima penghargaan Anugerah "
            "Pembangunan Daerah'",
            "grey",
        ),
        (
            "like",
            "Akun resmi RSUD Sidomulyo: 'Kunjungan kerja Bupati Bagus Santoso ke ruang rawat inap'",
            "grey",
        ),
        # an account said to hold no campaign content
        (
            "follow",
            "Akun Instagram pribadi @bagussantoso (foto keluarga dan pengajian, belum ada konten "
            "kampanye)",
            "grey",
        ),
        ("follow", "Akun TikTok @hendra.kusuma, bukan akun kampanye, isinya video masak", "grey"),
        # the candidate's own official account with campaign content stays support
        (
            "like",
            "Akun resmi Mas Bagus: 'Terima kasih relawan, kampanye akbar besok di alun-alun!'",
            "forbidden",
        ),
    ],
)
def test_office_accounts_and_content_said_not_to_campaign(
    sidomulyo_rules: Classifier, action: str, target: str, verdict: str
) -> None:
    _assert_judged(
        sidomulyo_rules,
        action,
        "",
        target,
        verdict,
        "online_support" if verdict == "forbidden" else None,
    )


@pytest.mark.parametrize(
    ("aliases", "action", "text", "target", "verdict"),
    [
        # a bare "03" among the aliases is the ballot number, not a name every "3" matches
        (
            ["SADEWA", "03"],
            "post",
            "Rapat persiapan jam 3 pagi, kopi sudah disiapkan",
            None,
            "allowed",
        ),
        # an acronym the profile also lists in lower case counts written either way
        (
            ["SADEWA", "Sadewa"],
            "post",
            "Sidomulyo gak butuh pemimpin yg cuma jago ngomong. Jgn pilih Sadewa 🙅",
            None,
            "forbidden",
        ),
        # an office's account written as its handle
        (
            ["SADEWA"],
            "follow",
            "",
            "Akun resmi @humas.pemkabsidomulyo (unggahan terbaru: Bupati pimpin rapat paripurna)",
            "grey",
        ),
    ],
)
def test_aliases_as_the_profile_writes_them(
    aliases: list[str], action: str, text: str, target: str | None, verdict: str
) -> None:
    engine = _sidomulyo_with("aliases", {3: aliases}, use_model=False)
    _assert_judged(
        engine, action, text, target, verdict, "online_support" if verdict == "forbidden" else None
    )


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Afwan ustadz, sy ASN, nda bisa bantu sebar yg ada foto paslonnya 🙏",
            "Ustadz (grup WA majelis): 'Ibu2, yg PNS tolong bantu sebarkan flyer pengajian "
            "akbar bersama Mas Bagus ya'",
        ),
        (
            "Rahasia e nyong 🤐 beta ASN. Tgl 27 beta datang coblos sa, lu ju datang",
            "Teman: 'Lu pilih sapa nanti? 😁'",
        ),
    ],
)
def test_an_employee_naming_their_status_to_say_no_is_no_violation(
    sidomulyo_rules: Classifier, text: str, target: str
) -> None:
    record = {"id": "r", "action": "reply", "text": text, "target_text": target}
    assert sidomulyo_rules.classify(record).verdict != "forbidden"


def test_a_colour_named_as_the_one_to_vote_for() -> None:
    engine = _sidomulyo_with("colours", {1: ["hijau"], 2: ["kuning"], 3: ["biru"]}, False)
    text = "Besok jgn lupa pesan mama: coblos yg ada bundanya, yg kuning 💛🙏"
    verdict = engine.classify({"id": "r", "action": "post", "text": text})
    assert verdict.verdict == "forbidden"
    assert [c.number for c in verdict.candidates] == [2]
    shirt = engine.classify(
        {"id": "r", "action": "post", "text": "Pilih baju yg kuning buat senam"}
    )
    assert shirt.verdict != "forbidden"


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict", "code"),
    [
        # a forum of every camp is no one camp's: joining it goes to a reader
        (
            "join",
            "",
            "Grup Facebook 'Diskusi Pilkada Sidomulyo 2024' (grup umum, anggotanya pendukung "
            "ketiga paslon)",
            "grey",
            None,
        ),
        (
            "join",
            "",
            "Grup FB 'Diskusi Pilkada Sidomulyo 2024 (semua pendukung boleh gabung)'",
            "grey",
            None,
        ),
        # one camp's group stays support
        ("join", "", "Grup WA 'Pendukung BARA Kecamatan Kota'", "forbidden", "online_support"),
        # a name found in KPU's party register and doubted is a finding to clarify
        (
            "post",
            "Nama sy ternyata tercatat sbg anggota partai di SIPOL, padahal gk pernah daftar!",
            None,
            "grey",
            None,
        ),
        (
            "post",
            "Cek Sipol, nama sy masih terdaftar anggota PKB. Biarkan saja, memang anggota 😅",
            None,
            "forbidden",
            "party_membership",
        ),
        # a KTP request turned down, or not answered yet
        (
            "post",
            "Ade orang datang minta fotokopi KTP katanye utk dukungan calon perseorangan. "
            "Tak aku kasi lah",
            None,
            "allowed",
            None,
        ),
        (
            "reply",
            "Buat apaan bang? Kalo buat dukungan calon independen aye kagak mau ye, ASN 🙏",
            "Tetangga: 'Ncang, minta fotokopi KTP ama KK dong, buat program'",
            "allowed",
            None,
        ),
        (
            "post",
            "Ada yg dtg ke rumah minta fotokopi KTP katanya buat calon perseorangan. Sy bilang "
            "pikir2 dulu ya 🤔",
            None,
            "grey",
            None,
        ),
        # a campaign team by its number
        (
            "post",
            "Kades2, tolong pastikan spanduk & kaus dari tim nomor 2 sampai ke warga sebelum "
            "masa tenang",
            None,
            "forbidden",
            None,
        ),
    ],
)
def test_forums_registers_ktp_answers_and_teams_by_number(
    sidomulyo_rules: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    code: str | None,
) -> None:
    _assert_judged(sidomulyo_rules, action, text, target, verdict, code)


@pytest.mark.parametrize(
    ("text", "verdict", "rule"),
    [
        # an association's structure and card are not a party's
        (
            "Musda DPD PPNI Kab. Sidomulyo, alhamdulillah sy terpilih jd sekretaris 🙏",
            "allowed",
            "NE-06",
        ),
        (
            "Kemarin ke sekretariat DPW PPNI urus kartu anggota, iuran 2024 sdh lunas",
            "allowed",
            "NE-06",
        ),
        (
            "Kemarin ke sekretariat DPW PDIP urus kartu anggota, iuran 2024 sdh lunas",
            "forbidden",
            "PM-01",
        ),
        # a discharge already issued ends the service; one still pending does not
        (
            "Alhamdulillah SK pemberhentian sy sbg PNS sdh terbit bulan lalu. Hari ini sy resmi "
            "daftar bakal calon wakil bupati 🙏",
            "allowed",
            "NE-07",
        ),
        (
            "Berkas pendaftaran sy sbg bakal calon wakil bupati sdh diterima. Insya Allah SK "
            "pensiun dini menyusul 🙏",
            "forbidden",
            "CA-01",
        ),
    ],
)
def test_associations_and_a_service_already_ended(
    sidomulyo_rules: Classifier, text: str, verdict: str, rule: str
) -> None:
    result = sidomulyo_rules.classify({"id": "r", "action": "post", "text": text})
    assert result.verdict == verdict
    assert rule in {r.rule for r in result.reasons}


@pytest.mark.parametrize(
    ("action", "text", "target", "verdict", "rule"),
    [
        # disbelief in a pair's promise attacks the pair
        (
            "comment",
            "janji lama diulang2, dulu 5 thn ngapain aja 🙄 kada usah percaya",
            "Berita online: 'Hendra-Wati janjikan insentif guru honorer naik'",
            "forbidden",
            "OS-02",
        ),
        # a campaign role turned down is not taken; a role's "sukses" wishes no one luck
        ("post", "maaf, sy tdk bersedia jd saksi paslon 2, sy PNS", None, "grey", "GR-01"),
        ("post", "dak nak masuk grup relawan BARA, aku ASN", None, "grey", "GR-01"),
        ("post", "aku idak mau jadi tim sukses Pak Hendra", None, "grey", "GR-01"),
        ("post", "aku jadi tim sukses Pak Hendra", None, "forbidden", "CI-01"),
        # values put first, and advice not to pose, are no support
        ("post", "Beda pilihan boleh, silaturahmi tetap nomor satu 🙏", None, "allowed", "NE-03"),
        (
            "reply",
            "Kada usah. Layani sesuai tugas ja, jgn foto bareng apalagi pose jari ☝️✌️❌",
            "Staf: 'Pak, boleh kah ulun foto lawan paslon kalau beliau datang ke kantor?'",
            "allowed",
            "NE-01",
        ),
        # a lower-case nickname that is a common word, beside an election word only
        (
            "post",
            "Pemilih di desa kami banyak pelihara hewan ternak, jadi TPS 5 dipindah ke balai desa",
            None,
            "allowed",
            None,
        ),
        # questions about the rules, and reports to the overseers
        (
            "post",
            "Min, nak tanya. Boleh gk awak like postingan paslon kalau cuma nak tau programnya? 🙏",
            None,
            "allowed",
            "NE-01",
        ),
        (
            "post",
            "Ado kepala sekolah nyuruh guru hadir kampanye BARA, ado ss nya. Lapor ke mano yg aman?",
            None,
            "allowed",
            "NE-01",
        ),
        # a party, team or KTP support left: with proof, without, and with something still going
        (
            "post",
            "Update: sdh sy serahkan surat pengunduran diri sbg Ketua PAC ke DPD NasDem & tanda "
            "terima sdh sy kirim ke BKPSDM",
            None,
            "allowed",
            "NE-08",
        ),
        (
            "post",
            "Sy tarik dukungan KTP sy dari bakal calon perseorangan, sdh sy isi formulir "
            "pernyataan tidak mendukung saat verifikasi faktual",
            None,
            "allowed",
            "NE-08",
        ),
        (
            "post",
            "Sy dah ajukan surat keluar dari partai Golkar sejak Juli, sampai kini belum dapat "
            "balasan DPC",
            None,
            "grey",
            "GR-14",
        ),
        (
            "post",
            "Sy dah mundur dari tim pemenangan BARA kok. Tapi kalau dibutuhkan sy tetap datang "
            "rapat posko",
            None,
            "forbidden",
            "CI-01",
        ),
        # a party's invitation turned down
        (
            "post",
            "Sy diajak kawan ke DPC partai nak dicalonkan wakil. Sy tolak baik2, ASN ni",
            None,
            "allowed",
            "NE-04",
        ),
    ],
)
def test_promises_doubted_roles_refused_questions_and_parties_left(
    sidomulyo_rules: Classifier,
    action: str,
    text: str,
    target: str | None,
    verdict: str,
    rule: str | None,
) -> None:
    result = _judge(sidomulyo_rules, action, text, target)
    assert result.verdict == verdict
    if rule:
        assert rule in {r.rule for r in result.reasons}

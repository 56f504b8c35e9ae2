"""/cek/ "Cek dulu sebelum posting": verdict in plain words, highlighted words, rule, remedy; the
draft is neither stored nor logged; limits answer in Indonesian."""

from __future__ import annotations

import logging

import pytest
from django.contrib.staticfiles import finders

from netra.classify.knowledge import load_knowledge
from netra.elections.models import Election
from tests.guidance.pages import assert_strict_csp, cache_table_dump, row_counts, text_of

URL = "/cek/"
VIOLATIONS = load_knowledge().rules.violations


def check(client, htmx: bool = False, **data):
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(URL, {"action": "post", **data}, **headers)


def test_page_offers_the_actions_in_indonesian(client, world) -> None:
    response = client.get(URL)
    assert response.status_code == 200
    page = text_of(response)
    assert "Cek dulu sebelum posting" in page
    for label in (
        "Mengunggah (posting)",
        "Berkomentar",
        "Membagikan (share)",
        "Menyukai (like)",
        "Mengikuti akun (follow)",
        "Bergabung ke grup",
    ):
        assert label in page
    assert "tidak disimpan" in page
    body = response.content.decode()
    assert 'hx-post="/cek/"' in body and 'method="post" action="/cek/"' in body
    assert 'maxlength="5000"' in body
    assert "guidance/selfcheck" in body  # the small script that swaps refusals in place
    assert_strict_csp(response)
    assert "no-store" in response["Cache-Control"]


CASES = [
    # (zone, draft, verdict words, highlighted words, words of the explanation that must show)
    (
        "forbidden",
        "BARA gaskeun!",
        "Tidak boleh",
        "<mark>BARA gaskeun</mark>",
        [
            VIOLATIONS["online_support"].title,
            VIOLATIONS["online_support"].remedy,
            VIOLATIONS["online_support"].basis,
            "Agar boleh:",
            "OS-01",
            "Menyatakan dukungan kepada paslon nomor 2 (Bagus Santoso – Ratna Sari)",
            "Hukuman disiplin berat",
        ],
    ),
    (
        "grey",
        "Pilih pemimpin yang amanah, kalian pasti paham lah 😏",
        "Abu-abu: sebaiknya jangan, tanyakan Satgas",
        "<mark>yang amanah</mark>",
        [
            "Bisa dianggap: " + VIOLATIONS["online_support"].title,
            "Agar aman:",
            VIOLATIONS["online_support"].remedy,
            "GR-03",
            "Petunjuk tanpa nama atau nomor dalam konteks pemilu",
        ],
    ),
    (
        "allowed",
        "Jangan golput ya, datang ke TPS 27 November!",
        "Boleh",
        "<mark>Jangan golput</mark>",
        [
            "Kata pemilu yang kami temukan, dan mengapa tidak melanggar",
            "NE-02",
            "Ajakan memilih atau informasi pemilu yang tidak menunjuk calon mana pun.",
        ],
    ),
]


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "tanpa-js"])
@pytest.mark.parametrize(("zone", "draft", "words", "marked", "explained"), CASES)
def test_verdict_in_plain_words(client, world, htmx, zone, draft, words, marked, explained) -> None:
    response = check(client, htmx, text=draft)
    assert response.status_code == 200
    body = response.content.decode()
    assert f'class="guide-verdict v-{zone}" id="putusan">{words}</p>' in body
    assert marked in body
    page = text_of(response)
    for expected in explained:
        assert expected in page
    if htmx:  # only the result block, swapped into #hasil
        assert "<html" not in body and "<form" not in body
    else:  # the whole page, with the draft kept in the form for another try
        assert "<html" in body and draft in page and 'id="hasil"' in body
    if zone != "forbidden":
        assert "Tidak boleh" not in page
    assert_strict_csp(response)


def test_like_of_campaign_content_without_own_words_is_forbidden(client, world) -> None:
    response = check(
        client, True, action="like", text="", target_text="Ayo menangkan BARA nomor 2! #BARAmenyala"
    )
    assert response.status_code == 200
    page = text_of(response)
    assert "Tidak boleh" in page
    assert "OS-04" in page and "Menyukai atau memberi reaksi pada konten kampanye" in page
    assert "Yang Anda tuju" in page and "Teks Anda (" not in page
    assert "<mark>BARA</mark>" in response.content.decode()
    assert "paslon nomor 2 (Bagus Santoso – Ratna Sari)" in page


def test_one_draft_can_break_several_rules(client, world) -> None:
    response = check(client, True, text="Foto bareng Mas Bagus tadi, mantap, lanjutkan!")
    page = text_of(response)
    assert VIOLATIONS["photo_with_candidate"].title in page
    assert VIOLATIONS["online_support"].title in page
    assert VIOLATIONS["photo_with_candidate"].remedy in page


def test_overlapping_evidence_is_marked_as_one_stretch(client, world) -> None:
    # OS-01 ("Ayo dukung BARA") and OS-03 ("Ayo dukung BARA nomor 2") overlap: all of it is marked.
    response = check(client, True, text="Ayo dukung BARA nomor 2, pasti menang! #BARAmenyala")
    body = response.content.decode()
    assert "<mark>Ayo dukung BARA nomor 2</mark>, pasti menang! <mark>#BARAmenyala</mark>" in body


XSS = '<script>alert("x")</script> BARA gaskeun! <img src=x onerror=alert(1)> "><b>tebal</b>'


@pytest.mark.parametrize("htmx", [True, False], ids=["htmx", "tanpa-js"])
def test_text_is_escaped_everywhere(client, world, htmx) -> None:
    response = check(client, htmx, action="comment", text=XSS, target_text=XSS)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body and "<img src=x" not in body and "<b>tebal" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert "<mark>BARA gaskeun</mark>" in body
    assert_strict_csp(response)


def test_nothing_is_stored_or_logged(client, world, caplog) -> None:
    marker = "Rahasia-Draf-7c1e BARA gaskeun!"
    caplog.set_level(logging.DEBUG)
    before = row_counts()
    client.get(URL)
    assert check(client, True, text=marker).status_code == 200
    assert check(client, False, action="share", target_text=marker).status_code == 200
    assert check(client, True, text=marker + "x" * 6000).status_code == 400
    assert row_counts() == before
    assert "Bad Request: /cek/" in caplog.text  # logging was on and captured
    assert "Rahasia-Draf" not in caplog.text
    assert b"Rahasia-Draf" not in cache_table_dump()
    assert "sessionid" not in client.cookies


def test_too_long_is_refused_in_indonesian(client, world) -> None:
    response = check(client, True, text="a" * 5001)
    assert response.status_code == 400
    page = text_of(response)
    assert "Teks Anda terlalu panjang: paling banyak 5.000 karakter (sekarang 5.001)." in page
    full = check(client, False, target_text="b" * 7000, action="share")
    assert full.status_code == 400
    assert "paling banyak 5.000 karakter (sekarang 7.000)" in text_of(full)
    assert check(client, True, text="a" * 5000).status_code == 200


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": "", "target_text": ""}, "Tempel teks yang ingin dicek"),
        ({"action": "like", "text": "", "target_text": ""}, "Tempel teks yang ingin dicek"),
        ({"action": "like", "text": "mantap"}, "Tempel teks unggahan yang akan Anda sukai."),
        ({"action": "follow", "text": "x"}, "Tempel nama dan keterangan akun"),
        ({"action": "post", "target_text": "x"}, "Tulis atau tempel draf unggahan Anda."),
        ({"action": "menari", "text": "x"}, "Pilihan tindakan tidak dikenal."),
    ],
)
def test_incomplete_form_is_explained(client, world, data, message) -> None:
    response = check(client, True, **data)
    assert response.status_code == 400
    assert "Periksa isian Anda" in text_of(response)
    assert message in text_of(response)
    full = check(client, False, **data)
    assert full.status_code == 400 and message in text_of(full)


def test_without_an_active_election_the_page_says_so(client, world) -> None:
    Election.objects.update(active=False)
    page = client.get(URL)
    assert page.status_code == 200
    assert "Belum ada pemilihan yang aktif" in text_of(page)
    assert "profil pemilihan yang aktif" in text_of(page)
    assert "<form" not in page.content.decode().split("<main>")[1]
    assert "/aturan/" in page.content.decode()
    response = check(client, True, text="BARA gaskeun!")
    assert response.status_code == 503
    assert "Belum ada pemilihan yang aktif" in text_of(response)
    assert "Tidak boleh" not in text_of(response)


def test_rate_limit_per_address(client, world, settings) -> None:
    settings.NETRA_SELFCHECK_RATE = "3/m"
    for _ in range(3):
        assert check(client, True, text="Selamat pagi").status_code == 200
    partial = check(client, True, text="Selamat pagi")
    assert partial.status_code == 429
    assert "Terlalu banyak pemeriksaan" in text_of(partial)
    full = check(client, False, text="Selamat pagi")
    assert full.status_code == 429
    assert "Terlalu banyak permintaan" in text_of(full)
    # Reading the page is not limited, and another address still has its own allowance.
    assert client.get(URL).status_code == 200
    other = client.post(URL, {"action": "post", "text": "halo"}, REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 200


def test_default_rate_is_30_a_minute(client, world) -> None:
    statuses = [check(client, True, text="halo").status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30 and statuses[30] == 429


def test_swap_script_is_a_static_file() -> None:
    path = finders.find("guidance/selfcheck.js")
    assert path, "guidance/selfcheck.js harus tersaji sebagai berkas statis"
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    assert "htmx:beforeSwap" in source and "eval(" not in source


def test_photo_caption_is_checked_too(client, world) -> None:
    """A finger-number pose is only visible in the photo: its description is checked as a caption."""
    page = check(
        client,
        text="Foto bareng warga kemarin sore",
        caption="Berfoto di depan baliho SADEWA sambil pose tiga jari 🤟",
    ).content.decode()
    assert "Tidak boleh" in page
    assert "Keterangan foto/video" in page and "<mark>" in page

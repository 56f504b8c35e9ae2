from __future__ import annotations

import pytest

from netra.classify.text import Normaliser, tokenize

PREFIXES = frozenset({"no", "nomor", "paslon"})


@pytest.fixture
def normaliser() -> Normaliser:
    return Normaliser({"yg": "yang", "gk": "tidak"}, {"mantap", "yang", "teman", "pilih", "paslon"})


def test_offsets_point_into_original_text(normaliser: Normaliser) -> None:
    text = "Mantaaap  BARA!! 🔥✌️"
    tokens = tokenize(text, normaliser, PREFIXES)
    assert [text[t.start : t.end] for t in tokens] == ["Mantaaap", "BARA", "🔥", "✌"]
    assert tokens[0].norm == "mantap"
    assert tokens[1].upper


def test_slang_reduplication_and_suffix(normaliser: Normaliser) -> None:
    norms = [t.norm for t in tokenize("yg teman2 pilihnya gk", normaliser, PREFIXES)]
    assert norms == ["yang", "teman", "pilih", "tidak"]


def test_number_glued_to_prefix_is_split(normaliser: Normaliser) -> None:
    tokens = tokenize("paslon02 no3 covid19", normaliser, PREFIXES)
    assert [(t.norm, t.kind) for t in tokens] == [
        ("paslon", "word"),
        ("2", "number"),
        ("no", "word"),
        ("3", "number"),
        ("covid19", "word"),
    ]
    assert tokens[1].padded and not tokens[3].padded


def test_hashtags_mentions_keycaps(normaliser: Normaliser) -> None:
    tokens = tokenize("#BARAmenyala @bagus.ratna 2️⃣", normaliser, PREFIXES)
    assert [(t.norm, t.kind) for t in tokens] == [
        ("#baramenyala", "hashtag"),
        ("@bagus.ratna", "mention"),
        ("keycap2", "emoji"),
    ]


def test_regional_kan_endings_reach_known_words() -> None:
    words = Normaliser({}, {"dibagikan", "diundur", "bagikan"})
    assert words.word("dibagikeun") == "dibagikan"  # Sundanese -keun
    assert words.word("diundurkeun") == "diundur"  # no "-kan" form known: the stem
    assert words.word("bagekake") == "bagekake"  # unknown stem stays as written
    assert words.word("bagikake") == "bagikan"  # Javanese -ake


def test_malay_final_e_reaches_known_words() -> None:
    words = Normaliser({}, {"semua", "siapa", "kita", "sate"})
    assert [words.word(w) for w in ("semue", "siape", "kite")] == ["semua", "siapa", "kita"]
    assert words.word("sate") == "sate"  # a known word stays
    assert words.word("kafe") == "kafe"  # no known "-a" form: stays

from __future__ import annotations

from netra.classify.index import CompiledKnowledge
from netra.classify.knowledge import CATEGORIES, VIOLATION_CODES, load_knowledge, word_classes


def test_data_files_load_and_cover_every_code() -> None:
    k = load_knowledge()
    assert tuple(k.rules.violations) == VIOLATION_CODES
    used = {
        rule.code
        for rule in k.rules.rules.values()
        if rule.zone == "forbidden" and rule.code != "predicted"  # the word model's reason
    }
    assert used == set(VIOLATION_CODES), "every violation code needs a forbidden rule"
    assert set(k.lexicon.categories) == set(CATEGORIES)


def test_all_2024_parties_present() -> None:
    k = load_knowledge()
    numbers = sorted(p.number for p in k.parties.parties)
    assert numbers == list(range(1, 25))  # 18 national + 6 Aceh local parties


def test_ambiguous_party_abbreviations_need_context() -> None:
    k = load_knowledge()
    strong = {a.lower() for p in k.parties.parties for a in p.aliases}
    for word in ("pbb", "pkb", "garuda", "pan", "gelora", "pkn"):
        assert word not in strong, f"{word} has an everyday meaning and must be a context alias"


def test_slang_is_conservative() -> None:
    k = load_knowledge()
    for particle in ("nya", "dua", "ya", "pan", "mah"):
        assert particle not in k.slang
    assert k.slang.get("yg") == "yang"


def test_every_rule_note_is_one_indonesian_sentence() -> None:
    for rule_id, rule in load_knowledge().rules.rules.items():
        assert rule.note.endswith("."), rule_id
        assert rule.note.count(".") <= 2, rule_id


def test_word_classes_are_written_as_tokens_are_normalised() -> None:
    # The rules compare normalised tokens with these words: an entry the normaliser rewrites
    # ("nyoblos" -> "coblos", "yuk" -> "ayo") could never match and would silently do nothing.
    ck = CompiledKnowledge(load_knowledge(), [])
    classes = word_classes()
    unmatched = [
        f"{name}: {phrase!r} -> {' '.join(ck.norms(phrase))!r}"
        for name in type(classes).model_fields
        if name not in ("version", "source")
        for phrase in getattr(classes, name)
        if " ".join(ck.norms(phrase)) != phrase
    ]
    assert unmatched == []
    assert "ikut" in classes.negation_fillers  # "gak iso melu" reaches "melu" as "ikut"

from __future__ import annotations

from pathlib import Path

import pytest

from netra.classify import Classifier, ProfileError, load_profile, load_profiles
from tests.conftest import PILPRES, SIDOMULYO

GOOD = SIDOMULYO.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_shipped_profiles_load() -> None:
    pilpres = load_profile(PILPRES)
    assert [c.number for c in pilpres.candidates] == [1, 2, 3]
    assert pilpres.resolved_office == "presiden"
    assert load_profile(SIDOMULYO).resolved_office == "bupati"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("kind: pilkada", "kind: pilkades"), "kind"),
        (("voting_day: 2024-11-27", "voting_day: besok"), "voting_day"),
        (("campaign_end: 2024-11-23", "campaign_end: 2024-12-23"), "campaign_end"),
        (("  - number: 3", "  - number: 2"), "nomor urut ganda"),
        (("  - number: 1\n", "  - number: satu\n"), "candidates.0.number"),
        (("name: pilkada-sidomulyo-2024", "name: pilkada sidomulyo"), "name"),
        (('hashtags: ["#HEWANmenang"', 'hashtags: ["#HEWAN menang"'), "hashtags"),
        (("region: Kabupaten Sidomulyo\n", ""), "region"),
    ],
)
def test_bad_profile_names_file_and_field(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    assert change[0] in GOOD
    path = write(tmp_path, GOOD.replace(change[0], change[1], 1))
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    path = write(tmp_path, "name: x\nkind: [pilkada\n")
    with pytest.raises(ProfileError, match="baris"):
        load_profile(path)


def test_missing_file_and_duplicate_names(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="tidak ditemukan"):
        load_profile(tmp_path / "nope.yaml")
    with pytest.raises(ProfileError, match="sudah dipakai"):
        load_profiles([SIDOMULYO, SIDOMULYO])


def test_unknown_party_is_accepted_as_new(tmp_path: Path) -> None:
    path = write(
        tmp_path, GOOD.replace("parties: [PKB, NasDem, PKS]", "parties: [Partai Harapan Baru]")
    )
    classifier = Classifier([load_profile(path)])
    result = classifier.classify(
        {"id": "1", "action": "post", "text": "Partai Harapan Baru pasti menang!"}
    )
    assert result.verdict == "forbidden"
    assert [c.number for c in result.candidates] == [1]


def test_campaign_colours_are_optional_and_belong_to_one_pair(tmp_path: Path) -> None:
    one = GOOD.replace(
        "    parties: [PKB, NasDem, PKS]\n", "    parties: [PKB]\n    colours: [hijau]\n"
    )
    assert load_profile(write(tmp_path, one)).candidates[0].colours == ["hijau"]
    both = one.replace(
        "    parties: [Gerindra, Golkar, PAN, Demokrat]\n",
        "    parties: [Gerindra]\n    colours: [Hijau, biru]\n",
    )
    with pytest.raises(ProfileError, match=r"warna \['hijau'\] dipakai lebih dari satu paslon"):
        load_profile(write(tmp_path, both))
    blank = GOOD.replace(
        "    parties: [PKB, NasDem, PKS]\n", '    parties: [PKB]\n    colours: [" "]\n'
    )
    with pytest.raises(ProfileError, match="colours"):
        load_profile(write(tmp_path, blank))


def test_slogans_are_optional_and_longer_than_one_word(tmp_path: Path) -> None:
    assert load_profile(write(tmp_path, GOOD)).candidates[0].slogans == []
    one = GOOD.replace(
        "    parties: [PKB, NasDem, PKS]\n",
        '    parties: [PKB]\n    slogans: ["  Sidomulyo Makmur Bersama "]\n',
    )
    assert load_profile(write(tmp_path, one)).candidates[0].slogans == ["Sidomulyo Makmur Bersama"]
    single = GOOD.replace(
        "    parties: [PKB, NasDem, PKS]\n", "    parties: [PKB]\n    slogans: [Makmur]\n"
    )
    with pytest.raises(ProfileError, match=r"slogans.*dua kata atau lebih.*aliases"):
        load_profile(write(tmp_path, single))

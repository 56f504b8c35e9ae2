"""Election profiles: one election (a pilpres, a pilgub, a pilbup ...) with its candidates and dates."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from netra.classify.errors import ProfileError, format_validation_error
from netra.classify.yamlfile import load_yaml

Office = Literal["presiden", "gubernur", "bupati", "wali_kota", "legislatif", "kepala_desa"]

# Words in a profile's name or title that tell which office it elects, so that "cagub nomor 2"
# points to the governor's race when a city faces two elections on the same day.
_OFFICE_HINTS: tuple[tuple[str, Office], ...] = (
    ("pilpres", "presiden"),
    ("presiden", "presiden"),
    ("pilgub", "gubernur"),
    ("gubernur", "gubernur"),
    ("pilbup", "bupati"),
    ("bupati", "bupati"),
    ("pilwalkot", "wali_kota"),
    ("pilwali", "wali_kota"),
    ("wali kota", "wali_kota"),
    ("walikota", "wali_kota"),
    ("wali-kota", "wali_kota"),
    ("pileg", "legislatif"),
    ("pilkades", "kepala_desa"),
)


class Candidate(BaseModel):
    """One ballot entry: a pair (or a single candidate) with the names people use for it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    number: int = Field(ge=1, le=99)
    names: list[str] = Field(min_length=1)
    aliases: list[str] = []
    hashtags: list[str] = []
    parties: list[str] = []
    # Campaign colours ("biru", "hijau tosca"): people point to a pair by its colour alone
    # ("posko biru", "pakai baju oranye tgl 27"). A colour is an ordinary word too, so it counts
    # only beside campaign words.
    colours: list[str] = []
    # Campaign slogans and jargon ("Yang Sabar Pasti Menang", "Selor Bernyanyi"): insiders
    # point to a pair by its slogan alone, without a name or number. Optional, so profiles
    # written by other tools stay valid.
    slogans: list[str] = []

    @field_validator("names", "aliases", "parties", "colours")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        if any(not item.strip() for item in value):
            raise ValueError("tidak boleh berisi teks kosong")
        return [item.strip() for item in value]

    @field_validator("slogans")
    @classmethod
    def _slogans(cls, value: list[str]) -> list[str]:
        cleaned = [item.strip() for item in value]
        for slogan in cleaned:
            if len(slogan.split()) < 2:
                # one word is a nickname: `aliases` already treats it with the care a single
                # word needs (a common word counts only in election talk)
                raise ValueError(
                    f"slogan {slogan!r} harus terdiri dari dua kata atau lebih; "
                    "sebutan satu kata ditulis di aliases"
                )
        return cleaned

    @field_validator("hashtags")
    @classmethod
    def _hashtags(cls, value: list[str]) -> list[str]:
        cleaned = []
        for tag in value:
            tag = tag.strip()
            if not re.fullmatch(r"#?\w+", tag):
                raise ValueError(f"tagar {tag!r} harus satu kata tanpa spasi, misalnya #BARAmenang")
            cleaned.append(tag if tag.startswith("#") else "#" + tag)
        return cleaned

    @property
    def label(self) -> str:
        """'nomor 2 (Bagus – Ratna)' for explanations."""
        return f"paslon nomor {self.number} ({' – '.join(self.names)})"


class ElectionProfile(BaseModel):
    """An election as a Satgas describes it in YAML."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
    title: str | None = None
    kind: Literal["pemilu", "pilkada"]
    office: Office | None = None
    region: str = Field(min_length=1)
    candidates_set_on: dt.date | None = None
    campaign_start: dt.date
    campaign_end: dt.date
    voting_day: dt.date
    candidates: list[Candidate] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> ElectionProfile:
        if self.campaign_start > self.campaign_end:
            raise ValueError("campaign_start: harus sebelum atau sama dengan campaign_end")
        if self.campaign_end >= self.voting_day:
            raise ValueError("campaign_end: harus sebelum voting_day (ada masa tenang)")
        if self.candidates_set_on and self.candidates_set_on > self.campaign_start:
            raise ValueError("candidates_set_on: harus sebelum atau sama dengan campaign_start")
        numbers = [c.number for c in self.candidates]
        duplicates = sorted({n for n in numbers if numbers.count(n) > 1})
        if duplicates:
            raise ValueError(f"candidates: nomor urut ganda {duplicates}")
        colours = [c.lower() for cand in self.candidates for c in cand.colours]
        shared = sorted({c for c in colours if colours.count(c) > 1})
        if shared:
            raise ValueError(f"candidates: warna {shared} dipakai lebih dari satu paslon")
        return self

    @property
    def resolved_office(self) -> Office | None:
        """The office elected, from `office` or guessed from the name and title."""
        if self.office:
            return self.office
        text = f"{self.name} {self.title or ''}".lower()
        for hint, office in _OFFICE_HINTS:
            if hint in text:
                return office
        return None

    @property
    def candidates_set(self) -> dt.date:
        """The day candidates were fixed (defaults to the campaign start)."""
        return self.candidates_set_on or self.campaign_start

    def candidate(self, number: int) -> Candidate | None:
        return next((c for c in self.candidates if c.number == number), None)


def parse_profile(data: object, source: str = "<profil>") -> ElectionProfile:
    """Validate already-parsed YAML; errors name `source` and the field."""
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: profil harus berupa pemetaan (kunci: nilai) di tingkat atas")
    try:
        return ElectionProfile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(f"{source}: {format_validation_error(exc)}") from exc


def load_profile(path: str | Path) -> ElectionProfile:
    """Read and validate an election profile YAML file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(f"{path}: berkas profil tidak ditemukan") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: berkas profil tidak dapat dibaca ({exc})") from None
    try:
        data = load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"baris {mark.line + 1}: " if mark is not None else ""
        raise ProfileError(
            f"{path}: {where}YAML tidak valid ({getattr(exc, 'problem', exc)})"
        ) from None
    return parse_profile(data, str(path))


def load_profiles(paths: list[str | Path]) -> list[ElectionProfile]:
    """Load several profiles; names must be unique because outputs refer to them by name."""
    profiles = [load_profile(p) for p in paths]
    seen: dict[str, str] = {}
    for path, profile in zip(paths, profiles, strict=True):
        if profile.name in seen:
            raise ProfileError(
                f"{path}: name: nama profil {profile.name!r} sudah dipakai {seen[profile.name]}"
            )
        seen[profile.name] = str(path)
    return profiles

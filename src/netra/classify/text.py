"""Tokenising and normalising informal Indonesian without losing offsets into the original text.

Matching happens on normalised tokens; evidence spans always point into the original string, so a
monitor sees exactly what the employee wrote.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import NamedTuple

# Pictographs, dingbats and arrows; a keycap ("2️⃣") is its own token, a run of them a number.
# Variation selectors and skin tones are not part of a token's identity.
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2190-\u21ff\u2300-\u23ff]"
# Words first: they are most tokens, and no other alternative can start where a word does.
_TOKEN_RE = re.compile(
    r"(?P<word>[^\W\d_]+(?:'[^\W\d_]+)?\d*)"
    r"|(?P<hashtag>#\w+)"
    r"|(?P<mention>@[\w.]+)"
    r"|(?P<keycap>(?:[0-9]\ufe0f?\u20e3)+)"
    r"|(?P<number>\d+)"
    r"|(?P<emoji>" + _EMOJI + ")"
)
_ELONGATED = re.compile(r"(.)\1{2,}")
# Doubled vowels are stretched speech ("mantaap"); doubled consonants are often acronyms (PSSI).
_DOUBLED = re.compile(r"([aiueo])\1")
_WORD_DIGITS = re.compile(r"([^\W\d_]+)(\d+)$")
_SUFFIXES = ("nya", "lah", "kah", "pun", "ku", "mu")
# Regional verb endings that mean Indonesian "-kan": Sundanese "dibagikeun", Javanese "dibagekake",
# "diparingaken", Palembang and Javanese "diprioritaske". Tried only for words the knowledge base
# does not know as they are.
_REGIONAL_KAN = ("keun", "kake", "aken", "ake", "ke")


def _fold(low: str) -> str:
    """Drop diacritics: Sundanese and Madurese spellings ("héjo", "duwâ'") match plain forms."""
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Token(NamedTuple):
    """One token: its normalised form, kind and character offsets into the original text.

    A named tuple rather than a dataclass: a post has dozens of tokens and a batch has millions,
    and a tuple is several times cheaper to build.
    """

    norm: str
    kind: str  # word | number | hashtag | mention | emoji
    start: int
    end: int
    upper: bool = False  # written in capitals in the original (acronyms such as "BARA")
    padded: bool = False  # a number written with a leading zero ("02")


class Normaliser:
    """Maps raw word forms to the forms the knowledge base uses.

    `vocabulary` holds every single word the knowledge base and profiles know; it decides
    which of several plausible readings of an informal form to keep ("mantaap" -> "mantap").
    """

    def __init__(
        self,
        slang: Mapping[str, str],
        vocabulary: set[str],
        lowercase_slang: Mapping[str, str] | None = None,
    ) -> None:
        self._slang = dict(slang)
        self._vocabulary = vocabulary
        self._lowercase_slang = dict(lowercase_slang or {})
        self._cache: dict[str, str] = {}

    def word(self, raw: str) -> str:
        """Normalise one word (no digits)."""
        cached = self._cache.get(raw)
        if cached is not None:
            return cached
        low = _fold(raw.lower())
        # "bkn yg itu2" is "bukan"; "BKN" in capitals stays the civil service agency
        lowercase = None if raw.isupper() else self._lowercase_slang.get(low)
        result = lowercase or self._normalise(low)
        if len(self._cache) < 200_000:
            self._cache[raw] = result
        return result

    def _known(self, form: str) -> bool:
        return form in self._vocabulary or form in self._slang

    def _normalise(self, low: str) -> str:
        form = _ELONGATED.sub(r"\1", low)
        if not self._known(form) and not self._known(low):
            single = _DOUBLED.sub(r"\1", form)
            if self._known(single):
                form = single
        elif self._known(low) and not self._known(form):
            form = low
        form = self._slang.get(form, form)
        if form not in self._vocabulary:
            if form.endswith("e") and len(form) >= 3 and form[:-1] + "a" in self._vocabulary:
                # Malay, Palembang and Betawi "-e" for "-a": "semue", "kite", "siape", "tige"
                return form[:-1] + "a"
            for ending in _REGIONAL_KAN:
                if form.endswith(ending) and len(form) - len(ending) >= 4:
                    stem = form[: -len(ending)]
                    for candidate in (stem + "kan", stem):
                        if candidate in self._vocabulary:
                            return candidate
            for suffix in _SUFFIXES:
                stem = form[: -len(suffix)]
                if form.endswith(suffix) and len(stem) >= 3:
                    stem = self._slang.get(stem, stem)
                    if stem in self._vocabulary:
                        return stem
        return form


def tokenize(text: str, normaliser: Normaliser, number_prefixes: frozenset[str]) -> list[Token]:
    """Split `text` into normalised tokens with offsets into `text`.

    "teman2" is reduplication and becomes "teman"; "no2" or "paslon02" after a number prefix
    become two tokens, because in campaign talk they name a ballot number.
    """
    tokens: list[Token] = []
    append = tokens.append
    word = normaliser.word
    for match in _TOKEN_RE.finditer(text):
        kind = match.lastgroup
        start, end = match.span()
        raw = text[start:end]
        if kind == "word":
            if raw[-1].isdigit():
                _word_tokens(raw, start, normaliser, number_prefixes, tokens)
            else:
                norm = word(raw)
                append(Token(norm, "word", start, end, len(raw) >= 2 and raw.isupper()))
        elif kind == "number":
            append(
                Token(str(int(raw)), "number", start, end, padded=raw[0] == "0" and len(raw) > 1)
            )
        elif kind == "keycap":
            digits = "".join(c for c in raw if c.isdigit())
            if len(digits) == 1:
                append(Token("keycap" + digits, "emoji", start, end))
            else:  # "2️⃣7️⃣" is 27 and "0️⃣2️⃣" is 02, written in keycaps
                append(Token(str(int(digits)), "number", start, end, padded=digits[0] == "0"))
        elif kind == "emoji":
            append(Token(raw, "emoji", start, end))
        else:  # hashtag or @mention; "#RUKUN" in capitals is marked like an acronym
            append(Token(raw.lower(), kind or "word", start, end, raw[1:].isupper()))
    return tokens


def _word_tokens(
    raw: str,
    start: int,
    normaliser: Normaliser,
    number_prefixes: frozenset[str],
    out: list[Token],
) -> None:
    upper = raw.isupper() and len(raw) >= 2
    split = _WORD_DIGITS.match(raw)
    if split is None:
        out.append(Token(normaliser.word(raw), "word", start, start + len(raw), upper))
        return
    letters, digits = split.groups()
    norm = normaliser.word(letters)
    word_end = start + len(letters)
    if norm in number_prefixes or digits.startswith("0"):
        out.append(Token(norm, "word", start, word_end, letters.isupper() and len(letters) >= 2))
        out.append(
            Token(str(int(digits)), "number", word_end, start + len(raw), padded=digits[0] == "0")
        )
    elif digits == "2":
        # Reduplication: "teman2" means "teman-teman".
        out.append(Token(norm, "word", start, start + len(raw), upper))
    else:
        out.append(Token(norm + digits, "word", start, start + len(raw), upper))


def phrase_norms(
    phrase: str, normaliser: Normaliser, number_prefixes: frozenset[str]
) -> tuple[str, ...]:
    """Normalised token sequence of a knowledge-base phrase, tokenised like any post."""
    return tuple(t.norm for t in tokenize(phrase, normaliser, number_prefixes))

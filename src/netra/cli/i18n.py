"""Help and messages in Indonesian (default) or English (`--lang en` or NETRA_LANG=en)."""

from __future__ import annotations

import os
import sys

_lang = "id"


def choose_language(argv: list[str]) -> list[str]:
    """Pick the language from argv (`--lang en`) or NETRA_LANG; return argv without the flag."""
    global _lang
    _lang = "en" if os.environ.get("NETRA_LANG", "").lower().startswith("en") else "id"
    rest: list[str] = []
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        if arg == "--lang" and index + 1 < len(argv):
            _lang = "en" if argv[index + 1].lower().startswith("en") else "id"
            skip = True
        elif arg.startswith("--lang="):
            _lang = "en" if arg.split("=", 1)[1].lower().startswith("en") else "id"
        else:
            rest.append(arg)
    return rest


# argparse's own words (usage, errors), for Indonesian help.
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "expected one argument": "memerlukan satu nilai",
}


def install_argparse_translation() -> None:
    """argparse looks its strings up through a module-level gettext alias at call time."""
    import argparse

    if _lang == "id":
        argparse._ = lambda text: _ARGPARSE_ID.get(text, text)  # type: ignore[attr-defined]


def t(indonesian: str, english: str) -> str:
    """The text in the chosen language."""
    return english if _lang == "en" else indonesian


def fail(message: str, code: int = 2) -> int:
    """Print a user-facing error (never a stack trace) and return the exit code."""
    print(f"netra: {message}", file=sys.stderr)
    return code

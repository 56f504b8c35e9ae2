"""Errors of the classifier, with messages in Indonesian that name the file, line or field."""

from __future__ import annotations

from pydantic import ValidationError

# Pydantic's own messages are English; these cover the error types profiles and data files hit.
_MESSAGES = {
    "missing": "wajib diisi",
    "extra_forbidden": "kolom tidak dikenal",
    "string_type": "harus berupa teks",
    "int_type": "harus berupa bilangan bulat",
    "int_parsing": "harus berupa bilangan bulat",
    "int_from_float": "harus berupa bilangan bulat",
    "list_type": "harus berupa daftar",
    "dict_type": "harus berupa pemetaan (kunci: nilai)",
    "model_type": "harus berupa pemetaan (kunci: nilai)",
    "date_type": "harus berupa tanggal (YYYY-MM-DD)",
    "date_parsing": "harus berupa tanggal (YYYY-MM-DD)",
    "date_from_datetime_parsing": "harus berupa tanggal (YYYY-MM-DD)",
    "date_from_datetime_inexact": "harus berupa tanggal tanpa jam (YYYY-MM-DD)",
    "literal_error": "nilai tidak dikenal",
    "greater_than_equal": "terlalu kecil",
    "too_short": "tidak boleh kosong",
    "string_too_short": "tidak boleh kosong",
    "string_pattern_mismatch": "format tidak sesuai",
    "bool_type": "harus true atau false",
}


class ClassifierError(Exception):
    """Base class of errors a user can fix."""


class DataFileError(ClassifierError):
    """A knowledge file inside the package is broken (a packaging or editing mistake)."""


class ProfileError(ClassifierError):
    """An election profile cannot be used; the message names the file and the field."""


class RecordError(ClassifierError):
    """One input record cannot be read; the message names the field."""


def format_validation_error(exc: ValidationError) -> str:
    """Render a pydantic error as '<field.path>: <Indonesian message>' lines."""
    parts = []
    for error in exc.errors():
        where = ".".join(str(p) for p in error["loc"]) or "(dokumen)"
        message = _MESSAGES.get(error["type"])
        if message is None:
            message = str(error.get("ctx", {}).get("error", "")) or error["msg"]
        elif error["type"] == "literal_error":
            message += f" (pilihan: {error.get('ctx', {}).get('expected', '')})"
        parts.append(f"{where}: {message}")
    return "; ".join(parts)

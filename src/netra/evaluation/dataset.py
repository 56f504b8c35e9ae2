"""Labelled records: the classify input plus `profiles`, `label` and `violations`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from netra.classify.errors import ClassifierError
from netra.classify.knowledge import VIOLATION_CODES
from netra.classify.profile import ElectionProfile, load_profile
from netra.evaluation.metrics import CLASSES


class DatasetError(ClassifierError):
    """A labelled file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class LabelledRecord:
    record: dict[str, Any]
    profiles: tuple[str, ...]
    label: str
    violations: tuple[str, ...]
    source: str
    line: int


def load_labelled(path: Path) -> list[LabelledRecord]:
    """Read and check a labelled JSON Lines file."""
    out = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip():
            continue
        where = f"{path} baris {number}"
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise DatasetError(f"{where}: JSON tidak valid ({exc.msg})") from None
        label = data.get("label")
        if label not in CLASSES:
            raise DatasetError(f"{where}: label: harus salah satu dari {', '.join(CLASSES)}")
        violations = data.get("violations") or []
        unknown = [v for v in violations if v not in VIOLATION_CODES]
        if unknown:
            raise DatasetError(f"{where}: violations: kode tak dikenal {unknown}")
        if (label == "forbidden") != bool(violations):
            raise DatasetError(f"{where}: violations: wajib diisi tepat bila label forbidden")
        profiles = data.get("profiles")
        if not profiles or not isinstance(profiles, list):
            raise DatasetError(f"{where}: profiles: wajib berupa daftar nama profil")
        record = {
            k: v for k, v in data.items() if k not in ("profiles", "label", "violations", "why")
        }
        out.append(
            LabelledRecord(record, tuple(profiles), label, tuple(violations), str(path), number)
        )
    return out


# Where labelled records' profiles live, relative to the project root.
DEFAULT_PROFILE_DIRS = ("data/labelled/profiles", "examples/profiles")


class ProfileLibrary:
    """Finds profiles by name in a list of folders (`<name>.yaml`)."""

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders
        self._cache: dict[str, ElectionProfile] = {}

    def get(self, name: str) -> ElectionProfile:
        if name not in self._cache:
            for folder in self.folders:
                path = folder / f"{name}.yaml"
                if path.is_file():
                    self._cache[name] = load_profile(path)
                    break
            else:
                folders = ", ".join(str(f) for f in self.folders)
                raise DatasetError(f"profil {name!r} tidak ditemukan di {folders}")
        return self._cache[name]

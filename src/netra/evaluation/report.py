"""Render evaluation figures as a readable text table: netra beside its rules alone (without the
word model) and the keyword baseline."""

from __future__ import annotations

from netra.classify.knowledge import VIOLATION_CODES
from netra.evaluation.metrics import CLASSES, Scores

TARGETS = {
    "macro_f1": (">=", 0.85),
    "forbidden_flagged": (">=", 0.97),
    "allowed_called_forbidden": ("<=", 0.03),
    "right_code": (">=", 0.90),
}


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def _mark(name: str, value: float) -> str:
    op, target = TARGETS[name]
    ok = value >= target if op == ">=" else value <= target
    return "ok" if ok else "KURANG"


def render(title: str, scores: dict[str, Scores]) -> str:
    netra, keyword = scores["netra"], scores["keyword"]
    lines = [f"== {title}: {netra.n} rekaman ==", ""]
    lines.append(
        f"{'kelas':<12}{'netra P':>9}{'R':>7}{'F1':>7}   {'kata kunci P':>13}{'R':>7}{'F1':>7}"
    )
    for cls in CLASSES:
        lines.append(
            f"{cls:<12}{netra.precision(cls):9.3f}{netra.recall(cls):7.3f}{netra.f1(cls):7.3f}   "
            f"{keyword.precision(cls):13.3f}{keyword.recall(cls):7.3f}{keyword.f1(cls):7.3f}"
        )
    lines.append("")
    rows = [
        ("macro-F1", "macro_f1", lambda s: f"{s.macro_f1:.3f}", "≥ 0.85"),
        (
            "terlarang tertandai (terlarang/abu-abu)",
            "forbidden_flagged",
            lambda s: _pct(s.forbidden_flagged),
            "≥ 97%",
        ),
        (
            "boleh yang disebut terlarang",
            "allowed_called_forbidden",
            lambda s: _pct(s.allowed_called_forbidden),
            "≤ 3%",
        ),
        ("terlarang dengan kode benar", "right_code", lambda s: _pct(s.right_code), "≥ 90%"),
    ]
    rules = scores.get("rules")
    lines.append(
        f"{'ukuran':<42}{'netra':>8}"
        + (f"{'aturan saja':>13}" if rules else "")
        + f"{'kata kunci':>12}   target"
    )
    for label, key, fmt, target in rows:
        value = getattr(netra, key)
        lines.append(
            f"{label:<42}{fmt(netra):>8}"
            + (f"{fmt(rules):>13}" if rules else "")
            + f"{fmt(keyword):>12}   {target} {_mark(key, value)}"
        )
    lines.append("")
    lines.append("matriks kebingungan netra (baris: label, kolom: putusan)")
    lines += _confusion(netra)
    lines.append("matriks kebingungan kata kunci")
    lines += _confusion(keyword)
    lines.append("recall per kode pelanggaran (netra)")
    for code in VIOLATION_CODES:
        total = netra.code_totals.get(code, 0)
        if total:
            hits = netra.code_hits.get(code, 0)
            lines.append(f"  {code:<22}{hits:>4}/{total:<4}{_pct(hits / total)}")
    return "\n".join(lines) + "\n"


def _confusion(s: Scores) -> list[str]:
    out = [f"  {'':<11}" + "".join(f"{c:>11}" for c in CLASSES)]
    for gold in CLASSES:
        out.append(f"  {gold:<11}" + "".join(f"{s.confusion[gold][p]:>11}" for p in CLASSES))
    out.append("")
    return out

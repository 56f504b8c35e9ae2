"""CSV and XLSX writers that stream rows to a file and never evaluate attacker text as a formula.

Post texts, account names and notes come from outside. A spreadsheet treats a cell that starts with
= + - @ (or a tab or carriage return) as a formula, which can run commands or leak data when the
file is opened (CSV/formula injection), so such text cells get a leading apostrophe. Numbers and
dates are written as typed values and are left alone.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

FORMULA_TRIGGERS = frozenset("=+-@\t\r")
# C0 control characters other than tab, line feed and carriage return: illegal in XLSX (XML) and
# useless in CSV.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
XLSX_MAX_CELL = 32_767
XLSX_MAX_ROWS = 1_048_576  # per sheet, header included
TRUNCATED = " [dipotong: melebihi batas sel Excel]"
PROGRESS_EVERY = 5_000

Progress = Callable[[int], None]


def neutralise(text: str) -> str:
    """`text` safe to put in a spreadsheet cell: formula triggers get a leading apostrophe."""
    text = _CONTROL.sub("", text)
    if text and (text[0] in FORMULA_TRIGGERS or text.lstrip()[:1] in FORMULA_TRIGGERS):
        return "'" + text
    return text


def _local(moment: dt.datetime, tz: dt.tzinfo | None) -> dt.datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(tz or timezone.get_current_timezone())


def csv_value(value: Any, tz: dt.tzinfo | None = None) -> str:
    """One CSV cell: text neutralised, times in local time, booleans as ya/tidak."""
    if isinstance(value, str):
        return neutralise(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, dt.datetime):
        return f"{_local(value, tz):%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    return neutralise(str(value))


def xlsx_value(value: Any, tz: dt.tzinfo | None = None) -> Any:
    """One XLSX cell: as csv_value, but numbers and times stay typed (local time, no zone)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if isinstance(value, dt.datetime):
        return _local(value, tz).replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date | int | float):
        return value
    text = neutralise(str(value))
    if len(text) > XLSX_MAX_CELL:
        text = text[: XLSX_MAX_CELL - len(TRUNCATED)] + TRUNCATED
    return text


def write_csv(
    path: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    progress: Progress | None = None,
    delimiter: str = ",",
) -> int:
    """Write a UTF-8 CSV with a byte-order mark (so Excel reads the accents); returns data rows."""
    count = 0
    tz = timezone.get_current_timezone()
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow([csv_value(h) for h in header])
        for row in rows:
            writer.writerow([csv_value(v, tz) for v in row])
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count)
    if progress is not None:
        progress(count)
    return count


def write_xlsx(
    path: Path | str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str = "Data",
    widths: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write an XLSX in openpyxl's write-only mode (rows go to disk as they come).

    A sheet holds at most 1,048,575 data rows; beyond that the rows continue on "<title> (2)" and so
    on, each with its own header.
    """
    workbook = Workbook(write_only=True)
    tz = timezone.get_current_timezone()
    bold = Font(bold=True)
    sheet = None
    sheet_rows = XLSX_MAX_ROWS
    sheets = 0
    count = 0

    def new_sheet():
        nonlocal sheets
        sheets += 1
        name = title[:31] if sheets == 1 else f"{title[:25]} ({sheets})"
        ws = workbook.create_sheet(name)
        for index, width in enumerate(widths or (), start=1):
            ws.column_dimensions[get_column_letter(index)].width = width
        ws.freeze_panes = "A2"
        cells = []
        for label in header:
            cell = WriteOnlyCell(ws, value=xlsx_value(label))
            cell.font = bold
            cells.append(cell)
        ws.append(cells)
        return ws

    for row in rows:
        if sheet_rows >= XLSX_MAX_ROWS:
            sheet, sheet_rows = new_sheet(), 1
        sheet.append([xlsx_value(v, tz) for v in row])  # times get Excel's date format
        sheet_rows += 1
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0:
            progress(count)
    if sheet is None:
        new_sheet()
    workbook.save(path)
    if progress is not None:
        progress(count)
    return count


def write_table(
    path: Path | str,
    fmt: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str = "Data",
    widths: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write `rows` as `fmt` ("csv" or "xlsx")."""
    if fmt == "csv":
        return write_csv(path, header, rows, progress=progress)
    if fmt == "xlsx":
        return write_xlsx(path, header, rows, title=title, widths=widths, progress=progress)
    raise ValueError(f"Format ekspor tidak dikenal: {fmt!r}")

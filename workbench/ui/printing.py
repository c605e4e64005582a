"""Printable copies: the queue as listed, an item's summary, and the letters.

Each ``*_printable`` function builds HTML from the services' dataclasses (a letter's comes
from its .docx, see :mod:`workbench.ui.printing_letters`); :func:`render` lays it out in a
``QTextDocument`` and prints it to a ``QPrinter`` — a printer or a PDF file. Nothing here
touches a widget, so the work can run on the worker thread (Qt paints on a ``QPrinter`` from
any thread). A printed letter is a reading copy: the .docx stays the official document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from workbench.domain.kinds import Kind
from workbench.domain.statuses import Status
from workbench.services.views import ItemView
from workbench.ui import labels

CONTEXT = "Printing"
MARGIN_MM = 15.0
#: body text of the printouts, in points
BODY_PT = 10.5


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Printable:
    """A document ready to print: its name (the PDF's title) and its HTML."""

    title: str
    html: str
    landscape: bool = False


_STYLE = """
<style>
 body { font-size: %(pt)spt; font-family: %(family)s; }
 h1 { font-size: 16pt; font-weight: bold; margin: 0 0 4px 0; }
 h2 { font-size: 12pt; font-weight: bold; margin: 14px 0 4px 0; }
 p { margin: 0 0 4px 0; }
 .muted { color: #555555; }
 .warn { color: #b71c1c; font-weight: bold; }
 table.grid { border-collapse: collapse; }
 table.grid th { background-color: #e8e8e8; font-weight: bold; text-align: left; }
 table.form td.label { color: #444444; white-space: nowrap; }
</style>
"""


#: Latin faces first, then Simplified Chinese ones (a Japanese CJK face, Qt's fallback on a
#: non-Chinese system, draws some characters differently; and digits from a CJK face come out
#: of Qt's PDF writer without their text, so a PDF could not be searched for a date)
SANS = (
    '"Segoe UI", "DejaVu Sans", Arial, "Microsoft YaHei", "Noto Sans CJK SC", '
    '"Source Han Sans SC", SimHei, sans-serif'
)
SERIF = (
    '"Times New Roman", "DejaVu Serif", "仿宋_GB2312", FangSong, "仿宋", '
    '"Noto Serif CJK SC", SimSun, serif'
)


def page_html(body: str, pt: float = BODY_PT, family: str = SANS) -> str:
    style = _STYLE % {"pt": pt, "family": family}
    return f"<html><head>{style}</head><body>{body}</body></html>"


def _para(text: str, cls: str = "") -> str:
    """Each line of ``text`` a paragraph, escaped."""
    attr = f' class="{cls}"' if cls else ""
    lines = [line for line in text.splitlines() if line.strip()] or [""]
    return "".join(f"<p{attr}>{escape(line)}</p>" for line in lines)


def _form(rows: Sequence[tuple[str, str]]) -> str:
    """Label / value pairs, leaving out the empty values."""
    cells = "".join(
        f'<tr><td class="label" width="22%">{escape(label)}</td><td>{escape(value)}</td></tr>'
        for label, value in rows
        if value
    )
    return f'<table class="form" width="100%" cellspacing="0" cellpadding="3">{cells}</table>'


_NOWRAP = ' style="white-space: nowrap"'


def _width(percent: int | None) -> str:
    return f' width="{percent}%"' if percent else ""


def _grid(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int | None],
    nowrap: Sequence[bool] = (),
) -> str:
    """A ruled table; a ``None`` width lets the column size itself, ``nowrap`` keeps short
    values (dates, numbers) on one line."""
    keep = list(nowrap) or [False] * len(headers)
    head = "".join(
        f"<th{_width(w)}{_NOWRAP if k else ''}>{escape(h)}</th>"
        for h, w, k in zip(headers, widths, keep, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f"<td{_NOWRAP if k else ''}>{escape(cell)}</td>"
            for cell, k in zip(row, keep, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"<thead><tr>{head}</tr></thead>{body}</table>"
    )


def _printed_on(day: dt.date) -> str:
    return _t("Printed on %1 from Review Workbench").replace("%1", day.isoformat())


# --- the queue -------------------------------------------------------------------------------

#: the share of the width left over that each wrapping column takes
_SHARES = {"title": 4, "unit": 2, "doc_no": 2}
#: short values kept on one line, their column as wide as the longest
_ONE_LINE = frozenset({"reg_no", "kind", "received_on", "due", "status", "counsel"})
#: how many half-width characters of 9 pt text a line holds, portrait and landscape
_LINE_UNITS = {False: 92, True: 136}


def _units(text: str) -> int:
    """Width in half-width characters (an ideograph counts two)."""
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in text)


def _widths(
    keys: Sequence[str], headers: Sequence[str], rows: Sequence[Sequence[str]], landscape: bool
) -> list[int]:
    """Percent widths: one-line columns fit their longest text, the others share the rest."""
    line = _LINE_UNITS[landscape]
    need = {
        i: max([_units(headers[i]), *(_units(r[i]) for r in rows)]) + 2
        for i, k in enumerate(keys)
        if k in _ONE_LINE
    }
    fixed = {i: 100 * n / line for i, n in need.items()}
    wrapping = [i for i, k in enumerate(keys) if k not in _ONE_LINE]
    room = 100 - sum(fixed.values())
    floor = 12 * len(wrapping)  # what the wrapping columns keep at least
    if room < floor or not wrapping:
        scale = (100 - floor if wrapping else 100) / (sum(fixed.values()) or 1)
        fixed = {i: w * scale for i, w in fixed.items()}
        room = 100 - sum(fixed.values())
    total = sum(_SHARES.get(keys[i], 1) for i in wrapping) or 1
    out = {**fixed, **{i: room * _SHARES.get(keys[i], 1) / total for i in wrapping}}
    return [max(round(out[i]), 1) for i in range(len(keys))]


def queue_printable(
    heading: str,
    day: dt.date,
    columns: Sequence[tuple[str, str]],
    rows: Sequence[Sequence[str]],
    *,
    note: str = "",
) -> Printable:
    """The queue as listed: ``columns`` are (key, header) in the order shown, ``rows`` the
    cells' texts; ``note`` says what narrows the list (search words, filters)."""
    keys = [key for key, _ in columns]
    headers = [h for _, h in columns]
    landscape = len(columns) > 6
    widths: list[int | None] = list(_widths(keys, headers, rows, landscape))
    nowrap = [k in _ONE_LINE for k in keys]
    count = _t("%1 item(s)").replace("%1", f"{len(rows):,}")
    meta = "  ·  ".join(x for x in (day.isoformat(), count, note) if x)
    body = (
        f"<h1>{escape(heading)}</h1>"
        f'<p class="muted">{escape(meta)}</p>'
        + _grid(headers, rows, widths, nowrap)
        + f'<p class="muted">{escape(_printed_on(day))}</p>'
    )
    return Printable(heading, page_html(body, 9), landscape=landscape)


# --- an item's summary -----------------------------------------------------------------------


def _deadline(view: ItemView, today: dt.date) -> tuple[str, bool]:
    """The deadline line, the same sentence as the item pane's, and whether it is a warning
    (overdue or due soon)."""
    warn = view.status is not Status.RETURNED and (view.overdue or view.due_soon)
    return labels.item_deadline(view, today), warn


def _details(view: ItemView) -> list[tuple[str, str]]:
    rows = [
        (_t("Reg. No."), view.reg_no),
        (_t("Kind"), labels.kind_label(view.kind)),
        (_t("Title"), view.title),
        (_t("Drafting unit"), view.unit),
        (_t("Received"), labels.iso(view.received_on)),
        (_t("Counsel"), view.counsel),
        (_t("Status"), labels.status_label(view.status)),
        (_t("Document No."), view.doc_no),
    ]
    if view.kind not in (Kind.NORMATIVE, Kind.MAJOR_DECISION, Kind.LEGAL_OPINION):
        rows.append((_t("Counterparty"), view.counterparty))
        rows.append((_t("Amount (yuan)"), f"{view.amount:,.2f}" if view.amount else ""))
    if view.fair_review_required:
        done = _t("done") if view.fair_review_done else _t("not yet done")
        rows.append((_t("Fair-competition review"), done))
    rows += [(_t("Tags"), view.tags), (_t("Notes"), view.notes)]
    return rows


def _opinion(view: ItemView) -> str:
    if not view.opinions:
        return f"<h2>{escape(_t('Opinion'))}</h2>" + _para(_t("No opinion issued yet."), "muted")
    current = view.opinions[-1]
    heading = _t("Opinion")
    if current.revision > 1:
        heading += labels.in_parentheses(_t("revision %1").replace("%1", str(current.revision)))
    issued_by = current.counsel
    if current.issued_by and current.issued_by != current.counsel:
        issued_by += labels.in_parentheses(_t("recorded by %1").replace("%1", current.issued_by))
    sep = labels.list_separator()
    parts = [
        f"<h2>{escape(heading)}</h2>",
        _form(
            [
                (_t("Conclusion"), labels.conclusion_label(current.conclusion)),
                (_t("Issued on"), labels.iso(current.issued_on)),
                (_t("Issued by"), issued_by),
                (_t("Problems found"), sep.join(labels.defect_label(d) for d in current.defects)),
            ]
        ),
        f"<p><b>{escape(_t('Opinion text'))}</b></p>",
        _para(current.text),
    ]
    if current.basis.strip():
        parts += [f"<p><b>{escape(_t('Legal basis'))}</b></p>", _para(current.basis)]
    earlier = [o for o in view.opinions[:-1]]
    if earlier:
        lines = [
            _t("Revision %1 of %2: %3 (superseded)")
            .replace("%1", str(o.revision))
            .replace("%2", labels.iso(o.issued_on))
            .replace("%3", labels.conclusion_label(o.conclusion))
            for o in earlier
        ]
        parts.append(_para("\n".join(lines), "muted"))
    return "".join(parts)


def _returns(view: ItemView) -> str:
    if not view.pauses:
        return ""
    rows = [
        [
            labels.iso(p.returned_on),
            p.reason.replace("\n", " "),
            labels.iso(p.resubmitted_on) or _t("awaiting"),
        ]
        for p in view.pauses
    ]
    headers = [_t("Returned"), _t("Reason"), _t("Resubmitted")]
    grid = _grid(headers, rows, [16, 68, 16], [True, False, True])
    return f"<h2>{escape(_t('Returns for materials'))}</h2>" + grid


def _filing(view: ItemView) -> str:
    if view.kind is not Kind.NORMATIVE or view.published_on is None:
        return ""
    result = labels.filing_result_label(view.filing_result) if view.filing_result else ""
    rows = [
        (_t("Published"), labels.iso(view.published_on)),
        (_t("Document No."), view.doc_no),
        (_t("Filing due"), labels.iso(view.filing_due_on)),
        (_t("Filed"), labels.iso(view.filed_on)),
        (_t("Filing authority"), view.filing_authority),
        (_t("Filing reference"), view.filing_ref),
        (_t("Result"), result),
        (_t("Result date"), labels.iso(view.filing_result_on)),
        (_t("Valid until"), labels.iso(view.valid_until)),
    ]
    return f"<h2>{escape(_t('Filing record'))}</h2>" + _form(rows)


def summary_printable(view: ItemView, today: dt.date) -> Printable:
    """One item on paper: details, deadline, returns, opinion and filing record."""
    deadline, warn = _deadline(view, today)
    meta = "  ·  ".join(
        [view.reg_no, labels.kind_label(view.kind), labels.status_label(view.status)]
    )
    parts = [
        f'<p class="muted">{escape(_t("Item summary"))}</p>',
        f"<h1>{escape(view.title)}</h1>",
        f"<p>{escape(meta)}</p>",
    ]
    if deadline:
        parts.append(_para(deadline, "warn" if warn else ""))
    parts += [
        f"<h2>{escape(_t('Details'))}</h2>",
        _form(_details(view)),
        _returns(view),
        _opinion(view),
        _filing(view),
        f'<p class="muted"><br/>{escape(_printed_on(today))}</p>',
    ]
    title = f"{view.reg_no} {view.title}"
    return Printable(title, page_html("".join(parts)))


# --- printing --------------------------------------------------------------------------------


def new_printer(pdf_path: str | None = None, *, landscape: bool = False) -> QPrinter:
    """An A4 printer with 15 mm margins; a PDF writer when ``pdf_path`` is given."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageOrientation(orientation)
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    if pdf_path:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf_path)
    return printer


def text_document(printable: Printable) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setHtml(printable.html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, printable.title)
    return document


def render(printable: Printable, printer: QPrinter) -> str:
    """Print ``printable`` (page numbers at the foot of each page); returns the output file
    name for a PDF, else ""."""
    printer.setDocName(printable.title)
    printer.setCreator(QCoreApplication.translate(CONTEXT, "Review Workbench"))
    text_document(printable).print_(printer)
    return (
        printer.outputFileName()
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        else ""
    )

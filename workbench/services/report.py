"""The annual-report paragraph (docs/RULES.md §6, "Report paragraph").

The office may store its own template in the settings table (key ``report_template``, edited
through :func:`workbench.services.office.save_report_template`); otherwise the shipped
``resources/templates/report_paragraph.txt`` is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from workbench.domain.office import OfficeSettings
from workbench.reports.report_docx import write_paragraphs_docx
from workbench.reports.template import check_template, default_template, flatten, render
from workbench.services.context import ServiceContext
from workbench.services.office import REPORT_TEMPLATE_KEY
from workbench.services.tally import RATE_KEYS, Tally, percent_text, tally_in, year_bounds
from workbench.store.settings import get_value, load_office


def template_values(tally: Tally, office: OfficeSettings) -> dict[str, Any]:
    """Every placeholder a template may use: the tally keys plus ``authority`` and ``office``."""
    values = flatten(tally.to_json())
    for key in RATE_KEYS:  # fractions read as percentages: 0.5 → 50%
        values[f"filing_indicators.{key}"] = percent_text(getattr(tally.filing_indicators, key))
    values["authority"] = office.filing_authority
    values["office"] = office.office_name
    return values


def template_in(conn: Connection) -> str:
    stored = get_value(conn, REPORT_TEMPLATE_KEY)
    if isinstance(stored, str) and stored.strip():
        return stored
    return default_template()


def paragraph_for(tally: Tally, office: OfficeSettings, template: str, *, approx: bool) -> str:
    return render(template, template_values(tally, office), approx=approx)


def report_template(ctx: ServiceContext) -> str:
    """The template in use: the office's own, or the shipped default."""
    with ctx.db.read() as conn:
        return template_in(conn)


def check_report_template(ctx: ServiceContext, template: str) -> None:
    """Refuse a template naming an unknown placeholder (call before saving one)."""
    with ctx.db.read() as conn:
        office = load_office(conn)
        tally = tally_in(conn, ctx.today().year)
    check_template(template, template_values(tally, office))


def report_paragraph(
    ctx: ServiceContext, year: int, *, approx: bool = False, template: str | None = None
) -> str:
    """The year's paragraph for the annual report, from the office's template."""
    year_bounds(year)
    with ctx.db.read() as conn:
        office = load_office(conn)
        tally = tally_in(conn, year)
        text = template if template is not None else template_in(conn)
    return paragraph_for(tally, office, text, approx=approx)


def write_report_docx(
    ctx: ServiceContext, year: int, path: str | Path, *, approx: bool = False
) -> str:
    """Write the year's paragraph to a .docx (仿宋 16 pt, first-line indent); returns the text."""
    text = report_paragraph(ctx, year, approx=approx)
    paragraphs = [p.strip() for p in text.splitlines() if p.strip()]
    write_paragraphs_docx(Path(path), paragraphs)
    return text

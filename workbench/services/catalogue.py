"""The catalogue (目录) of normative documents: those published in a year — what an office sends
its supervising authority each January — or those in force on a date — the list it publishes.

The rows follow the counting rules of docs/RULES.md §6: a year's catalogue is every normative
document published in it (withdrawn never count), whatever happened to it since (its status says
so); in force on D is published on or before D and not repealed or expired by then. 施行日期 is
read from the attached document ("自2024年1月1日起施行", "自印发之日起施行"); when no attachment
says, it is left empty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, select

from workbench.documents.docdates import dates_in_text
from workbench.domain.errors import InvalidInput
from workbench.domain.statuses import Status, status_label
from workbench.reports.lists import ListTable, write_lists, zh_date
from workbench.services.context import ServiceContext
from workbench.services.tally import in_force_at, normative, year_bounds
from workbench.store.schema import attachments, items
from workbench.store.settings import load_office

HEADERS = (
    "序号",
    "文件名称",
    "文号",
    "公布日期",
    "施行日期",
    "有效期至",
    "报送备案日期",
    "备案机关",
    "状态",
)


def effective_from_text(text: str, published_on: dt.date | None) -> dt.date | None:
    """The 施行日期 a document states (read as ``inspect`` and the validity read it), the
    publication date for "自印发之日起施行", or ``None`` when it states none."""
    found = dates_in_text(text)
    if found.effective_on is not None:
        return found.effective_on
    return published_on if found.effective_found else None


@dataclass(frozen=True)
class CatalogueRow:
    """One normative document of the catalogue."""

    number: int
    reg_no: str
    title: str
    doc_no: str
    published_on: dt.date | None
    effective_on: dt.date | None
    valid_until: dt.date | None
    filed_on: dt.date | None
    filing_authority: str
    status: Status

    def to_json(self) -> dict[str, Any]:
        def iso(day: dt.date | None) -> str | None:
            return day.isoformat() if day else None

        return {
            "number": self.number,
            "reg_no": self.reg_no,
            "title": self.title,
            "doc_no": self.doc_no,
            "published_on": iso(self.published_on),
            "effective_on": iso(self.effective_on),
            "valid_until": iso(self.valid_until),
            "filed_on": iso(self.filed_on),
            "filing_authority": self.filing_authority,
            "status": self.status.value,
        }

    def cells(self) -> tuple[Any, ...]:
        return (
            self.number,
            self.title,
            self.doc_no,
            self.published_on,
            self.effective_on,
            self.valid_until,
            self.filed_on,
            self.filing_authority if self.filed_on else "",
            status_label(self.status),
        )


@dataclass(frozen=True)
class Catalogue:
    """The rows and what they are: the year's documents, or those in force on a date."""

    year: int | None
    in_force_on: dt.date | None
    office: str
    rows: tuple[CatalogueRow, ...]

    @property
    def title(self) -> str:
        if self.year is not None:
            return f"{self.year}年行政规范性文件目录"
        assert self.in_force_on is not None
        return f"现行有效行政规范性文件目录（截至{zh_date(self.in_force_on)}）"

    @property
    def subtitle(self) -> str:
        return f"{self.office}　共{len(self.rows)}件" if self.office else f"共{len(self.rows)}件"

    def table(self) -> ListTable:
        name = f"{self.year}年目录" if self.year is not None else "现行有效目录"
        return ListTable(name, HEADERS, tuple(r.cells() for r in self.rows))


def newest_texts(conn: Connection, ids: list[int]) -> dict[int, str]:
    """The newest attachment text of each item that has one (for its 施行日期)."""
    texts: dict[int, str] = {}
    if not ids:
        return texts
    stmt = (
        select(attachments.c.item_id, attachments.c.text)
        .where(attachments.c.item_id.in_(ids), attachments.c.text != "")
        .order_by(attachments.c.item_id, attachments.c.id)
    )
    for item_id, text in conn.execute(stmt):
        texts[item_id] = text  # the last one wins: the newest draft
    return texts


def catalogue_in(conn: Connection, where: ColumnElement[bool]) -> list[CatalogueRow]:
    stmt = (
        select(
            items.c.id,
            items.c.reg_no,
            items.c.title,
            items.c.doc_no,
            items.c.published_on,
            items.c.valid_until,
            items.c.filed_on,
            items.c.filing_authority,
            items.c.status,
        )
        .where(where)
        .order_by(items.c.published_on, items.c.doc_no_norm, items.c.id)
    )
    found = conn.execute(stmt).all()
    texts = newest_texts(conn, [r.id for r in found])
    return [
        CatalogueRow(
            number=n,
            reg_no=r.reg_no,
            title=r.title,
            doc_no=r.doc_no,
            published_on=r.published_on,
            effective_on=effective_from_text(texts.get(r.id, ""), r.published_on),
            valid_until=r.valid_until,
            filed_on=r.filed_on,
            filing_authority=r.filing_authority,
            status=Status(r.status),
        )
        for n, r in enumerate(found, 1)
    ]


def published_in(year: int) -> ColumnElement[bool]:
    start, end = year_bounds(year)
    return and_(
        normative(),
        items.c.published_on.between(start, end),
        items.c.status != Status.WITHDRAWN.value,
    )


def catalogue(
    ctx: ServiceContext, *, year: int | None = None, in_force_on: dt.date | None = None
) -> Catalogue:
    """The normative documents published in ``year``, or in force on ``in_force_on``."""
    if (year is None) == (in_force_on is None):
        raise InvalidInput("catalogue.year_or_date")
    if year is not None:
        where = published_in(year)
    else:
        assert in_force_on is not None
        where = in_force_at(in_force_on)
    with ctx.db.read() as conn:
        office = load_office(conn)
        rows = catalogue_in(conn, where)
    return Catalogue(year, in_force_on, office.office_name, tuple(rows))


def write_catalogue(cat: Catalogue, path: str | Path) -> Path:
    """Write the catalogue to ``path`` (.xlsx or .docx), atomically."""
    return write_lists(path, cat.title, cat.subtitle, [cat.table()])

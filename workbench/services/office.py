"""Office-wide settings as the administrator edits them: review periods, filing, numbering,
the report template, and the names already entered (for pickers in the register dialog).

Every change writes an audit event in the same transaction (docs/RULES.md §10).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from workbench.domain.errors import InvalidInput
from workbench.domain.kinds import Kind, kind_term
from workbench.domain.messages import field_label
from workbench.domain.office import OfficeSettings, check_reg_no_pattern
from workbench.domain.roles import Permission
from workbench.services.context import ServiceContext
from workbench.services.users import require
from workbench.store import audit
from workbench.store.schema import items
from workbench.store.settings import get_value, load_office, save_office, set_value
from workbench.store.target import on_network_share, parse_target

MAX_PERIOD_DAYS = 250
MAX_FILING_DAYS = 365
MAX_NAME = 200
MAX_TEMPLATE = 20000
MAX_IDLE_LOCK_MINUTES = 480
REPORT_TEMPLATE_KEY = "report_template"
#: How many distinct names a picker offers (most frequent first).
PICKER_LIMIT = 300


def get_office(ctx: ServiceContext) -> OfficeSettings:
    with ctx.db.read() as conn:
        return load_office(conn)


def _office_json(office: OfficeSettings) -> dict[str, Any]:
    return {
        "review_days": {k.value: int(office.period(k)) for k in Kind},
        "filing_days": office.filing_days,
        "filing_authority": office.filing_authority,
        "reg_no_pattern": office.reg_no_pattern,
        "office_name": office.office_name,
        "idle_lock_minutes": office.idle_lock_minutes,
    }


def _clean_name(value: str, what: str) -> str:
    text = value.strip()
    if not text:
        raise InvalidInput("text.empty", what=field_label(what))
    if len(text) > MAX_NAME:
        raise InvalidInput(
            "text.too_long", what=field_label(what), length=len(text), limit=MAX_NAME
        )
    return text


def check_office_settings(office: OfficeSettings) -> OfficeSettings:
    """The settings with names trimmed, or :class:`InvalidInput` naming the first problem."""
    for kind in Kind:
        days = office.period(kind)
        if not 1 <= days <= MAX_PERIOD_DAYS:
            raise InvalidInput(
                "office.review_period_range", kind=kind_term(kind), days=days, most=MAX_PERIOD_DAYS
            )
    if not 1 <= office.filing_days <= MAX_FILING_DAYS:
        raise InvalidInput(
            "office.filing_days_range", days=office.filing_days, most=MAX_FILING_DAYS
        )
    if not 0 <= office.idle_lock_minutes <= MAX_IDLE_LOCK_MINUTES:
        raise InvalidInput(
            "office.idle_lock_range",
            minutes=office.idle_lock_minutes,
            most=MAX_IDLE_LOCK_MINUTES,
        )
    pattern = office.reg_no_pattern.strip()
    check_reg_no_pattern(pattern)
    return OfficeSettings(
        review_days={k: int(office.period(k)) for k in Kind},
        filing_days=int(office.filing_days),
        filing_authority=_clean_name(office.filing_authority, "filing_authority"),
        reg_no_pattern=pattern,
        office_name=_clean_name(office.office_name, "office_name"),
        idle_lock_minutes=int(office.idle_lock_minutes),
    )


def save_office_settings(ctx: ServiceContext, office: OfficeSettings) -> OfficeSettings:
    """Store the office settings for every user; due dates of new items follow them.

    Items already registered keep the due date they were given.
    """
    office = check_office_settings(office)
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ADMINISTER)
        before = _office_json(load_office(conn))
        after = _office_json(office)
        if before == after:
            return office
        save_office(conn, office)
        changed = [k for k in after if before[k] != after[k]]
        audit.record(
            conn,
            actor=ctx.actor,
            action="office_settings",
            before={k: before[k] for k in changed},
            after={k: after[k] for k in changed},
        )
        return load_office(conn)


def get_report_template(ctx: ServiceContext) -> str | None:
    """The office's report paragraph template, or ``None`` when the default is in use."""
    with ctx.db.read() as conn:
        value = get_value(conn, REPORT_TEMPLATE_KEY)
    return value if isinstance(value, str) else None


def save_report_template(ctx: ServiceContext, text: str) -> None:
    """Store the report paragraph template (checked by the caller against the report engine)."""
    body = text.strip()
    if not body:
        raise InvalidInput("text.empty", what=field_label("report_template"))
    if len(body) > MAX_TEMPLATE:
        raise InvalidInput(
            "text.too_long",
            what=field_label("report_template"),
            length=len(body),
            limit=MAX_TEMPLATE,
        )
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ADMINISTER)
        before = get_value(conn, REPORT_TEMPLATE_KEY)
        if before == body:
            return
        set_value(conn, REPORT_TEMPLATE_KEY, body)
        audit.record(
            conn,
            actor=ctx.actor,
            action="report_template",
            before={"template": before} if isinstance(before, str) else None,
            after={"template": body},
        )


def _frequent(ctx: ServiceContext, column: Any) -> list[str]:
    stmt = (
        select(column)
        .where(column != "")
        .group_by(column)
        .order_by(func.count().desc(), column)
        .limit(PICKER_LIMIT)
    )
    with ctx.db.read() as conn:
        return [str(v) for v in conn.execute(stmt).scalars()]


def known_units(ctx: ServiceContext) -> list[str]:
    """Drafting units entered so far, most frequent first."""
    return _frequent(ctx, items.c.unit)


def known_counsel(ctx: ServiceContext) -> list[str]:
    """Counsel names entered so far, most frequent first."""
    return _frequent(ctx, items.c.counsel)


def check_data_location(value: str) -> str:
    """The data location as it will be shown, or a :class:`WorkbenchError` saying why not.

    Accepts a SQLite file path or a ``postgresql+psycopg://`` URL; a SQLite file on a network
    share is refused (docs/RULES.md §10): several PCs writing one file corrupt it.
    """
    target = parse_target(value)
    if target.path is not None:
        if target.path.is_dir():
            raise InvalidInput("office.location_is_folder", path=str(target.path))
        share = on_network_share(target.path.parent)
        if share:
            raise InvalidInput("office.location_on_share", path=str(target.path), share=share)
    return target.display()

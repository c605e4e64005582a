"""Office settings and key/value state in the ``settings`` table."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from workbench.domain.kinds import Kind
from workbench.domain.office import OfficeSettings
from workbench.store.schema import settings


def get_value(conn: Connection, key: str, default: Any = None) -> Any:
    raw = conn.execute(select(settings.c.value).where(settings.c.key == key)).scalar()
    return default if raw is None else json.loads(raw)


def set_value(conn: Connection, key: str, value: Any) -> None:
    raw = json.dumps(value, ensure_ascii=False)
    updated = conn.execute(settings.update().where(settings.c.key == key).values(value=raw))
    if updated.rowcount == 0:
        conn.execute(settings.insert().values(key=key, value=raw))


def load_office(conn: Connection) -> OfficeSettings:
    rows = dict(conn.execute(select(settings.c.key, settings.c.value)).all())
    base = OfficeSettings()
    periods = dict(base.review_days)
    for kind in Kind:
        raw = rows.get(f"review_days.{kind.value}")
        if raw is not None:
            periods[kind] = int(json.loads(raw))

    def pick(key: str, default: Any) -> Any:
        raw = rows.get(key)
        return default if raw is None else json.loads(raw)

    return OfficeSettings(
        review_days=periods,
        filing_days=int(pick("filing_days", base.filing_days)),
        filing_authority=str(pick("filing_authority", base.filing_authority)),
        reg_no_pattern=str(pick("reg_no_pattern", base.reg_no_pattern)),
        office_name=str(pick("office_name", base.office_name)),
        idle_lock_minutes=int(pick("idle_lock_minutes", base.idle_lock_minutes)),
    )


def save_office(conn: Connection, office: OfficeSettings) -> None:
    for kind, days in office.review_days.items():
        set_value(conn, f"review_days.{kind.value}", int(days))
    set_value(conn, "filing_days", office.filing_days)
    set_value(conn, "filing_authority", office.filing_authority)
    set_value(conn, "reg_no_pattern", office.reg_no_pattern)
    set_value(conn, "office_name", office.office_name)
    set_value(conn, "idle_lock_minutes", int(office.idle_lock_minutes))

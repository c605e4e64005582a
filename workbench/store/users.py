"""Users: login name -> roles."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Row, func, select

from workbench.store.schema import users


def get(conn: Connection, login: str) -> Row[Any] | None:
    return conn.execute(select(users).where(users.c.login == login)).first()


def count(conn: Connection) -> int:
    return int(conn.execute(select(func.count()).select_from(users)).scalar() or 0)


def all_users(conn: Connection) -> list[Row[Any]]:
    return list(conn.execute(select(users).order_by(users.c.login)))


def insert(conn: Connection, login: str, roles: str, display_name: str = "") -> None:
    conn.execute(
        users.insert().values(
            login=login,
            display_name=display_name,
            role=roles,
            active=True,
            created_at=dt.datetime.now(),
        )
    )


def update(conn: Connection, login: str, **values: Any) -> None:
    conn.execute(users.update().where(users.c.login == login).values(**values))

"""Drafts (issue #14): what a person typed and has not issued or saved yet is kept in the
database per item and per login, without an audit event and without a new item version."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import inspect

from workbench.services import items as item_service
from workbench.services import queries
from workbench.services.context import ServiceContext
from workbench.store.database import Database, open_database
from workbench.store.schema import drafts

D = dt.date


def _register(ctx: ServiceContext, title: str = "辽宁省科技计划项目管理办法") -> str:
    new = item_service.NewItem("normative", title, D(2025, 6, 2))
    return item_service.register(ctx, new).reg_no


def _step(db: Database, revision: str) -> None:
    from alembic import command

    from workbench.store.database import _alembic_config

    step = command.upgrade if revision == "head" else command.downgrade
    with db.engine.connect() as raw:
        conn = raw.execution_options(write=True)
        with conn.begin():
            step(_alembic_config(conn), revision)


def test_migration_0005_goes_down_and_up_again(ctx: ServiceContext, db_path: Path) -> None:
    """0005 down drops only the drafts (the items stay); up again brings an empty, usable
    table whose rows go with their item."""
    reg_no = _register(ctx)
    item_id = queries.show_item(ctx, reg_no).id
    with ctx.db.write() as conn:
        conn.execute(
            drafts.insert().values(
                item_id=item_id,
                login="a",
                part="opinion",
                payload="{}",
                updated_at=dt.datetime(2025, 6, 16, 9, 30),
            )
        )
    db = open_database(str(db_path))
    try:
        _step(db, "0004")
        with db.engine.connect() as conn:
            assert not inspect(conn).has_table("drafts")
            assert conn.exec_driver_sql("SELECT count(*) FROM items").scalar() == 1
        _step(db, "head")
        with db.engine.connect() as conn:
            assert inspect(conn).has_table("drafts")
            assert conn.exec_driver_sql("SELECT count(*) FROM drafts").scalar() == 0
        with db.write() as conn:
            conn.execute(
                drafts.insert().values(
                    item_id=item_id,
                    login="a",
                    part="details",
                    payload="{}",
                    updated_at=dt.datetime(2025, 6, 16, 9, 31),
                )
            )
            conn.exec_driver_sql("DELETE FROM items")
            assert conn.exec_driver_sql("SELECT count(*) FROM drafts").scalar() == 0
    finally:
        db.close()

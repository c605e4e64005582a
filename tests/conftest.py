"""Fixtures shared by every test: real databases in temporary places, never mocks."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.domain import messages
from workbench.services.context import ServiceContext
from workbench.store.database import Database, open_database

PG_ENV = "WORKBENCH_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _messages_strict(request: pytest.FixtureRequest) -> Iterator[None]:
    """An unknown code or a missing parameter fails the test instead of showing the code.
    Every test starts in the language of its kind, whatever ran before it: Chinese (the
    default of the command line and the core), English in tests/ui (the interface the GUI
    tests run in)."""
    gui = "ui" in Path(str(request.node.path)).parts[-3:-1]
    messages.set_language("en" if gui else "zh")
    messages.set_strict(True)
    yield
    messages.set_language("zh")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real user data directory or a configured server."""
    monkeypatch.setenv("WORKBENCH_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workbench.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(str(db_path))
    yield database
    database.close()


@pytest.fixture
def today() -> dt.date:
    return dt.date(2025, 6, 16)


@pytest.fixture
def ctx(db: Database, today: dt.date) -> ServiceContext:
    return ServiceContext(db, actor="tester", fixed_today=today)


def _pg_base_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get("CI"):
        pytest.fail(f"{PG_ENV} is not set: CI must run the PostgreSQL tests")
    return url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test (dropped afterwards)."""
    base = _pg_base_url()
    if not base:
        pytest.skip(f"{PG_ENV} not set (no PostgreSQL server for this run)")
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base)
    name = f"wbtest_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql", database="postgres")
    conninfo = admin.render_as_string(hide_password=False)
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

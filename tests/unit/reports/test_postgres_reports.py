"""Tallies, export and import on a real PostgreSQL server count the same as on SQLite."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.unit.reports.conftest import ledger_figures
from workbench.services.audit import verify_audit
from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.services.export import export_year
from workbench.services.ledger_import import import_ledger
from workbench.services.tally import tally_year
from workbench.store.database import open_database

pytestmark = pytest.mark.postgres
TODAY = dt.date(2025, 6, 16)


def test_same_counts_on_postgres(pg_url: str, tmp_path: Path) -> None:
    pg = ServiceContext(open_database(pg_url), actor="tester", fixed_today=TODAY)
    lite = ServiceContext(
        open_database(str(tmp_path / "lite.sqlite3")), actor="tester", fixed_today=TODAY
    )
    demo = load_demo(pg, 300, 3)
    load_demo(lite, 300, 3)
    for year in demo.years:
        assert tally_year(pg, year) == tally_year(lite, year), year
    year = demo.years[-2]
    out = tmp_path / f"{year}.xlsx"
    result = export_year(pg, year, out)
    assert result.ledger_rows > 0
    # the PostgreSQL export imported into SQLite counts the same
    fresh = ServiceContext(
        open_database(str(tmp_path / "fresh.sqlite3")), actor="tester", fixed_today=TODAY
    )
    import_ledger(fresh, out)
    assert ledger_figures(tally_year(fresh, year)) == ledger_figures(tally_year(pg, year))
    # and imported back into the same PostgreSQL database it changes nothing
    again = import_ledger(pg, out)
    assert again.imported == 0 and len(again.duplicates) == result.ledger_rows
    assert verify_audit(pg).ok
    for ctx in (pg, lite, fresh):
        ctx.db.close()


def test_import_into_an_empty_postgres_database(pg_url: str, tmp_path: Path) -> None:
    lite = ServiceContext(
        open_database(str(tmp_path / "lite.sqlite3")), actor="tester", fixed_today=TODAY
    )
    demo = load_demo(lite, 200, 4)
    year = demo.years[-1]
    out = tmp_path / f"{year}.xlsx"
    export_year(lite, year, out)
    pg = ServiceContext(open_database(pg_url), actor="tester", fixed_today=TODAY)
    result = import_ledger(pg, out)
    assert result.imported == result.rows and not result.problems
    assert ledger_figures(tally_year(pg, year)) == ledger_figures(tally_year(lite, year))
    assert verify_audit(pg).ok
    pg.db.close()
    lite.db.close()

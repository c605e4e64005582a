"""What securing a shared server costs: the same data, read and written through a password login
on a secured database and through the old shared account on an unsecured one, side by side.

    WORKBENCH_BENCH_PG_URL=postgresql+psycopg://postgres:PW@127.0.0.1:5432/postgres \\
        uv run python benchmarks/shared_mode.py [--items 20000] [--repeat 30]

Prints JSON: medians and p95 of the queue's first page, a search and a write (edit details), for
both databases, and the ratios secured/unsecured. Targets (issue #13): reads within 1.2x; a
write's server-side audit adds under 5 ms at p95.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
import uuid
from collections.abc import Callable

import psycopg
from sqlalchemy.engine import URL, make_url

from workbench.services import items as svc
from workbench.services.context import ServiceContext
from workbench.services.demo import load_demo
from workbench.services.queries import show_item
from workbench.services.queue import QueueQuery, first_page
from workbench.services.server import setup_server
from workbench.store.database import open_database

PASSWORD = "Bench-pass-1"


def _timed(fn: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 2),
    }


def _database(base: str, name: str) -> str:
    b = make_url(base)
    with psycopg.connect(
        b.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return b.set(database=name).render_as_string(hide_password=False)


def _drop(base: str, name: str) -> None:
    b = make_url(base)
    with psycopg.connect(
        b.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    ) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _measure(ctx: ServiceContext, repeat: int) -> dict[str, dict[str, float]]:
    query = QueueQuery()
    search = QueueQuery(search="管理办法")
    reg = first_page(ctx, query, "received_on", True, 1).rows[0].reg_no
    counter = iter(range(10**6))

    def write() -> None:
        view = show_item(ctx, reg)
        svc.update_details(ctx, reg, view.version, notes=f"基准 {next(counter)}")

    first_page(ctx, query, "due", False, 200)  # warm the caches
    return {
        "first_page": _stats(_timed(lambda: first_page(ctx, query, "due", False, 200), repeat)),
        "search": _stats(_timed(lambda: first_page(ctx, search, "due", False, 200), repeat)),
        "write": _stats(_timed(write, repeat)),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    base = os.environ.get("WORKBENCH_BENCH_PG_URL") or os.environ.get("WORKBENCH_TEST_PG_URL")
    if not base:
        print("set WORKBENCH_BENCH_PG_URL to a PostgreSQL superuser URL", file=sys.stderr)
        return 2
    tag = uuid.uuid4().hex[:8]
    plain_name, secured_name = f"wbbench_plain_{tag}", f"wbbench_secured_{tag}"
    try:
        plain_url = _database(base, plain_name)
        secured_url = _database(base, secured_name)
        today = dt.date.today()
        for url in (plain_url, secured_url):
            ctx = ServiceContext(open_database(url), actor="bench", fixed_today=today)
            load_demo(ctx, args.items, seed=7)
            ctx.db.close()
        admin = f"bench_{tag}"
        setup_server(secured_url, admin, "基准", PASSWORD)
        with psycopg.connect(
            make_url(secured_url).set(drivername="postgresql").render_as_string(False),
            autocommit=True,
        ) as conn:
            conn.execute(f"GRANT workbench_counsel, workbench_clerk TO {admin}")
        b = make_url(secured_url)
        login = URL.create(
            b.drivername, admin, PASSWORD, b.host, b.port, b.database
        ).render_as_string(hide_password=False)
        results = {}
        # interleave the two so that the machine's noise falls on both alike
        plain_ctx = ServiceContext(open_database(plain_url), actor="bench", fixed_today=today)
        secured_ctx = ServiceContext(open_database(login), fixed_today=today)
        rounds = {"unsecured": [], "secured": []}  # type: dict[str, list[dict]]
        for _ in range(3):
            rounds["unsecured"].append(_measure(plain_ctx, args.repeat // 3 or 1))
            rounds["secured"].append(_measure(secured_ctx, args.repeat // 3 or 1))
        for name, measured in rounds.items():
            merged: dict[str, dict[str, float]] = {}
            for key in ("first_page", "search", "write"):
                merged[key] = {
                    stat: round(statistics.median(m[key][stat] for m in measured), 2)
                    for stat in ("median_ms", "p95_ms")
                }
            results[name] = merged
        plain_ctx.db.close()
        secured_ctx.db.close()
        u, s = results["unsecured"], results["secured"]
        results["ratios"] = {
            "first_page": round(s["first_page"]["median_ms"] / u["first_page"]["median_ms"], 2),
            "search": round(s["search"]["median_ms"] / u["search"]["median_ms"], 2),
            "write_p95_added_ms": round(s["write"]["p95_ms"] - u["write"]["p95_ms"], 2),
        }
        results["items"] = args.items
        print(json.dumps(results, ensure_ascii=False, indent=2))
    finally:
        _drop(base, plain_name)
        _drop(base, secured_name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Fast at 100,000 items: every figure measured side by side with its floor, in the same run.

    uv run python benchmarks/run.py --items 100000 [--json] [--repeat R] [--keep DIR]

See benchmarks/README.md for what each figure means and how to read the table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import dbcache
import floors
from measure import HERE, child_env, interleaved, median, p95, run_child

from workbench.services.context import ServiceContext
from workbench.services.export import export_year
from workbench.services.ledger_import import import_ledger
from workbench.services.tally import tally_year
from workbench.store.database import open_database
from workbench.ui.widgets.queue_panel import SEARCH_DELAY_MS

FIGURES = ("startup", "search", "sort", "tally", "export", "import", "cli")
TARGETS = {  # key: (limit, what the limit applies to)
    "startup_ratio": 1.5,
    "search_p95_ms": 50.0,
    "search_ratio": 3.0,
    "sort_p95_ms": 50.0,
    "tally_ratio": 2.0,
    "export_ratio": 1.3,
    "import_ratio": 1.5,
    "rss_over_bare_mb": 150.0,
    "cli_ratio": 1.3,
}

#: the floor of ``workbench show REG --json``: a script that imports SQLAlchemy and reads the
#: same row, printed as JSON (what any command costs at the least)
CLI_FLOOR = """
import json, sys
from sqlalchemy import create_engine, text
engine = create_engine("sqlite:///" + sys.argv[1])
with engine.connect() as conn:
    row = conn.execute(text("SELECT * FROM items WHERE reg_no = :r"), {"r": sys.argv[2]}).first()
print(json.dumps(dict(row._mapping), default=str, ensure_ascii=False))
"""


def search_queries(today: dt.date) -> list[str]:
    """Twenty things a clerk types: words of demo titles, units, counterparties, document and
    registration numbers (one with ASCII brackets), two two-word searches, three with no hits."""
    y = today.year - 1
    return [
        "科技",
        "管理办法",
        "人工智能",
        "合作协议",
        "项目合同",
        "东北大学",
        "资源配置与管理处",
        "高新技术处",
        f"辽科发〔{y}〕16号",
        f"辽科发[{y}]5号",
        f"审{y}-120",
        f"{y}年度",
        "试行",
        "软件开发合同",
        "科研诚信",
        "沈阳 机器人",
        "新材料 重点研发",
        "量子计算",
        "住房公积金",
        "区块链",
    ]


def gui_figures(db: Path, tmp: Path, reps: int, figures: set[str], pyc: Path) -> dict[str, Any]:
    """Start-up, memory, search and sort: the GUI in child processes. Every GUI child but the
    first shares one data folder, as a user's second start of the day does: the first start
    also compiles stale translations (a source checkout) and makes the day's backups."""
    out: dict[str, Any] = {}
    if not figures & {"startup", "search", "sort"}:
        return out
    timeout = 900.0
    gui_env = child_env(tmp, tmp / "gui-data", pyc)
    bare_env = child_env(tmp, tmp / "bare-data", pyc)
    first = run_child("gui_child.py", ["startup", str(db)], gui_env, timeout)
    out["startup_first_ms"] = first["exit_ms"]
    out["startup_first_painted_ms"] = first["painted"]["wall_ms"]
    if "startup" in figures:
        gui: list[dict[str, Any]] = []
        bare: list[dict[str, Any]] = []
        stack: list[dict[str, Any]] = []
        run_child("bare_child.py", [], bare_env, timeout)  # warm the caches of all three
        run_child("bare_child.py", ["stack", str(db)], bare_env, timeout)
        run_child("gui_child.py", ["startup", str(db)], gui_env, timeout)
        for i in range(reps):
            runs = [
                (gui, "gui_child.py", ["startup", str(db)], gui_env),
                (bare, "bare_child.py", [], bare_env),
                (stack, "bare_child.py", ["stack", str(db)], bare_env),
            ]
            for out_list, script, args, env in runs if i % 2 == 0 else runs[::-1]:
                out_list.append(run_child(script, args, env, timeout))
        out["startup_ms"] = median([e["exit_ms"] for e in gui])
        out["bare_startup_ms"] = median([e["exit_ms"] for e in bare])
        # informational: over a bare window that reads its rows through SQLAlchemy
        out["stack_startup_ms"] = median([e["exit_ms"] for e in stack])
        out["startup_over_stack_ratio"] = out["startup_ms"] / out["stack_startup_ms"]
        out["startup_painted_ms"] = median([e["painted"]["wall_ms"] for e in gui])
        out["bare_painted_ms"] = median([e["painted"]["wall_ms"] for e in bare])
        out["startup_ratio"] = out["startup_ms"] / out["bare_startup_ms"]
        out["first_query_ms"] = median([e["painted"]["first_query_ms"] for e in gui])
        out["rss_mb"] = median([e["painted"]["rss"]["VmRSS"] for e in gui])
        out["bare_rss_mb"] = median([e["painted"]["rss"]["VmRSS"] for e in bare])
        out["rss_over_bare_mb"] = out["rss_mb"] - out["bare_rss_mb"]
    if figures & {"search", "sort"}:
        cfg = {"repeat": reps, "queries": search_queries(dt.date.today())}
        ev = run_child(
            "gui_child.py",
            ["session", str(db), json.dumps(cfg)],
            gui_env,
            timeout,
        )
        s = ev["session"]
        subj = [v[0] for v in s["search"].values()]
        flo = [v[1] for v in s["search"].values()]
        out["search_queries"] = s["search"]
        out["search_p95_ms"] = p95(subj)
        out["search_ms"] = median(subj)
        out["search_floor_ms"] = median(flo)
        out["search_floor_p95_ms"] = p95(flo)
        out["search_ratio"] = sum(subj) / sum(flo)
        # of the subject: reload() to the first page shown (worker's first step + model reset);
        # the rest is the window's reaction (item pane) and painting the first page
        out["search_to_loaded_ms"] = median([v[3] for v in s["search"].values()])
        # of the subject's second step: reload() until every id is in the table
        out["search_complete_ms"] = median([v[4] for v in s["search"].values()])
        out["search_debounce_ms"] = float(SEARCH_DELAY_MS)
        out["search_typed_ms"] = s["typed_ms"]
        out["search_mismatch"] = s["search_mismatch"]  # queries whose hit counts differ
        sort_s = [v[0] for v in s["sort"].values()]
        sort_f = [v[1] for v in s["sort"].values()]
        out["sort_columns"] = s["sort"]
        out["sort_p95_ms"] = p95(sort_s)
        out["sort_ms"] = median(sort_s)
        out["sort_floor_ms"] = median(sort_f)
        out["sort_floor_p95_ms"] = p95(sort_f)
        out["sort_ratio"] = sum(sort_s) / sum(sort_f)
        out["sort_click_ms"] = s["click_ms"]
        out["sort_to_loaded_ms"] = s["sort_query_ms"]
        out["sort_complete_ms"] = s["sort_complete_ms"]
        out["rss_after_session_mb"] = s["rss_after"]["VmRSS"]
    return out


def tally_figure(db: Path, reps: int) -> dict[str, Any]:
    year = dt.date.today().year - 1
    database = open_database(str(db))
    ctx = ServiceContext(database)
    con = sqlite3.connect(db)
    got: dict[str, Any] = {}
    subj, flo = interleaved(
        lambda _r: got.update(subject=tally_year(ctx, year)),
        lambda _r: got.update(floor=floors.tally(con, year)),
        reps,
    )
    con.close()
    database.close()
    assert got["subject"].received.total == sum(n for _, n in got["floor"]["received"])
    return {
        "tally_year": year,
        "tally_ms": median(subj),
        "tally_floor_ms": median(flo),
        "tally_ratio": median(subj) / median(flo),
    }


def cli_figure(db: Path, reps: int) -> dict[str, Any]:
    """``workbench show REG --json`` as a clerk's script runs it, against the floor script; both
    as fresh processes, interleaved, median of at least 7."""
    import subprocess

    con = sqlite3.connect(db)
    reg = con.execute("SELECT reg_no FROM items ORDER BY id DESC LIMIT 1").fetchone()[0]
    con.close()
    env = {**os.environ, "PYTHONUTF8": "1", "WORKBENCH_DATA_DIR": str(db.parent / "cli-data")}
    show = [sys.executable, "-m", "workbench", "show", reg, "--json", "--db", str(db)]
    floor = [sys.executable, "-c", CLI_FLOOR, str(db), reg]
    for cmd in (show, floor):  # warm the file cache and the compiled modules once
        subprocess.run(cmd, check=True, capture_output=True, env=env)
    subj, flo = interleaved(
        lambda _r: subprocess.run(show, check=True, capture_output=True, env=env),
        lambda _r: subprocess.run(floor, check=True, capture_output=True, env=env),
        max(reps, 7),
    )
    return {
        "cli_ms": median(subj),
        "cli_floor_ms": median(flo),
        "cli_ratio": median(subj) / median(flo),
    }


def ledger_figures(db: Path, tmp: Path, reps: int, figures: set[str]) -> dict[str, Any]:
    """Export of a year whose 台账 holds every item, then import of that 台账 into empty
    databases. Heavy: at most three repetitions."""
    year = dbcache.export_year()
    reps = max(1, min(reps, 3))
    out: dict[str, Any] = {"ledger_year": year}
    database = open_database(str(db))
    ctx = ServiceContext(database)
    book = tmp / "subject.xlsx"
    rows: dict[str, int] = {}

    def subject_export(_r: int) -> None:
        rows["subject"] = export_year(ctx, year, book).ledger_rows

    def floor_export(_r: int) -> None:
        rows["floor"] = floors.export_ledger(db, year, tmp / "floor.xlsx")

    if "export" in figures:
        subj, flo = interleaved(subject_export, floor_export, reps, warmup=False)
        out.update(export_ms=median(subj), export_floor_ms=median(flo))
        out["export_ratio"] = out["export_ms"] / out["export_floor_ms"]
        out["ledger_rows"] = rows["subject"]
        assert rows["subject"] == rows["floor"], rows
    else:
        subject_export(0)  # the workbook to import
    database.close()
    if "import" in figures:
        fresh = iter(range(10**6))

        def subject_import(_r: int) -> None:
            target = tmp / f"import-{next(fresh)}.sqlite3"
            empty = open_database(str(target))  # created and migrated outside the timing
            try:
                start = time.perf_counter()
                result = import_ledger(ServiceContext(empty), book)
                times.append((time.perf_counter() - start) * 1000)
                rows["imported"] = result.imported
            finally:
                empty.close()
                target.unlink()

        def floor_import(_r: int) -> None:
            target = tmp / f"floor-{next(fresh)}.sqlite3"
            rows["floor_imported"] = floors.import_ledger(book, target)
            target.unlink()

        times: list[float] = []
        _, flo = interleaved(subject_import, floor_import, reps, warmup=False)
        out.update(import_ms=median(times), import_floor_ms=median(flo))
        out["import_ratio"] = out["import_ms"] / out["import_floor_ms"]
        out["import_rows"] = rows["imported"]
    return out


def table(res: dict[str, Any]) -> str:
    def f(key: str, digits: int = 1) -> str:
        v = res.get(key)
        return "-" if v is None else f"{v:,.{digits}f}"

    def verdict(key: str) -> str:
        if key not in res or key not in TARGETS:
            return ""
        return "ok" if res[key] <= TARGETS[key] else "MISSED"

    lines = [
        f"{res['items']:,} items, {res['cores']} cores, Python {res['python']}, "
        f"repeat {res['repeat']}, load average {res['loadavg_start']:.1f}",
        f"{'figure':<22}{'subject ms':>12}{'floor ms':>12}{'result':>12}{'target':>9}  ",
    ]
    rows = [
        ("startup (to exit)", "startup_ms", "bare_startup_ms", "startup_ratio", "x"),
        ("  to first paint", "startup_painted_ms", "bare_painted_ms", None, ""),
        ("  over stack floor", "startup_ms", "stack_startup_ms", "startup_over_stack_ratio", "x"),
        ("  first of the day", "startup_first_ms", None, None, ""),
        ("search p95", "search_p95_ms", "search_floor_p95_ms", "search_p95_ms", "ms"),
        ("search (sum ratio)", "search_ms", "search_floor_ms", "search_ratio", "x"),
        ("  of which first step", "search_to_loaded_ms", None, None, ""),
        ("  all ids (median)", "search_complete_ms", None, None, ""),
        ("  typed (debounced)", "search_typed_ms", "search_debounce_ms", None, ""),
        ("sort p95", "sort_p95_ms", "sort_floor_p95_ms", "sort_p95_ms", "ms"),
        ("sort median", "sort_ms", "sort_floor_ms", "sort_ratio", "x"),
        ("  of which first step", "sort_to_loaded_ms", None, None, ""),
        ("  all ids (median)", "sort_complete_ms", None, None, ""),
        ("tally", "tally_ms", "tally_floor_ms", "tally_ratio", "x"),
        ("export", "export_ms", "export_floor_ms", "export_ratio", "x"),
        ("import", "import_ms", "import_floor_ms", "import_ratio", "x"),
        ("memory (RSS MB)", "rss_mb", "bare_rss_mb", "rss_over_bare_mb", "MB"),
        ("cli show --json", "cli_ms", "cli_floor_ms", "cli_ratio", "x"),
    ]
    for name, s, fl, key, unit in rows:
        if s not in res:
            continue
        result = f"{f(key, 2)}{unit}" if key else ""
        target = f"≤{TARGETS[key]:g}{unit}" if key in TARGETS else ""
        lines.append(
            f"{name:<22}{f(s):>12}{f(fl):>12}{result:>12}{target:>9}  {verdict(key or '')}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="repetitions per figure")
    parser.add_argument("--keep", type=Path, help="cache folder (default benchmarks/.cache)")
    parser.add_argument("--only", default=",".join(FIGURES), help="figures, comma-separated")
    parser.add_argument("--json", action="store_true", help="end with one JSON line")
    args = parser.parse_args()
    figures = {f.strip() for f in args.only.split(",") if f.strip()}
    unknown = figures - set(FIGURES)
    if unknown:
        parser.error(f"unknown figures: {', '.join(sorted(unknown))}")
    cache = args.keep or HERE / ".cache"
    log: list[str] = []
    res: dict[str, Any] = {
        "items": args.items,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "repeat": args.repeat,
        "loadavg_start": os.getloadavg()[0],
    }
    began = time.perf_counter()
    base = dbcache.demo_db(cache, args.items, args.seed, log)
    with tempfile.TemporaryDirectory(prefix="wb-bench-") as name:
        tmp = Path(name)
        db = dbcache.working_copy(base, tmp, log)
        res.update(gui_figures(db, tmp, args.repeat, figures, cache / "pycache"))
        if "tally" in figures:
            res.update(tally_figure(db, args.repeat))
        if "cli" in figures:
            res.update(cli_figure(db, args.repeat))
        if figures & {"export", "import"}:
            one_year = dbcache.one_year_db(cache, base, dbcache.export_year(), log)
            res.update(
                ledger_figures(dbcache.working_copy(one_year, tmp, log), tmp, args.repeat, figures)
            )
    res["missed"] = [k for k, limit in TARGETS.items() if k in res and res[k] > limit]
    res["loadavg_end"] = os.getloadavg()[0]
    res["seconds"] = round(time.perf_counter() - began, 1)
    res["log"] = log
    for line in log:
        print(line, file=sys.stderr)
    print(table(res))
    if args.json:
        print(json.dumps(res, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

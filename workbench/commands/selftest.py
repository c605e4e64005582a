"""``workbench self-test``: prove every layer works, from source or from the packaged build.

Everything happens in a temporary directory; the user's data is never touched. One line per
check, and a non-zero exit when any check fails.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench import __version__


class _Run:
    def __init__(self, debug: bool) -> None:
        self.debug = debug
        self.failures = 0

    def check(self, name: str, fn: Callable[[], str | None]) -> None:
        started = time.perf_counter()
        try:
            detail = fn() or ""
        except Exception as exc:  # every failure is reported, then the next check runs
            self.failures += 1
            print(f"FAIL  {name}: {type(exc).__name__}: {exc}", flush=True)
            if self.debug:
                traceback.print_exc()
            return
        ms = (time.perf_counter() - started) * 1000
        print(f"ok    {name}{': ' + detail if detail else ''} ({ms:.0f} ms)", flush=True)


def _self_test(tmp: Path, run: _Run) -> None:
    from workbench.services import items as svc
    from workbench.services.context import ServiceContext
    from workbench.store.database import open_database
    from workbench.store.schema_version import HEAD_REVISION, current_revision

    state: dict[str, Any] = {}
    year = 2025
    today = dt.date(year, 12, 31)

    def migrations() -> str:
        db = open_database(str(tmp / "selftest.sqlite3"))
        with db.read() as conn:
            revision = current_revision(conn)
        if revision != HEAD_REVISION:
            raise AssertionError(f"schema at {revision}, expected {HEAD_REVISION}")
        state["ctx"] = ServiceContext(db, actor="self-test", fixed_today=today)
        return f"schema {revision}"

    def lifecycle() -> str:
        ctx = state["ctx"]
        reg = svc.register(
            ctx,
            svc.NewItem(
                "normative", "辽宁省科技计划项目管理办法", dt.date(year, 3, 3), unit="基础研究处"
            ),
        ).reg_no
        svc.start_review(ctx, reg)
        svc.issue_opinion(
            ctx,
            reg,
            svc.OpinionInput(
                "approve_with_changes", "删除罚款条款。", issued_on=dt.date(year, 3, 14)
            ),
        )
        svc.publish(ctx, reg, dt.date(year, 4, 1), "辽科发〔2025〕3号")
        view = svc.record_filing(ctx, reg, dt.date(year, 4, 10))
        if view.review_due_on != dt.date(year, 3, 24) or view.filing_due_on != dt.date(year, 4, 16):
            raise AssertionError(f"deadlines {view.review_due_on} / {view.filing_due_on}")
        state["reg"] = reg
        return f"{reg} registered, reviewed, published and filed"

    def tally() -> str:
        from workbench.services.tally import tally_year

        data = tally_year(state["ctx"], year).to_json()
        if data["reviewed"]["total"] != 1 or data["filed"]["by_kind"]["normative"] != 1:
            raise AssertionError(f"unexpected counts {data['reviewed']} {data['filed']}")
        return "reviewed 1, filed 1"

    def xlsx() -> str:
        from openpyxl import load_workbook

        from workbench.services.export import export_year

        out = tmp / "export.xlsx"
        export_year(state["ctx"], year, out)
        wb = load_workbook(out, read_only=True)
        try:
            names = wb.sheetnames
            rows = wb["台账"].max_row
        finally:
            wb.close()
        if not {"汇总", "按月", "按单位", "台账", "逾期"} <= set(names) or rows < 2:
            raise AssertionError(f"sheets {names}, ledger rows {rows}")
        return f"{len(names)} sheets written and read back"

    def docx() -> str:
        from docx import Document

        from workbench.services.letters import write_opinion_letter

        out = tmp / "letter.docx"
        write_opinion_letter(state["ctx"], state["reg"], out)
        text = "\n".join(p.text for p in Document(str(out)).paragraphs)
        if "合法性审核意见书" not in text or state["reg"] not in text or "{{" in text:
            raise AssertionError("the letter does not read back as expected")
        return "opinion letter written and read back"

    def audit() -> str:
        from workbench.services.audit import verify_audit

        report = verify_audit(state["ctx"])
        if not report.ok:
            raise AssertionError(f"audit chain broken at event {report.first_bad_id}")
        return f"{report.events} events chained"

    def gui() -> str:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = importlib.import_module("workbench.app")
        return str(app.gui_self_check(state["ctx"], tmp))

    run.check("migrations", migrations)
    run.check("lifecycle", lifecycle)
    run.check("tally", tally)
    run.check("excel export", xlsx)
    run.check("word letter", docx)
    run.check("audit chain", audit)
    run.check("main window and Chinese translation", gui)
    if "ctx" in state:
        state["ctx"].db.close()


def cmd_self_test(args: argparse.Namespace) -> int:
    print(f"workbench {__version__} self-test")
    run = _Run(bool(getattr(args, "debug", False)))
    with tempfile.TemporaryDirectory(prefix="workbench-selftest-") as name:
        tmp = Path(name)
        previous = os.environ.get("WORKBENCH_DATA_DIR")
        os.environ["WORKBENCH_DATA_DIR"] = str(tmp / "data")
        try:
            _self_test(tmp, run)
        finally:
            if previous is None:
                os.environ.pop("WORKBENCH_DATA_DIR", None)
            else:
                os.environ["WORKBENCH_DATA_DIR"] = previous
    if run.failures:
        print(f"self-test failed: {run.failures} check(s)")
        return 1
    print("self-test passed")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], common: Any) -> None:
    p = sub.add_parser(
        "self-test", parents=[common], help="exercise every layer in a temporary directory"
    )
    p.set_defaults(func=cmd_self_test)

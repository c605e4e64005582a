"""The instruments inside the GUI child (see gui_child.py): Qt is imported only from here, once
the application itself is starting, so the child loads modules in the application's order.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from workbench.ui import bootstrap

now = time.perf_counter


def rss_mb() -> dict[str, float]:
    """VmRSS (now) and VmHWM (peak) of this process, in MB."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0]) / 1024
    return out


def emit(**data: Any) -> None:
    print(json.dumps(data), flush=True)


class _NextPaint(QObject):
    """Calls ``then`` right after ``viewport`` has painted, once :meth:`arm` was called (when
    the data to show has come in)."""

    def __init__(self, window: Any, viewport: Any, then: Callable[[Any], None]) -> None:
        super().__init__(window)
        self.window, self.then = window, then
        self.armed = False
        self.first_query_ms = 0.0
        viewport.installEventFilter(self)

    def arm(self, first_query_ms: float) -> None:
        if not self.first_query_ms:
            self.first_query_ms = first_query_ms
            self.armed = True

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            QTimer.singleShot(0, lambda: self.then(self))
        return False


class FirstPaint(_NextPaint):
    """The queue's viewport has painted the first page of the first query."""

    def __init__(self, window: Any, then: Callable[[Any], None]) -> None:
        super().__init__(window, window.queue.table.viewport(), then)
        window.queue.firstPageShown.connect(lambda _rows, ms: self.arm(ms))
        window.show_queue()  # the session searches and sorts the queue


class FirstScreen(_NextPaint):
    """The Today view -- the first view on every start -- has painted its first overview (its
    lists and the year's figures, read in one task)."""

    def __init__(self, window: Any, then: Callable[[Any], None]) -> None:
        super().__init__(window, window.today.tree.viewport(), then)
        built = now()
        window.today.loaded.connect(lambda _overview: self.arm((now() - built) * 1000))


#: the application being measured (set when its window is built)
APP: Any = None


def settle(window: Any) -> None:
    """Let the window finish what the last query set off (the item pane's load, the counts,
    their repaint), as it does while a user reads or types: the next trigger then starts from
    an idle window, as a keystroke does, instead of being charged the previous query's paint.
    The once-per-start checks on their own thread (the file's integrity check, the day's
    backups) are waited for too: they would slow whichever query ran beside them."""
    deadline = now() + 60
    background = APP.backup_tasks if APP is not None else None
    while (window.tasks.busy or (background is not None and background.busy)) and now() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.001)
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def wait_reload(window: Any, trigger: Callable[[], None]) -> tuple[float, float, float]:
    """From a settled window, run ``trigger`` and wait for the queue's reload to finish;
    repaint the first page as soon as it is shown. Returns (ms to the painted first page, ms
    of which the worker's first step took, ms until every id was in the table)."""
    panel, got = window.queue, {}
    settle(window)
    loop = QEventLoop()

    def first(_rows: int, ms: float) -> None:
        panel.table.viewport().repaint()  # fetches the first page's rows and paints them
        got.update(first=now(), query_ms=ms)

    def done(_rows: int, _ms: float) -> None:
        got.update(end=now())
        loop.quit()

    panel.firstPageShown.connect(first)
    panel.loaded.connect(done)
    QTimer.singleShot(60_000, loop.quit)
    start = now()
    trigger()
    if "end" not in got:
        loop.exec()
    panel.firstPageShown.disconnect(first)
    panel.loaded.disconnect(done)
    if "end" not in got:
        raise SystemExit("the queue did not reload within 60 s")
    return (got["first"] - start) * 1000, got["query_ms"], (got["end"] - start) * 1000


def timed(fn: Callable[[], Any]) -> float:
    start = now()
    fn()
    return (now() - start) * 1000


def session(window: Any, db: str, cfg: dict[str, Any]) -> dict[str, Any]:
    import floors  # not before: start-up must load only what the application loads
    from PySide6.QtTest import QTest

    panel = window.queue
    header = panel.table.horizontalHeader()
    con = sqlite3.connect(db)
    reps = cfg["repeat"]
    out: dict[str, Any] = {"rss_painted": rss_mb()}

    def search(text: str) -> Callable[[], None]:
        def go() -> None:
            panel.search_box.setText(text)  # starts the debounce timer ...
            panel.reload()  # ... which reload() stops: measured from the query, not the timer

        return go

    def floor_search(text: str) -> Callable[[], Any]:
        return lambda: floors.queue_page(con, text, panel.sort_key, panel.descending)

    queries = cfg["queries"]
    for q in queries:  # warm both paths (page cache, imports, first-use costs)
        wait_reload(window, search(q))
        timed(floor_search(q))
    subj: dict[str, list[float]] = {q: [] for q in queries}
    flo: dict[str, list[float]] = {q: [] for q in queries}
    part: dict[str, list[float]] = {q: [] for q in queries}  # reload() to the first page shown
    whole: dict[str, list[float]] = {q: [] for q in queries}  # reload() to every id loaded
    hits: dict[str, int] = {}
    floor_hits: dict[str, int] = {}
    for rep in range(reps):
        for i, q in enumerate(queries):
            order = (0, 1) if (rep + i) % 2 == 0 else (1, 0)
            for which in order:
                if which == 0:
                    total, query_ms, complete = wait_reload(window, search(q))
                    subj[q].append(total)
                    part[q].append(query_ms)
                    whole[q].append(complete)
                    hits[q] = panel.model.rowCount()
                else:
                    settle(window)  # the floor, too, runs with nothing else going on
                    flo[q].append(timed(floor_search(q)))
    out["search"] = {
        q: [
            statistics.median(subj[q]),
            statistics.median(flo[q]),
            hits[q],
            statistics.median(part[q]),
            statistics.median(whole[q]),
        ]
        for q in queries
    }
    for q in queries:  # the floor's first page, then its count (outside the timing)
        floor_hits[q] = floors.queue_all(con, q, panel.sort_key, panel.descending)
    out["search_mismatch"] = [q for q in queries if hits[q] != floor_hits[q]]
    # the path a typist takes: textChanged -> 150 ms timer -> query (one sample per query)
    typed = []
    for q in queries:
        wait_reload(window, lambda: (panel.search_box.setText(""), panel.reload()))
        typed.append(wait_reload(window, lambda q=q: panel.search_box.setText(q))[0])
    out["typed_ms"] = statistics.median(typed)
    wait_reload(window, lambda: (panel.search_box.setText(""), panel.reload()))

    # sorting: every column both ways, as a header click sets it
    pairs = [(c, o) for c in range(header.count()) for o in (Qt.AscendingOrder, Qt.DescendingOrder)]
    sort_s: dict[str, list[float]] = {}
    sort_f: dict[str, list[float]] = {}
    sort_part: list[float] = []
    sort_whole: list[float] = []
    from workbench.ui.models.queue_model import COLUMN_KEYS, Column

    def sort_pair(col: int, order: Qt.SortOrder, key: str, desc: bool, rep: int) -> list[float]:
        def run_s() -> float:
            total, query_ms, complete = wait_reload(
                window, lambda: header.setSortIndicator(col, order)
            )
            sort_part.append(query_ms)
            sort_whole.append(complete)
            return total

        def run_f() -> float:
            settle(window)
            return timed(lambda: floors.queue_page(con, "", key, desc))

        if rep % 2 == 0:
            return [run_s(), run_f()]
        f = run_f()
        return [run_s(), f]

    for rep in range(reps + 1):  # the first round warms up
        for i, (col, order) in enumerate(pairs):
            key, desc = COLUMN_KEYS[Column(col)], order == Qt.DescendingOrder
            name = f"{key} {'desc' if desc else 'asc'}"
            s, f = sort_pair(col, order, key, desc, rep + i)
            if rep:
                sort_s.setdefault(name, []).append(s)
                sort_f.setdefault(name, []).append(f)
    out["sort"] = {k: [statistics.median(sort_s[k]), statistics.median(sort_f[k])] for k in sort_s}
    out["sort_query_ms"] = statistics.median(sort_part)
    out["sort_complete_ms"] = statistics.median(sort_whole)
    # one real mouse click on a header section, to show the click takes the same path
    x = header.sectionViewportPosition(Column.TITLE) + header.sectionSize(Column.TITLE) // 2
    out["click_ms"] = wait_reload(
        window, lambda: QTest.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(x, 5))
    )[0]
    out["rss_after"] = rss_mb()
    con.close()
    return out


def install(mode: str, db: str, cfg: dict[str, Any]) -> None:
    """Make the application report its first painted queue (and run the session)."""
    build = bootstrap.WorkbenchApp._build_window

    def painted(probe: _NextPaint) -> None:
        rows = (probe.window.queue if mode == "session" else probe.window.today).model.rowCount()
        info = {"rows": rows, "first_query_ms": probe.first_query_ms}
        emit(event="painted", rss=rss_mb(), **info)
        if mode == "session":
            emit(event="session", **session(probe.window, db, cfg))
        QApplication.quit()

    def instrumented(self: Any) -> None:
        global APP
        APP = self
        build(self)
        # start-up is measured to the first screen, the Today view; search and sort in the
        # queue, so the session shows it at once
        (FirstPaint if mode == "session" else FirstScreen)(self.window, painted)

    bootstrap.WorkbenchApp._build_window = instrumented  # type: ignore[method-assign]
    # an ordinary day's start, not the first one: the name was given long ago (the first
    # start's question is a modal dialog, which would hold the measured start open)
    from workbench.ui.who import UserBadge

    UserBadge.ask_name_once = lambda *_args: False  # type: ignore[method-assign]

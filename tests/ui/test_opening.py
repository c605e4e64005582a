"""The desktop application opens an office through the same path as the command line: an office
that only ever uses the GUI still sees documents past their validity marked expired."""

from __future__ import annotations

import datetime as dt

from workbench.paths import Paths
from workbench.services import items as svc
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item
from workbench.store.database import open_database
from workbench.ui.login import ServerLogin
from workbench.ui.settings import user_settings

D = dt.date


def test_a_gui_only_office_sees_lapsed_documents_expired(paths: Paths) -> None:
    db = open_database(str(paths.default_db))
    ctx = ServiceContext(db, actor="clerk", fixed_today=D(2019, 6, 30))
    reg = svc.register(ctx, svc.NewItem("normative", "试行办法", D(2019, 3, 1))).reg_no
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意", issued_on=D(2019, 3, 8)))
    svc.publish(ctx, reg, D(2019, 4, 1), "辽科发〔2019〕1号")  # 试行: two years, long past
    assert show_item(ctx, reg).status.value == "published"
    db.close()

    opened = ServerLogin(user_settings(paths)).open(str(paths.default_db))
    assert opened is not None
    try:
        view = show_item(opened, reg)
        assert view.status.value == "expired"
    finally:
        opened.db.close()

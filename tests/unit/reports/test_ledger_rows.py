"""Reading ledger cells: the quick paths for common cells agree with the general readers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from workbench.domain.errors import InvalidInput
from workbench.domain.fields import parse_amount
from workbench.reports.ledger import cell_amount_text, map_headers
from workbench.reports.ledger_rows import RowCheck

HEADER = map_headers(["类型", "标题", "送审日期", "合同金额"], "l.xlsx")
TODAY = dt.date(2025, 6, 16)


def _general(value: Any) -> Any:
    try:
        return parse_amount(cell_amount_text(value))
    except InvalidInput as exc:
        return str(exc).rstrip("。")


@given(
    st.one_of(
        st.floats(allow_nan=True, allow_infinity=True),
        st.floats(min_value=-1e16, max_value=1e16),
        st.integers(min_value=-(10**16), max_value=10**16),
        st.sampled_from([0.1, 1250000.5, 1e-7, -0.0, 999999999999999.9, 10**15, 1e15]),
    )
)
def test_a_number_amount_reads_as_parse_amount_reads_it(value: float | int) -> None:
    rc = RowCheck(2, HEADER, TODAY)
    rc.read({"kind": "科技计划项目合同", "title": "任务书", "received_on": TODAY, "amount": value})
    expected = _general(value)
    if isinstance(expected, str):
        assert rc.v["amount"] is None and [p.reason for p in rc.problems] == [expected]
    else:
        assert rc.v["amount"] == expected and not rc.problems
        assert str(rc.v["amount"]) == str(expected)  # the same scale and sign

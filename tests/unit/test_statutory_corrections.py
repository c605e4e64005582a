"""The corrections found when the rules were checked against their texts (docs/STATUTES.md).

Validity runs from the 施行 date the document gives, the same in ``inspect`` and in the deadlines;
review periods are office policy except for the floor of a major decision; the filing deadline
keeps its computation and names its rule; the filing report cites the 2024 条例; the
"缺少有效期" hint asserts no period; defect flags include 征收 and 增加权力/减少职责.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx import Document

from tests.unit.documents import corpus
from workbench.documents import inspect_docx
from workbench.documents.letters import default_filing_template
from workbench.documents.ruleset import FLAGS, load_rules
from workbench.domain import deadlines
from workbench.domain.calendar import WorkCalendar
from workbench.domain.kinds import Kind
from workbench.domain.office import (
    MAJOR_DECISION_MIN_REVIEW_DAYS,
    OfficeSettings,
    review_period_floor,
    short_review_periods,
)
from workbench.domain.opinions import Defect
from workbench.services import items as svc
from workbench.services.attachments import add_attachment
from workbench.services.context import ServiceContext
from workbench.services.queries import show_item

D = dt.date


# --- validity: from the 施行 date, the same in inspect and in the deadlines --------------------


def test_default_validity_runs_from_the_effective_date_when_given() -> None:
    assert deadlines.default_valid_until("管理办法", D(2025, 1, 10)) == D(2030, 1, 9)
    assert deadlines.default_valid_until("管理办法", D(2025, 1, 10), D(2025, 3, 1)) == D(
        2030, 2, 28
    )
    assert deadlines.default_valid_until("暂行办法", D(2025, 1, 10), D(2025, 3, 1)) == D(
        2027, 2, 28
    )
    assert deadlines.default_valid_until("管理办法", D(2024, 2, 29)) == D(2029, 2, 27)


def test_stated_validity_wins() -> None:
    until = deadlines.valid_until
    published = D(2025, 1, 10)
    assert until("管理办法", published, stated_until=D(2026, 12, 31)) == D(2026, 12, 31)
    assert until("管理办法", published, effective_on=D(2025, 2, 1), stated_months=36) == D(
        2028, 1, 31
    )
    assert until("管理办法", published, stated_months=36) == D(2028, 1, 9)
    assert until("管理办法", published, effective_on=D(2025, 2, 1)) == D(2030, 1, 31)


def _draft(tmp_path: Path, closing: str, name: str = "d.docx") -> Path:
    articles = [
        "第一条　为规范省级科技企业孵化器管理，结合本省实际，制定本办法。",
        "第二条　省科学技术厅负责全省孵化器的指导和监督。",
        closing,
    ]
    return corpus.document(tmp_path, name, articles, "辽宁省科技企业孵化器管理办法")


@pytest.mark.parametrize(
    ("closing", "effective", "until"),
    [
        ("第三条　本办法自2025年3月1日起施行，有效期3年。", D(2025, 3, 1), D(2028, 2, 29)),
        ("第三条　本办法自2025年3月1日起施行，有效期至2027年12月31日。", D(2025, 3, 1), None),
        ("第三条　本办法自2025年3月1日起施行。", D(2025, 3, 1), None),
    ],
)
def test_inspect_and_publication_agree(
    tmp_path: Path,
    ctx: ServiceContext,
    closing: str,
    effective: dt.date,
    until: dt.date | None,
) -> None:
    path = _draft(tmp_path, closing)
    seen = inspect_docx(path)
    assert seen.effective_on == effective
    published = D(2025, 2, 10)  # published before it takes effect
    reg = svc.register(
        ctx,
        svc.NewItem(
            kind="normative", title="辽宁省科技企业孵化器管理办法", received_on=D(2025, 1, 6)
        ),
    ).reg_no
    add_attachment(ctx, reg, path)
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意", issued_on=D(2025, 1, 20)))
    view = svc.publish(ctx, reg, published, "辽科发〔2025〕1号")
    if seen.valid_until is not None:  # the document says: the deadlines read the same
        assert view.valid_until == seen.valid_until
    if until is not None:
        assert seen.valid_until == until
    if "有效期" not in closing:  # the default 5 years, from the 施行 date, not from publication
        assert seen.valid_until is None
        assert (
            view.valid_until
            == D(2030, 2, 28)
            != deadlines.default_valid_until("管理办法", published)
        )


def test_publication_without_a_document_counts_from_publication(ctx: ServiceContext) -> None:
    reg = svc.register(
        ctx, svc.NewItem(kind="normative", title="试行办法", received_on=D(2025, 1, 6))
    ).reg_no
    svc.start_review(ctx, reg)
    svc.issue_opinion(ctx, reg, svc.OpinionInput("approve", "同意", issued_on=D(2025, 1, 20)))
    svc.publish(ctx, reg, D(2025, 2, 10), "辽科发〔2025〕2号")
    assert show_item(ctx, reg).valid_until == D(2027, 2, 9)


# --- review periods ------------------------------------------------------------------------------


def test_only_a_major_decision_has_a_floor_set_by_a_rule() -> None:
    assert review_period_floor(Kind.MAJOR_DECISION) == MAJOR_DECISION_MIN_REVIEW_DAYS == 7
    assert all(review_period_floor(k) is None for k in Kind if k is not Kind.MAJOR_DECISION)
    assert short_review_periods(OfficeSettings().review_days) == ()
    days = {**OfficeSettings().review_days, Kind.MAJOR_DECISION: 6, Kind.NORMATIVE: 1}
    assert short_review_periods(days) == ((Kind.MAJOR_DECISION, 6, 7),)


# --- the filing deadline: 15 calendar days, publication day not counted -------------------------


def test_filing_deadline_is_kept_and_names_its_rule() -> None:
    cal = WorkCalendar()
    # published on Monday 3 March 2025: day 1 is 4 March, day 15 is Tuesday 18 March
    assert deadlines.filing_due(cal, D(2025, 3, 3)) == D(2025, 3, 18)
    # day 15 on Saturday 4 October 2025 (国庆节): the next working day, Thursday 9 October
    assert deadlines.filing_due(cal, D(2025, 9, 19)) == D(2025, 10, 9)
    doc = deadlines.filing_due.__doc__ or ""
    for words in ("《辽宁省规章规范性文件备案办法》第三条", "第二百零一条", "第二百零三条"):
        assert words in doc


# --- the filing report cites the 2024 条例 ---------------------------------------------------


def test_the_filing_report_cites_the_2024_regulation() -> None:
    text = "\n".join(p.text for p in Document(str(default_filing_template())).paragraphs)
    assert "《法规规章备案审查条例》" in text
    assert "《法规规章备案条例》" not in text
    assert "《辽宁省规章规范性文件备案办法》第三条" in text
    assert "公布施行" not in text  # 施行 may come after publication


# --- hints ------------------------------------------------------------------------------------


def test_missing_validity_hint_asserts_no_period(tmp_path: Path) -> None:
    path = _draft(tmp_path, "第三条　本办法自2025年3月1日起施行。")
    hint = next(h for h in inspect_docx(path).hints if h.rule == "missing_validity")
    rule = load_rules().get("missing_validity")
    assert rule is not None
    for text in (hint.text, rule.why, rule.basis_text()):
        assert "5年" not in text and "五年" not in text and "本省规定" not in text
    assert "有效期" in hint.text


def test_defect_flags_include_levy_and_powers() -> None:
    assert {Defect("levy"), Defect("powers")} <= set(Defect)
    assert {"levy", "powers"} <= set(FLAGS)
    rules = load_rules()
    for flag in ("levy", "powers"):
        rule = rules.get(flag)
        assert rule is not None and rule.flag == flag

"""The notice of return for supplementary materials (退回补正通知书).

When the materials sent for review are incomplete the office returns the item and the review
clock pauses (docs/RULES.md §3). The notice tells the drafting unit what is missing and how
many working days of the review period remain once the materials arrive. Like the opinion
letter it is filled from an editable template (``resources/templates/return_notice.docx``) by
:func:`workbench.documents.letters.render_template`, in the layout of an official document.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from workbench.documents.cndates import zh_date
from workbench.documents.letters import _default

RETURN_NOTICE_TEMPLATE = "return_notice.docx"

RETURN_NOTICE_PLACEHOLDERS: Mapping[str, str] = MappingProxyType(
    {
        "office": "退回材料的机构，如“辽宁省科学技术厅政策法规处”",
        "reg_no": "登记号（审核编号），如“审2023-017”",
        "title": "送审文件或合同的标题（不含书名号）",
        "kind_label": "事项类型，如“行政规范性文件”",
        "unit": "起草（送审）单位，也是通知书的主送单位",
        "received_on": "送审日期，中文写法，如“2023年5月6日”",
        "returned_on": "退回日期，中文写法，如“2023年5月9日”",
        "reason": "退回理由（需要补正的材料）；多项时每行一段",
        "remaining_days": "审核期限剩余的工作日数，如“12”",
        "counsel": "审核人（联系人）姓名",
        "doc_no": "送审文件的文号；尚无文号时为“无”",
        "year": "退回年份，如“2023”",
    }
)


def default_return_notice_template() -> Path:
    """The return notice template shipped with the program."""
    return _default(RETURN_NOTICE_TEMPLATE)


def return_notice_fields(
    *,
    office: str,
    reg_no: str,
    title: str,
    kind_label: str,
    unit: str,
    received_on: dt.date,
    returned_on: dt.date,
    reason: str,
    remaining_days: int,
    counsel: str,
    doc_no: str = "",
) -> dict[str, str]:
    """Every return notice placeholder, formatted the way the default template expects."""
    return {
        "office": office,
        "reg_no": reg_no,
        "title": title.strip().strip("《》"),
        "kind_label": kind_label,
        "unit": unit or "",
        "received_on": zh_date(received_on),
        "returned_on": zh_date(returned_on),
        "reason": reason.strip() or "（未填写）",
        "remaining_days": str(max(remaining_days, 0)),
        "counsel": counsel or "",
        "doc_no": doc_no or "无",
        "year": str(returned_on.year),
    }


def build_return_notice(path: Path) -> Path:
    """Write the default return notice template (退回补正通知书) to ``path``."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    from workbench.documents import template_builder as tb

    doc = tb._new_document("退回补正通知书")
    tb._add(doc, "退回补正通知书", tb.STYLE_TITLE)
    tb._add(doc, "审核编号：{{reg_no}}", tb.STYLE_PLAIN).alignment = WD_ALIGN_PARAGRAPH.CENTER
    tb._add(doc, "", tb.STYLE_PLAIN)
    tb._add(doc, "{{unit}}：", tb.STYLE_PLAIN)
    tb._add(
        doc,
        "你单位于{{received_on}}送审的《{{title}}》（{{kind_label}}）收悉。经审查，"
        "送审材料不齐全，不符合合法性审核的要求，现退回你单位补正。",
        tb.STYLE_BODY,
    )
    tb._add(doc, "一、需要补正的材料", tb.STYLE_HEADING)
    tb._add(doc, "{{reason}}", tb.STYLE_BODY)
    tb._add(doc, "二、审核期限", tb.STYLE_HEADING)
    tb._add(
        doc,
        "自{{returned_on}}起，审核期限暂停计算。请按上述要求补正后重新报送，"
        "审核期限自重新报送之日起继续计算，尚余{{remaining_days}}个工作日。",
        tb.STYLE_BODY,
    )
    tb._add(doc, "联系人：{{counsel}}", tb.STYLE_BODY)
    tb._add(doc, "", tb.STYLE_PLAIN)  # 正文下空一行编排署名
    tb._add(doc, "{{office}}", tb.STYLE_SIGNATURE)
    tb._add(doc, "{{returned_on}}", tb.STYLE_SIGNATURE)
    tb._imprint(
        doc,
        [
            "送审单位：{{unit}}\t审核人：{{counsel}}",
            "送审文件文号：{{doc_no}}\t退回年度：{{year}}",
            "{{office}}\t{{returned_on}}印发",
        ],
    )
    doc.save(str(path))
    return path


def main(argv: list[str] | None = None) -> int:
    """``python -m workbench.documents.return_notice [DIR]``: regenerate the template."""
    from workbench.documents.letters import templates_dir

    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else templates_dir()
    directory.mkdir(parents=True, exist_ok=True)
    print(build_return_notice(directory / RETURN_NOTICE_TEMPLATE))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

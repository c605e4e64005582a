"""Sentences of the reports layer's refusals and reports."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "output.is_folder": (
        "“{path}”是一个文件夹，请给出要写入的文件名。",
        "“{path}” is a folder: give the name of the file to write.",
    ),
    "output.folder_missing": ("文件夹“{folder}”不存在。", "The folder “{folder}” does not exist."),
    "output.locked": (
        "无法写入“{name}”：文件可能正在其他程序（如 Excel、Word）中打开，请关闭后再试。",
        "Cannot write “{name}”: the file may be open in another program (such as Excel or Word); "
        "close it and try again.",
    ),
    "output.xlsx_or_docx": (
        "文件“{name}”应以 .xlsx 或 .docx 结尾。",
        "File “{name}” should end in .xlsx or .docx.",
    ),
    "report_template.unbalanced": (
        "报告模板在“{at}”处有不成对的花括号：占位符应写成 {{reviewed.total}} 这样，字面的花括号请"
        "写成 {{{{ 或 }}}}。",
        "The report template has an unpaired brace at “{at}”: write a placeholder like "
        "{{reviewed.total}}, and a literal brace as {{{{ or }}}}.",
    ),
    "report_template.empty_placeholder": (
        "报告模板中有空的占位符 {{}}：请在花括号中写统计项，如 {{reviewed.total}}。",
        "The report template has an empty placeholder {{}}: write a tally key between the braces,"
        " such as {{reviewed.total}}.",
    ),
    "report_template.not_a_number": (
        "报告模板中的占位符“{{{key}}}”不是一个数。",
        "The placeholder “{{{key}}}” in the report template is not a number.",
    ),
    "report_template.group": (
        "报告模板中的占位符“{{{key}}}”是一组数而不是一个数：请写明其中一项，如 {{{member}}}。",
        "The placeholder “{{{key}}}” in the report template is a group of numbers, not one "
        "number: name one of them, such as {{{member}}}.",
    ),
    "report_template.unknown_key": (
        "报告模板中的占位符“{{{key}}}”不是统计项：可用的有 year、authority、reviewed.total、"
        "filed.by_kind.normative、reviewed.by_conclusion.approve、pending_at_year_end 等。",
        "The placeholder “{{{key}}}” in the report template is not a tally key: you can use year,"
        " authority, reviewed.total, filed.by_kind.normative, reviewed.by_conclusion.approve, "
        "pending_at_year_end and others.",
    ),
    "report_template.empty": ("报告模板是空的。", "The report template is empty."),
    "report_template.default_missing": (
        "找不到默认的报告模板“{path}”：{reason}。",
        "The default report template “{path}” was not found: {reason}.",
    ),
    "ledger.no_sheets": ("文件“{name}”中没有工作表。", "File “{name}” has no worksheet."),
    "ledger.chart_sheet": (
        "文件“{name}”的工作表“{sheet}”是图表页，不是台账。",
        "Sheet “{sheet}” of file “{name}” is a chart, not a ledger.",
    ),
    "ledger.no_header": (
        "台账“{name}”的工作表“{sheet}”第1行没有表头，第1行应为“登记号、类型、标题……”等列名。",
        "Row 1 of sheet “{sheet}” in ledger “{name}” has no header: it should hold the column "
        "names (Reg. No., Kind, Title…).",
    ),
    "ledger.xml_entities": (
        "文件“{name}”含有 XML 实体或 DTD 声明，可能是恶意文件，不予读取。",
        "File “{name}” contains XML entities or a DTD declaration: it may be malicious and is not"
        " read.",
    ),
    "ledger.damaged": (
        "文件“{name}”已损坏或内容无法识别，无法读取台账。",
        "File “{name}” is damaged or its content is not recognised: the ledger cannot be read.",
    ),
    "ledger.too_many_rows": (
        "台账“{name}”超过 {limit} 行，超出导入上限，请拆分后分批导入。",
        "Ledger “{name}” has more than {limit} rows, over the import limit: split it and import "
        "the parts one by one.",
    ),
    "ledger.same_column": (
        "台账“{name}”的表头中“{first}”和“{second}”是同一列（{column}），请删去其中一列。",
        "In the header of ledger “{name}”, “{first}” and “{second}” are the same column ({column}"
        "): delete one of them.",
    ),
    "ledger.missing_columns": (
        "台账“{name}”的第1行（表头）缺少必需的列：{missing}（找到的表头：{found}）。",
        "Row 1 (the header) of ledger “{name}” lacks required columns: {missing} (headers found: "
        "{found}).",
    ),
    "ledger.problem": ("第{row}行「{column}」：{reason}", "Row {row} “{column}”: {reason}"),
    "cell.not_a_date": ("“{text}”不是日期", "“{text}” is not a date"),
    "cell.date_nonexistent": ("“{text}”不是一个存在的日期", "“{text}” is not a date that exists"),
    "cell.date_unreadable": (
        "“{text}”不是日期（应写成 2023-05-06、2023/5/6、2023.5.6 或 2023年5月6日，或使用日期单元"
        "格）",
        "“{text}” is not a date (write 2023-05-06, 2023/5/6 or 2023.5.6, or use a date cell)",
    ),
    "cell.amount_not_a_number": ("合同金额不是数字", "The contract amount is not a number"),
    "cell.date_future": ("{day}晚于今天（{today}）", "{day} is after today ({today})"),
    "cell.date_too_early": ("{day}太早，请检查日期", "{day} is too early: please check the date"),
    "cell.date_before": (
        "{day}早于{earlier_what}{earlier}",
        "{day} is before {earlier_what} {earlier}",
    ),
    "row.conclusion_without_date": (
        "填写了审核结论，但没有意见出具日期",
        "a conclusion is given but no opinion date",
    ),
    "row.date_without_conclusion": (
        "有意见出具日期时必须填写审核结论（同意、修改后同意或不同意）",
        "with an opinion date the conclusion is required (approve, approve with changes or reject)",
    ),
    "row.normative_only": (
        "只有行政规范性文件才公布、备案或废止，类型为“{kind}”的事项不应填写{column}",
        "only normative documents are published, filed or repealed: an item of kind “{kind}” "
        "should have no {column}",
    ),
    "row.needs_other_date": ("有{column}但没有{needs}", "{column} is given but no {needs}"),
    "row.rejected_published": (
        "审核结论为“不同意”的文件不应有公布日期",
        "a document whose conclusion is “reject” should have no publication date",
    ),
    "row.withdrawn_with_opinion": (
        "已撤回的事项不应有意见出具日期",
        "a withdrawn item should have no opinion date",
    ),
    "row.status_but_date": (
        "状态为“{status}”，但已填写{column}",
        "the status is “{status}” but {column} is given",
    ),
    "row.status_needs_date": (
        "状态为“{status}”时必须填写{column}",
        "with the status “{status}”, {column} is required",
    ),
    "row.status_normative_only": (
        "状态为“{status}”只适用于行政规范性文件",
        "the status “{status}” only applies to normative documents",
    ),
    "row.published_but_filed": (
        "状态为“{status}”，但已填写备案日期（应为“已备案”）",
        "the status is “{status}” but a filing date is given (it should be “filed”)",
    ),
    "row.not_yet_expired": (
        "有效期至{until}尚未届满，不能是“已失效”",
        "the validity runs until {until}, which has not passed: it cannot be “expired”",
    ),
}

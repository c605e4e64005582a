"""Sentences of the domain's refusals: codes, dates, fields, statuses, roles."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "kind.unknown": (
        "未知的类型“{text}”：应为 {codes} 之一或其中文名称。",
        "Unknown kind “{text}”: use one of {codes} or its name.",
    ),
    "status.unknown": (
        "未知的状态“{text}”：应为 {codes} 之一或其中文名称。",
        "Unknown status “{text}”: use one of {codes} or its name.",
    ),
    "status.normative_only": (
        "不能将状态从“{current}”改为“{target}”：只有行政规范性文件才会公布、备案、废止或失效（"
        "{current_code} → {target_code}）。",
        "Cannot change the status from “{current}” to “{target}”: only normative documents are "
        "published, filed, repealed or expire ({current_code} → {target_code}).",
    ),
    "status.not_allowed": (
        "不能将状态从“{current}”改为“{target}”：审核流程不允许这一步（{current_code} → "
        "{target_code}）。",
        "Cannot change the status from “{current}” to “{target}”: the review process does not "
        "allow this step ({current_code} → {target_code}).",
    ),
    "code.unknown": (
        "未知的{what}“{text}”：应为 {codes} 之一或其中文名称。",
        "Unknown {what} “{text}”: use one of {codes} or its name.",
    ),
    "cleanup.result_unknown": (
        "清理结果“{text}”无效：应为 keep（继续有效）、amend（拟修改）、repeal（拟废止）或 "
        "invalidate（宣布失效）。",
        "Cleanup result “{text}” is not valid: use keep, amend, repeal or invalidate.",
    ),
    "role.unknown": (
        "未知的角色“{text}”：应为 counsel、clerk、admin 或 reader。",
        "Unknown role “{text}”: use counsel, clerk, admin or reader.",
    ),
    "role.none": (
        "至少要指定一个角色（counsel、clerk、admin 或 reader）。",
        "Give at least one role (counsel, clerk, admin or reader).",
    ),
    "password.weak": (
        "密码至少 {minimum} 个字符，并且要同时包含字母和数字。",
        "A password needs at least {minimum} characters, with both letters and digits.",
    ),
    "password.bad_characters": (
        "密码不能包含换行或空字符。",
        "A password cannot contain line breaks or null characters.",
    ),
    "text.empty": ("{what}不能为空。", "{what} cannot be empty."),
    "text.too_long": (
        "{what}太长（{length} 字，最多 {limit} 字）。",
        "{what} is too long ({length} characters, at most {limit}).",
    ),
    "text.control_characters": (
        "{what}含有不可见的控制字符。",
        "{what} contains invisible control characters.",
    ),
    "amount.not_a_number": (
        "合同金额“{value}”不是数字。",
        "Contract amount “{value}” is not a number.",
    ),
    "amount.out_of_range": (
        "合同金额“{value}”超出合理范围。",
        "Contract amount “{value}” is out of the reasonable range.",
    ),
    "date.unreadable": (
        "{what}“{text}”无法识别：请写成 2023-05-06、20230506、2023/5/6、2023.5.6 或 2023年5月6日。",
        "{what} “{text}” is not a date: write 2023-05-06, 20230506, 2023/5/6, 2023.5.6 or 2023年5"
        "月6日.",
    ),
    "date.nonexistent": (
        "{what}“{text}”不是一个存在的日期。",
        "{what} “{text}” is not a date that exists.",
    ),
    "reg_no_pattern.empty": (
        "登记号格式不能为空，例如“{example}”。",
        "The registration-number pattern cannot be empty; for example “{example}”.",
    ),
    "reg_no_pattern.braces": (
        "登记号格式“{pattern}”中的花括号不成对：占位符只能写成 {{year}} 或 {{seq}}，要显示花括号"
        "本身请写成 {{{{ 或 }}}}。",
        "The braces of the registration-number pattern “{pattern}” do not pair up: a placeholder "
        "is written {{year}} or {{seq}}; to show a brace itself write {{{{ or }}}}.",
    ),
    "reg_no_pattern.unknown_placeholder": (
        "登记号格式“{pattern}”含有未知的占位符“{{{name}}}”：只能使用 {{year}} 和 {{seq}}，例如“"
        "{example}”。",
        "The registration-number pattern “{pattern}” has an unknown placeholder “{{{name}}}”: "
        "only {{year}} and {{seq}} can be used, for example “{example}”.",
    ),
    "reg_no_pattern.bad_format": (
        "登记号格式“{pattern}”中“{written}”的数字格式无效：可写 {{{name}}}，或 {{{name}:03d}} 表"
        "示补零到三位。",
        "The number format of “{written}” in the registration-number pattern “{pattern}” is not "
        "valid: write {{{name}}}, or {{{name}:03d}} for three digits with leading zeros.",
    ),
    "reg_no_pattern.needs_seq": (
        "登记号格式“{pattern}”必须包含序号 {{seq}}，例如“{example}”。",
        "The registration-number pattern “{pattern}” must contain the number {{seq}}, for example"
        " “{example}”.",
    ),
    "notice.in_clause": (
        "“{clause}”一条“{quote}”{what}。",
        "In the clause “{clause}”, “{quote}”: {what}.",
    ),
    "notice.in_sentence": ("“{quote}”{what}。", "“{quote}”: {what}."),
    "notice.written": ("中的“{written}”{what}", "“{written}” {what}"),
    "notice.no_month": ("没有写明月份", "has no month"),
    "notice.not_a_date": ("不是有效日期", "is not a valid date"),
    "notice.wrong_weekday": (
        "所注星期与实际不符（{day}是{weekday}）",
        "names the wrong day of the week ({day} is a {weekday})",
    ),
    "notice.not_in_year": ("不在{year}年内", "is not in {year}"),
    "notice.ends_before_start": ("结束日期早于开始日期", "ends before it starts"),
    "notice.also_off": ("同时被安排为放假日", "is also given as a day off"),
    "notice.not_weekend": (
        "中的{kind}“{written}”是{weekday}，{kind}只能是星期六或星期日",
        "the {kind} “{written}” is a {weekday}; a {kind} can only be a Saturday or a Sunday",
    ),
    "notice.count_differs": (
        "写明“{written}”，但所列日期共{days}天",
        "it says “{written}” but the dates listed make {days} days",
    ),
    "notice.years_differ": (
        "通知中写有不同的年份（{years}），无法确定是哪一年的安排。",
        "The notice names different years ({years}): it is not clear which year it schedules.",
    ),
    "notice.year_mismatch": (
        "通知写的是{named}年的安排，与所选的{year}年不一致。",
        "The notice schedules {named}, not the chosen year {year}.",
    ),
    "notice.year_unknown": (
        "未能确定通知的年份，请确认粘贴了含“关于YYYY年部分节假日安排的通知”的标题或正文。",
        "The notice's year could not be found: make sure what you pasted includes its title or "
        "text (“关于YYYY年部分节假日安排的通知”).",
    ),
    "notice.year_out_of_range": (
        "年份{year}年不在可处理的范围内。",
        "The year {year} is outside the range that can be handled.",
    ),
    "notice.too_long": (
        "粘贴的文本过长（超过{limit}字），请只粘贴节假日安排通知本身。",
        "The pasted text is too long (over {limit} characters): paste only the holiday notice "
        "itself.",
    ),
    "notice.nothing_found": (
        "未在通知中找到节假日安排，请粘贴含“放假”“上班”等安排的通知正文。",
        "No holiday arrangements were found: paste the text of the notice, with its “放假” (days "
        "off) and “上班” (working days) lines.",
    ),
}

"""Sentences of the documents layer's refusals and reports."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "template.default_missing": (
        "找不到默认模板“{name}”（应在 {folder}），请重新安装本程序。",
        "The default template “{name}” is missing (it belongs in {folder}): reinstall the program.",
    ),
    "template.placeholder_incomplete": (
        "模板“{name}”中有不完整的占位符“{text}”，请检查花括号是否成对。",
        "Template “{name}” has an incomplete placeholder “{text}”: check that the braces pair up.",
    ),
    "template.placeholder_unknown": (
        "模板“{name}”含有未知的占位符 {placeholders}，可用的占位符见 "
        "resources/templates/README.md。",
        "Template “{name}” has unknown placeholders {placeholders}; the placeholders you can use "
        "are listed in resources/templates/README.md.",
    ),
    "template.unreadable": (
        "模板“{name}”无法打开（{reason}）。",
        "Template “{name}” cannot be opened ({reason}).",
    ),
    "document.folder_missing": (
        "无法写入“{name}”：目录 {folder} 不存在。",
        "Cannot write “{name}”: the folder {folder} does not exist.",
    ),
    "document.locked": (
        "无法写入“{name}”：文件可能正在 Word 中打开，请关闭后再试。",
        "Cannot write “{name}”: the file may be open in Word; close it and try again.",
    ),
    "document.write_failed": ("无法写入“{name}”：{reason}。", "Cannot write “{name}”: {reason}."),
    "zip.not_found": ("找不到文件“{name}”。", "File “{name}” was not found."),
    "zip.not_a_file": ("“{name}”不是一个文件。", "“{name}” is not a file."),
    "zip.empty": (
        "文件“{name}”是空文件，不是{kind}。",
        "File “{name}” is empty: it is not {kind}.",
    ),
    "zip.too_large": (
        "文件“{name}”有 {size}，超过{size_label} {limit} 的上限，不予读取。",
        "File “{name}” has {size}, more than the limit of {limit}{size_label}: it is not read.",
    ),
    "zip.encrypted_or_old_docx": (
        "文件“{name}”是加密的 Word 文档或旧版 .doc 文件，请在 Word 中取消密码或另存为 .docx 后再"
        "试。",
        "File “{name}” is an encrypted Word document or an old .doc file: remove the password in "
        "Word or save it as .docx, then try again.",
    ),
    "zip.encrypted_or_old_xlsx": (
        "文件“{name}”是加密的 Excel 工作簿或旧版 .xls 文件，请在 Excel 中取消密码并另存为 .xlsx "
        "后再导入。",
        "File “{name}” is an encrypted Excel workbook or an old .xls file: remove the password in"
        " Excel and save it as .xlsx, then import it.",
    ),
    "zip.wrong_kind": ("文件“{name}”不是{kind}，无法读取。", "File “{name}” is not {kind}."),
    "zip.unreadable": ("无法读取文件“{name}”：{reason}。", "Cannot read file “{name}”: {reason}."),
    "zip.no_directory": (
        "文件“{name}”已损坏或不完整（压缩包目录缺失），无法读取。",
        "File “{name}” is damaged or incomplete (its zip directory is missing).",
    ),
    "zip.directory_too_large": (
        "文件“{name}”的压缩包目录异常庞大，不予读取。",
        "The zip directory of file “{name}” is abnormally large: it is not read.",
    ),
    "zip.damaged": (
        "文件“{name}”已损坏或不完整，无法读取。",
        "File “{name}” is damaged or incomplete.",
    ),
    "zip.too_many_members": (
        "文件“{name}”包含 {count} 个内部部件，超过 {limit} 个的上限，不予读取。",
        "File “{name}” has {count} internal parts, more than the limit of {limit}: it is not read.",
    ),
    "zip.unsafe_path": (
        "文件“{name}”含有指向压缩包之外的路径“{member}”，可能是恶意文件，不予读取。",
        "File “{name}” has a path pointing outside the archive, “{member}”: it may be malicious "
        "and is not read.",
    ),
    "zip.encrypted": (
        "文件“{name}”已加密，请在 {app} 中取消密码后再试。",
        "File “{name}” is encrypted: remove the password in {app}, then try again.",
    ),
    "zip.member_too_large": (
        "文件“{name}”中的“{member}”解压后声称有 {size}，超过 {limit} 的上限，可能是压缩炸弹，不予"
        "读取。",
        "“{member}” in file “{name}” claims {size} unpacked, more than the limit of {limit}: it "
        "may be a zip bomb and is not read.",
    ),
    "zip.total_too_large": (
        "文件“{name}”解压后总计超过 {limit}{hint}，可能是压缩炸弹，不予读取。",
        "File “{name}” unpacks to more than {limit} in all{hint}: it may be a zip bomb and is not"
        " read.",
    ),
    "zip.ratio": (
        "文件“{name}”中的“{member}”压缩比异常（超过 {ratio}:1），可能是压缩炸弹，不予读取。",
        "“{member}” in file “{name}” has an abnormal compression ratio (over {ratio}:1): it may "
        "be a zip bomb and is not read.",
    ),
    "zip.member_missing": (
        "文件“{name}”不是{kind}（缺少部件 {member}），无法读取。",
        "File “{name}” is not {kind} (the part {member} is missing).",
    ),
    "docx.member_too_large": (
        "文件“{name}”中的“{member}”解压后超过 {limit}，不予读取。",
        "“{member}” in file “{name}” unpacks to more than {limit}: it is not read.",
    ),
    "docx.member_missing": (
        "文件“{name}”缺少部件“{member}”，无法读取。",
        "File “{name}” lacks the part “{member}”.",
    ),
    "docx.member_damaged": (
        "文件“{name}”已损坏或不完整（“{member}”无法解压），无法读取。",
        "File “{name}” is damaged or incomplete (“{member}” cannot be unpacked).",
    ),
    "docx.dtd": (
        "文件“{name}”的“{member}”含有 DTD 声明，可能是恶意文件，不予读取。",
        "“{member}” of file “{name}” has a DTD declaration: it may be malicious and is not read.",
    ),
    "docx.part_malformed": (
        "文件“{name}”的“{member}”格式错误，无法读取。",
        "“{member}” of file “{name}” is malformed and cannot be read.",
    ),
    "docx.body_malformed": (
        "文件“{name}”的正文格式错误，无法读取。",
        "The body of file “{name}” is malformed and cannot be read.",
    ),
    "docx.damaged": (
        "文件“{name}”已损坏或无法读取（{reason}）。",
        "File “{name}” is damaged or cannot be read ({reason}).",
    ),
    "compare.identical": ("两稿文字内容相同。", "The two drafts have the same text."),
    "compare.summary": (
        "共{changes}处改动：删除{removed}段，新增{added}段，修改{changed}段。",
        "{changes} changes: {removed} paragraphs removed, {added} added, {changed} changed.",
    ),
    "compare.paragraph": ("第{n}段", "paragraph {n}"),
    "compare.old": ("原：{text}", "old: {text}"),
    "compare.new": ("新：{text}", "new: {text}"),
    "compare.marked": ("改：{text}", "marked: {text}"),
    # a rules file refused (documents/ruleset.py): {reason} is one of the rules.* below
    "rules.refused_at": (
        "规则文件“{path}”第{line}行有误，未予采用：{reason}",
        "Rules file “{path}”, line {line}, was not used: {reason}",
    ),
    "rules.refused": (
        "规则文件“{path}”有误，未予采用：{reason}",
        "Rules file “{path}” was not used: {reason}",
    ),
    "rules.unreadable": ("无法读取：{error}", "it cannot be read: {error}"),
    "rules.not_toml": ("不是有效的 TOML：{error}", "it is not valid TOML: {error}"),
    "rules.bad_scope": ("“scope”应为 {choices} 之一", "“scope” must be one of {choices}"),
    "rules.none": ("文件中没有规则（[[rule]]）", "the file has no rules ([[rule]])"),
    "rules.duplicate": ("规则“{rule}”重复", "rule “{rule}” appears twice"),
    "rules.not_a_table": ("每条规则应为一个表（[[rule]]）", "each rule must be a table ([[rule]])"),
    "rules.bad_id": (
        "“id”应为小写英文字母、数字和下划线",
        "“id” must be lower-case letters, digits and underscores",
    ),
    "rules.bad_label": (
        "规则“{rule}”的“label”应写明 zh 和 en",
        "the “label” of rule “{rule}” must give zh and en",
    ),
    "rules.one_of": (
        "规则“{rule}”的“{key}”应为 {choices} 之一",
        "the “{key}” of rule “{rule}” must be one of {choices}",
    ),
    "rules.no_basis": (
        "规则“{rule}”缺少“basis”（法律依据）",
        "rule “{rule}” has no “basis” (its legal basis)",
    ),
    "rules.bad_basis": (
        "规则“{rule}”的“basis”每项应写明 source、article、text",
        "each “basis” of rule “{rule}” must give source, article and text",
    ),
    "rules.no_example": (
        "规则“{rule}”至少应有一个 examples_match 示例",
        "rule “{rule}” needs at least one examples_match example",
    ),
    "rules.why_type": (
        "规则“{rule}”的“why”应为字符串，或写明 zh 和 en 的表",
        "the “why” of rule “{rule}” must be a string, or a table giving zh and en",
    ),
    "rules.why_unknown": (
        "规则“{rule}”的“why”只能写 zh 和 en，不能写 {keys}",
        "the “why” of rule “{rule}” may give only zh and en, not {keys}",
    ),
    "rules.why_missing": (
        "规则“{rule}”的“why”应写明 {key}（非空字符串）",
        "the “why” of rule “{rule}” must give {key} (a non-empty string)",
    ),
    "rules.not_strings": ("“{key}”应为字符串列表", "“{key}” must be a list of strings"),
    "rules.missing": ("缺少“{key}”", "“{key}” is missing"),
    "rules.bad_pattern": (
        "“{key}”中的正则表达式“{pattern}”无效：{error}",
        "the regular expression “{pattern}” in “{key}” is invalid: {error}",
    ),
    # review hints (documents/inspect.py): the quoted words stay as the draft writes them;
    # {why} and {label} are a rule's own words from its rules file (a Term)
    "hint.flagged": ("“{quote}”{why}。", "“{quote}” {why}."),
    "hint.contract_missing": (
        "合同{why}，请补充“{label}”条款。",
        "The contract {why}: add the “{label}” clause.",
    ),
    "hint.amount_mismatch": (
        "金额小写“{figures}”与大写“{words}”不一致，请核对。",
        "The amount in figures “{figures}” and the amount in words “{words}” disagree: check them.",
    ),
    "hint.missing_effective": (
        "文件没有写明施行日期（如“{example}”）。",
        "The document does not state its effective date (e.g. “{example}”).",
    ),
    "hint.missing_validity": (
        "文件没有写明有效期：既没有写明有效期至哪一日，也没有写明自施行之日起有效多长时间。",
        "The document does not state its period of validity: neither the date it is valid until "
        "nor how long it is valid from its effective date.",
    ),
    "hint.provisional_validity": (
        "标题含“{word}”，但“{quote}”超过2年，暂行、试行文件的有效期一般不超过2年。",
        "The title marks the document as provisional or trial (“{word}”), but “{quote}” is "
        "longer than 2 years; a provisional or trial document is generally valid for no more "
        "than 2 years.",
    ),
    "hint.repealed_reference": (
        "引用的“{doc_no}”已被废止或失效，请核对是否仍应引用。",
        "The cited document “{doc_no}” has been repealed or has expired: check whether it should "
        "still be cited.",
    ),
}

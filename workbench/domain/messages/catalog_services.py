"""Sentences of the services layer's refusals and reports."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "date.future": (
        "{what}{day}晚于今天（{today}），请检查日期。",
        "{what} {day} is after today ({today}): please check the date.",
    ),
    "date.too_early": (
        "{what}{day}太早，请检查日期。",
        "{what} {day} is too early: please check the date.",
    ),
    "date.before": (
        "{what}{day}早于{earlier_what}{earlier}。",
        "{what} {day} is before {earlier_what} {earlier}.",
    ),
    "item.changed_since": (
        "事项“{reg_no}”已被他人修改（您看到的是第 {seen} 版，现在是第 {current} 版）：请刷新后再"
        "保存。",
        "Item “{reg_no}” was changed by someone else (you saw version {seen}, it is now version "
        "{current}): refresh, then save again.",
    ),
    "item.reg_no_taken": (
        "登记号“{reg_no}”已被使用。",
        "Registration number “{reg_no}” is already used.",
    ),
    "item.assign_too_late": (
        "事项“{reg_no}”已是“{status}”，不能再改派审核人。",
        "Item “{reg_no}” is already “{status}”: its counsel can no longer be changed.",
    ),
    "item.fields_not_editable": (
        "不能直接修改这些字段：{fields}。",
        "These fields cannot be edited directly: {fields}.",
    ),
    "item.kind_fixed_after_opinion": (
        "已出具意见的事项不能更改类型。",
        "The kind of an item whose opinion has been issued cannot be changed.",
    ),
    "item.valid_until_before_publication": (
        "有效期截止日不能早于公布日期。",
        "The end of validity cannot be before the publication date.",
    ),
    "publication.rejected_item": (
        "事项“{reg_no}”的审核结论是“不同意”，不能登记公布；修改后应重新送审。",
        "Item “{reg_no}” was reviewed with the conclusion “reject”: it cannot be recorded as "
        "published; once revised it should be sent for review again.",
    ),
    "publication.valid_until_too_early": (
        "有效期至{until}不晚于公布日期{on}。",
        "Valid until {until} is not after the publication date {on}.",
    ),
    "publication.doc_no_taken": (
        "文号“{doc_no}”已被事项“{other_reg_no}”使用。",
        "Document number “{doc_no}” is already used by item “{other_reg_no}”.",
    ),
    "publication.result_before_filing": (
        "事项“{reg_no}”尚未报送备案，不能登记备案结果。",
        "Item “{reg_no}” has not been filed yet: a filing result cannot be recorded.",
    ),
    "review.returned_use_resubmit": (
        "事项“{reg_no}”已退回补正：材料补齐后请用“重新送审”（resubmit）。",
        "Item “{reg_no}” was returned for materials: once they are complete, use “Resubmit” "
        "(resubmit).",
    ),
    "review.not_returned": (
        "事项“{reg_no}”没有被退回，无需重新送审。",
        "Item “{reg_no}” was not returned: there is nothing to resubmit.",
    ),
    "review.revision_not_allowed": (
        "事项“{reg_no}”的状态不允许修订意见。",
        "The status of item “{reg_no}” does not allow revising its opinion.",
    ),
    "review.opinion_needs_in_review": (
        "只有审核中的事项才能出具意见。",
        "An opinion can only be issued on an item in review.",
    ),
    "review.published_revision_reject": (
        "事项“{reg_no}”已公布，修订意见不能改为“不同意”。",
        "Item “{reg_no}” is published: a revised opinion cannot change the conclusion to “reject”.",
    ),
    "cleanup.not_found": (
        "没有编号为 {cleanup_id} 的清理。",
        "There is no cleanup number {cleanup_id}.",
    ),
    "cleanup.nothing_in_force": (
        "{as_of}没有现行有效的行政规范性文件，无需清理。",
        "No normative document was in force on {as_of}: there is nothing to clean up.",
    ),
    "cleanup.closed": (
        "清理 {cleanup_id}（{title}）已于{closed_on}结束，不能再修改。",
        "Cleanup {cleanup_id} ({title}) was closed on {closed_on} and can no longer be changed.",
    ),
    "cleanup.item_not_in": (
        "事项“{reg_no}”不在清理 {cleanup_id}（{title}）之中。",
        "Item “{reg_no}” is not part of cleanup {cleanup_id} ({title}).",
    ),
    "cleanup.undecided": (
        "清理 {cleanup_id}（{title}）还有 {undecided} 件文件没有清理结果，全部确定后才能结束。",
        "Cleanup {cleanup_id} ({title}) still has {undecided} documents without a result: it can "
        "be closed once every one is decided.",
    ),
    "queue.date_filter_empty": ("日期筛选为空。", "The date filter is empty."),
    "queue.date_range_reversed": (
        "日期范围“{text}”的结束早于开始。",
        "The date range “{text}” ends before it starts.",
    ),
    "queue.date_range_unreadable": (
        "日期范围“{text}”无法识别。",
        "The date range “{text}” cannot be read.",
    ),
    "queue.month_nonexistent": (
        "“{text}”不是一个存在的月份。",
        "“{text}” is not a month that exists.",
    ),
    "queue.view_unknown": ("未知的视图“{view}”。", "Unknown view “{view}”."),
    "queue.date_filter_not_text": (
        "“{column}”列的筛选应为日期或日期范围。",
        "The filter of column “{column}” should be a date or a date range.",
    ),
    "queue.filter_column_unknown": (
        "不能按“{column}”列筛选。",
        "Cannot filter by column “{column}”.",
    ),
    "queue.sort_column_unknown": ("不能按“{column}”排序。", "Cannot sort by “{column}”."),
    "user.no_passwords_embedded": (
        "嵌入式数据库没有密码：本机的操作系统登录就是您的身份。密码只用于共享服务器模式（"
        "PostgreSQL）。",
        "An embedded database has no passwords: your login on this computer is who you are. "
        "Passwords are only for the shared server mode (PostgreSQL).",
    ),
    "user.not_a_user": (
        "登录名“{login}”还不是本数据库的用户，只能查看：请管理员添加（workbench user add）。",
        "Login “{login}” is not yet a user of this database and can only read: ask an "
        "administrator to add it (workbench user add).",
    ),
    "user.deactivated": (
        "用户“{login}”已被停用，只能查看。",
        "User “{login}” is deactivated and can only read.",
    ),
    "user.not_permitted": (
        "用户“{login}”的角色不允许{allowed}。",
        "The roles of user “{login}” do not allow them to {allowed}.",
    ),
    "user.login_invalid": (
        "登录名“{login}”无效：不能为空、不能含空格，最长 64 个字符。",
        "Login “{login}” is not valid: it cannot be empty or contain spaces, and has at most 64 "
        "characters.",
    ),
    "user.exists": ("用户“{login}”已存在。", "User “{login}” already exists."),
    "user.not_found": ("没有用户“{login}”。", "There is no user “{login}”."),
    "user.last_admin": (
        "不能取消最后一位管理员的权限：请先指定另一位管理员。",
        "The last administrator cannot lose that role: make someone else administrator first.",
    ),
    "draft.part_unknown": (
        "未知的草稿类型“{part}”：应为 opinion 或 details。",
        "Unknown kind of draft “{part}”: use opinion or details.",
    ),
    "draft.unsavable": ("草稿内容无法保存：{reason}。", "The draft cannot be saved: {reason}."),
    "draft.too_long": ("草稿太长，无法保存。", "The draft is too long to be saved."),
    "draft.not_permitted": (
        "用户“{login}”的角色不允许{allowed}，不能保存草稿。",
        "The roles of user “{login}” do not allow them to {allowed}: the draft cannot be saved.",
    ),
    "office.review_period_range": (
        "“{kind}”的审核期限 {days} 个工作日不合理：应在 1 到 {most} 之间。",
        "A review period of {days} working days for “{kind}” is not reasonable: it should be from"
        " 1 to {most}.",
    ),
    "office.filing_days_range": (
        "备案期限 {days} 日不合理：应在 1 到 {most} 之间。",
        "A filing period of {days} days is not reasonable: it should be from 1 to {most}.",
    ),
    "office.idle_lock_range": (
        "空闲锁定时间 {minutes} 分钟不合理：应在 0（不锁定）到 {most} 之间。",
        "An idle lock after {minutes} minutes is not reasonable: it should be from 0 (never lock)"
        " to {most}.",
    ),
    "office.location_is_folder": (
        "“{path}”是一个文件夹：请选择或输入一个数据库文件。",
        "“{path}” is a folder: choose or type a database file.",
    ),
    "office.location_on_share": (
        "“{path}”位于网络共享（{share}）上：多人同时写一个 SQLite 文件会损坏它；共享办公请使用 "
        "PostgreSQL 服务器。",
        "“{path}” is on a network share ({share}): several people writing one SQLite file corrupt"
        " it; for a shared office use a PostgreSQL server.",
    ),
    "attachment.too_large": (
        "文件“{name}”超过 {mb} MB，不能作为材料添加。",
        "File “{name}” is larger than {mb} MB and cannot be added as material.",
    ),
    "file.not_found": ("找不到文件“{path}”。", "File “{path}” was not found."),
    "attachment.same_content": (
        "事项“{reg_no}”已有相同内容的材料“{name}”。",
        "Item “{reg_no}” already has material with the same content: “{name}”.",
    ),
    "attachment.not_found": (
        "材料（编号 {attachment_id}）不存在。",
        "Material number {attachment_id} does not exist.",
    ),
    "attachment.file_missing": (
        "材料“{name}”的文件不在数据目录中（{root}），可能已被移走或删除。",
        "The file of material “{name}” is not in the data folder ({root}); it may have been moved"
        " or deleted.",
    ),
    "backup.overwrites_database": (
        "备份文件不能覆盖数据库文件本身（“{path}”）：请换一个文件名。",
        "The backup cannot overwrite the database file itself (“{path}”): choose another name.",
    ),
    "backup.folder_missing": (
        "备份文件所在的文件夹“{folder}”不存在。",
        "The folder of the backup file, “{folder}”, does not exist.",
    ),
    "backup.write_failed": (
        "无法写入备份文件“{path}”：{reason}。",
        "Cannot write the backup file “{path}”: {reason}.",
    ),
    "backup.read_failed": (
        "读取数据库时出错，未生成备份：{reason}。",
        "Reading the database failed and no backup was made: {reason}.",
    ),
    "restore.attachments_unwritable": (
        "无法把附件写入“{folder}”：{reason}；数据库未作任何改动。",
        "Cannot write the attachments to “{folder}”: {reason}; the database was not changed.",
    ),
    "restore.has_items": (
        "数据库“{target}”中已有 {count} 件事项",
        "database “{target}” already holds {count} items",
    ),
    "restore.has_audit_events": (
        "数据库“{target}”中已有 {count} 条审计记录",
        "database “{target}” already holds {count} audit records",
    ),
    "restore.occupied": (
        "{occupied}：恢复会替换其中的全部数据；确认无误请加 --force。",
        "{occupied}: a restore replaces all of it; if that is what you want, add --force.",
    ),
    "restore.not_admin": (
        "用户“{login}”不是该数据库的管理员，不能用备份替换它。",
        "User “{login}” is not an administrator of this database and cannot replace it with a "
        "backup.",
    ),
    "restore.occupied_meanwhile": (
        "{occupied}（刚由他人写入）：恢复已取消，数据库未作任何改动。",
        "{occupied} (just written by someone else): the restore was cancelled and the database "
        "was not changed.",
    ),
    "restore.snapshot_unreadable": (
        "无法读取自动备份“{path}”：{reason}；数据库未作任何改动。",
        "Cannot read the automatic backup “{path}”: {reason}; the database was not changed.",
    ),
    "restore.failed": (
        "恢复失败（{reason}）：数据库未作任何改动。",
        "The restore failed ({reason}): the database was not changed.",
    ),
    "restore.problem_integrity": ("完整性检查：{result}", "integrity check: {result}"),
    "restore.problem_audit_chain": (
        "审计日志在第 {event_id} 号记录处不一致",
        "the audit log is inconsistent at record {event_id}",
    ),
    "restore.problem_row_counts": ("行数与备份不一致", "the row counts differ from the backup"),
    "restore.check_failed": (
        "恢复后的检查未通过（{problem}）：请勿使用该数据库并联系管理员。",
        "The check after the restore failed ({problem}): do not use this database and contact the"
        " administrator.",
    ),
    "demo.count_range": (
        "样例数量 {n} 不合理：请给出 1 到 5000000 之间的数。",
        "{n} sample items is not reasonable: give a number from 1 to 5000000.",
    ),
    "demo.not_empty": (
        "数据库中已有 {existing} 件事项；样例数据只填充空数据库，以免与真实数据混在一起（可用 "
        "--db 指定一个新文件）。",
        "The database already holds {existing} items; sample data only fills an empty database, "
        "so that it never mixes with real data (use --db to name a new file).",
    ),
    "catalogue.year_or_date": (
        "请给出年份（--year）或日期（--in-force-on）中的一个。",
        "Give either a year (--year) or a date (--in-force-on).",
    ),
    "export.suffix": (
        "导出文件“{name}”应以 .xlsx 结尾。",
        "The export file “{name}” should end in .xlsx.",
    ),
    "letter.no_opinion": (
        "事项“{reg_no}”还没有出具审核意见，无法生成意见书。",
        "Item “{reg_no}” has no opinion yet: the opinion letter cannot be made.",
    ),
    "letter.not_published": (
        "事项“{reg_no}”不是已公布的行政规范性文件，无需备案报告。",
        "Item “{reg_no}” is not a published normative document: it needs no filing report.",
    ),
    "letter.never_returned": (
        "事项“{reg_no}”从未退回补正，无法生成退回补正通知书。",
        "Item “{reg_no}” was never returned for materials: no return notice can be made.",
    ),
    "tally.year_range": (
        "年份 {year} 超出范围（{first}–{last}）。",
        "The year {year} is out of range ({first}–{last}).",
    ),
    "server.setup_embedded": (
        "server setup 只用于共享服务器（PostgreSQL）：嵌入式数据库文件不需要设置。",
        "server setup is only for a shared server (PostgreSQL): an embedded database file needs "
        "no setup.",
    ),
    "server.setup_failed": (
        "server setup 未完成，数据库没有任何改动：{reason}。",
        "server setup did not finish and the database was not changed: {reason}.",
    ),
    "ledger.refused": (
        "台账“{name}”有 {rows} 行共 {count} 处问题，未导入任何事项（改正后重新导入，或加 "
        "--skip-invalid 只导入没有问题的行）：",
        "Ledger “{name}” has {count} problems in {rows} rows; nothing was imported (correct them "
        "and import again, or add --skip-invalid to import only the rows without problems):",
    ),
    "ledger.refused_dry_run": (
        "台账“{name}”有 {rows} 行共 {count} 处问题（仅检查，未写入）（改正后重新导入，或加 "
        "--skip-invalid 只导入没有问题的行）：",
        "Ledger “{name}” has {count} problems in {rows} rows (checked only, nothing written; "
        "correct them and import again, or add --skip-invalid to import only the rows without "
        "problems):",
    ),
    "ledger.no_rows": (
        "台账“{name}”除表头外没有任何数据行。",
        "Ledger “{name}” has no data rows below its header.",
    ),
    "row.opinion_date_needed": (
        "事项“{reg_no}”已出具意见（{issued_on}），意见出具日期不能为空",
        "item “{reg_no}” already has an opinion ({issued_on}): the opinion date cannot be empty",
    ),
    "row.reg_no_repeated": (
        "登记号“{reg_no}”与第{first}行相同",
        "registration number “{reg_no}” is the same as in row {first}",
    ),
    "import.checked": (
        "检查完毕，未写入任何数据：台账“{name}”共 {rows} 行。",
        "Checked, nothing written: ledger “{name}” has {rows} rows.",
    ),
    "import.would_import": ("可导入 {imported} 件事项。", "{imported} items can be imported."),
    "import.would_import_update": (
        "可导入 {imported} 件事项，可更新 {updated} 件。",
        "{imported} items can be imported and {updated} updated.",
    ),
    "import.imported": ("已导入 {imported} 件事项。", "{imported} items imported."),
    "import.imported_updated": (
        "已导入 {imported} 件事项，更新 {updated} 件。",
        "{imported} items imported and {updated} updated.",
    ),
    "import.unchanged": (
        "{rows} 行与数据库中的事项一致，无需更新。",
        "{rows} rows match the items in the database and need no update.",
    ),
    "import.duplicates": (
        "{rows} 行的事项已在数据库中（登记号相同；没有登记号的行按类型、标题、起草单位和送审日期"
        "比对），作为重复已跳过：{reg_nos}{more}（要用台账更新有登记号的事项，请加 --update）。",
        "{rows} rows hold items already in the database (same registration number; rows without "
        "one are compared by kind, title, drafting unit and received date) and were skipped as "
        "duplicates: {reg_nos}{more} (to update the items that have a registration number from "
        "the ledger, add --update).",
    ),
    "import.duplicates_dry": (
        "{rows} 行的事项已在数据库中（登记号相同；没有登记号的行按类型、标题、起草单位和送审日期"
        "比对），作为重复将跳过：{reg_nos}{more}（要用台账更新有登记号的事项，请加 --update）。",
        "{rows} rows hold items already in the database (same registration number; rows without "
        "one are compared by kind, title, drafting unit and received date) and will be skipped as"
        " duplicates: {reg_nos}{more} (to update the items that have a registration number from "
        "the ledger, add --update).",
    ),
    "import.and_more": (" 等", " and more"),
    "import.and_n_more": (" 等 {count} 处", ", {count} in all"),
    "import.no_change": ("本次导入没有改动数据库。", "This import did not change the database."),
    "import.would_reject": (
        "{rows} 行有问题，导入时将被拒绝。",
        "{rows} rows have problems and will be rejected by the import.",
    ),
    "import.rejected_written": (
        "{rows} 行有问题未导入，已写入“{name}”。",
        "{rows} rows have problems and were not imported; they were written to “{name}”.",
    ),
    "import.rejected": (
        "{rows} 行有问题未导入。",
        "{rows} rows have problems and were not imported.",
    ),
    "import.ignored_columns": (
        "未识别的列（已忽略）：{columns}。",
        "Columns not recognised (ignored): {columns}.",
    ),
    "import.cell": ("第{row}行“{column}”", "row {row} “{column}”"),
    "import.formulas": (
        "以下单元格是没有计算结果的公式，已按公式文本原样导入（作为文字，不会执行）：{cells}"
        "{more}。",
        "These cells are formulas without a computed value and were imported as their formula "
        "text (as text, never run): {cells}{more}.",
    ),
    "import.formulas_dry": (
        "以下单元格是没有计算结果的公式，将按公式文本原样导入（作为文字，不会执行）：{cells}"
        "{more}。",
        "These cells are formulas without a computed value and will be imported as their formula "
        "text (as text, never run): {cells}{more}.",
    ),
    "calendar.day_outside_year": (
        "日期 {day} 不属于 {year} 年的节假日安排。",
        "The date {day} does not belong to the {year} holiday schedule.",
    ),
    "calendar.workday_not_weekend": (
        "调休上班日 {day} 不是周六或周日。",
        "The make-up working day {day} is not a Saturday or a Sunday.",
    ),
    "calendar.notice_too_large": (
        "文件“{name}”太大，不像是一份节假日安排通知（上限 1 MB）。",
        "File “{name}” is too large to be a holiday notice (the limit is 1 MB).",
    ),
    "calendar.notice_not_text": (
        "文件“{name}”不是文本文件（既不是 UTF-8 也不是 GB18030 编码）。",
        "File “{name}” is not a text file (neither UTF-8 nor GB18030).",
    ),
    "calendar.notice_unreadable": (
        "无法读取文件“{name}”：{reason}。",
        "Cannot read file “{name}”: {reason}.",
    ),
}

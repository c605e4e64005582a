"""Sentences of the cli layer's refusals and reports."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    "cli.doc_no_taken_force": (
        "文号“{doc_no}”已被事项“{other_reg_no}”使用。如确属同一文号，请加 --force 再次登记公布。",
        "Document number “{doc_no}” is already used by item “{other_reg_no}”. If it really is the"
        " same number, record the publication again with --force.",
    ),
    "cli.backup_needs_output": (
        "请用 -o 文件名 指定备份文件，或用 --auto 做自动轮换备份。",
        "Name the backup file with -o FILE, or use --auto for the rotating backups.",
    ),
    "cli.password_stdin_empty": (
        "标准输入里没有密码（--password-stdin 需要一行密码）。",
        "There is no password on standard input (--password-stdin needs one line).",
    ),
    "cli.passwords_differ": (
        "两次输入的密码不一致，没有做任何改动。",
        "The two passwords differ; nothing was changed.",
    ),
    "cli.password_needed": (
        "需要密码：请在终端运行，或用 --password-stdin 从标准输入给出一行密码。",
        "A password is needed: run this in a terminal, or give one line on standard input with "
        "--password-stdin.",
    ),
    "cli.server_setup_needs_db": (
        "server setup 需要 --db 给出共享服务器的地址（postgresql+psycopg://…）。",
        "server setup needs --db with the shared server's address (postgresql+psycopg://…).",
    ),
    "cli.interrupted": ("已中断。", "Interrupted."),
    "cli.internal_error": (
        "内部错误（{error}）；加 --debug 查看详情。",
        "Internal error ({error}); add --debug to see the details.",
    ),
    "cli.usage_hint": ("（用 {prog} --help 查看用法）", " (see {prog} --help)"),
    "cli.item_status": ("{reg_no}：{status}", "{reg_no}: {status}"),
    "cli.assigned": ("{reg_no}：审核人 {counsel}", "{reg_no}: counsel {counsel}"),
    "cli.review_due": ("，审核期限 {due}", ", review due {due}"),
    "cli.review_paused": (
        "，审核期限暂停（剩余 {remaining} 个工作日）",
        ", review clock paused ({remaining} working days left)",
    ),
    "cli.revision": ("（第 {revision} 版）", " (revision {revision})"),
    "cli.conclusion": ("，结论 {conclusion}{extra}", ", conclusion: {conclusion}{extra}"),
    "cli.published": (
        "，备案期限 {due}，有效期至 {until}",
        ", filing due {due}, valid until {until}",
    ),
    "cli.filed_late": ("（逾期报送）", " (filed late)"),
    "cli.filed": ("，报送{authority}{late}", ", filed with {authority}{late}"),
    "cli.flag_overdue": ("已逾期", "overdue"),
    "cli.flag_due_soon": ("即将到期", "due soon"),
    "cli.flag_paused": ("暂停", "paused"),
    "cli.due_filing": ("备案 {due}", "filing {due}"),
    "cli.due_review": ("审核 {due}", "review {due}"),
    "cli.list_empty": ("没有符合条件的事项。", "No item matches."),
    "cli.list_total": ("共 {count} 件", "{count} item(s)"),
    "cli.paused_remaining": (
        "暂停，剩余 {remaining} 个工作日",
        "paused, {remaining} working days left",
    ),
    "cli.flag": ("（{flag}）", " ({flag})"),
    "cli.field_line": ("{label}：{value}", "{label}: {value}"),
    "cli.superseded": ("（已被修订）", " (superseded)"),
    "cli.opinion_line": (
        "意见第 {revision} 版{state}：{issued_on} {counsel} {conclusion} — {text}",
        "Opinion revision {revision}{state}: {issued_on} {counsel} {conclusion} — {text}",
    ),
    "cli.resubmitted": ("，{on} 重新送审", ", resubmitted {on}"),
    "cli.not_resubmitted": ("，尚未重新送审", ", not yet resubmitted"),
    "cli.pause_line": (
        "退回补正：{on}（{reason}）{back}",
        "Returned for materials: {on} ({reason}){back}",
    ),
    "cli.rows_not_imported": ("未导入的行：", "Rows not imported:"),
    "cli.tally_others": ("其他 {count} 个", "{count} others"),
    "cli.tally_title": ("{year}年合法性审核统计", "Legality review tallies {year}"),
    "cli.tally_kind": ("类型", "Kind"),
    "cli.tally_received": ("收件", "Received"),
    "cli.tally_reviewed": ("完成审核", "Reviewed"),
    "cli.tally_filed": ("报送备案", "Filed"),
    "cli.tally_unit": ("起草单位", "Drafting unit"),
    "cli.tally_counsel": ("审核人", "Counsel"),
    "cli.tally_total": ("合计", "Total"),
    "cli.tally_blank": ("（未填写）", "(blank)"),
    "cli.tally_count": ("{label} {count} 件", "{label} {count}"),
    "cli.tally_conclusions": ("审核结论：{conclusions}", "Conclusions: {conclusions}"),
    "cli.tally_deadlines": (
        "期限：超期出具意见 {reviewed} 件，超期报送备案 {filed} 件；截至年底尚未出具意见 "
        "{pending} 件",
        "Deadlines: {reviewed} opinions issued late, {filed} filed late; {pending} without an "
        "opinion at the year's end",
    ),
    "cli.tally_month": ("{month} {count}", "{month} {count}"),
    "cli.tally_by_month": ("按月完成审核：{months}", "Reviewed by month: {months}"),
    "cli.tally_disclosure": (
        "行政规范性文件（政府信息公开）：本年制发 {issued} 件，本年废止（含失效）{repealed} 件，"
        "现行有效 {in_force} 件",
        "Normative documents (information disclosure): {issued} issued this year, {repealed} "
        "repealed or expired this year, {in_force} in force",
    ),
    "cli.tally_filing": (
        "备案指标（本年公布的行政规范性文件 {due} 件）：报送备案 {filed} 件，按时 {on_time} 件，"
        "予以备案 {accepted} 件；报备率 {rate}，报备及时率 {on_time_rate}，规范率 "
        "{conforming_rate}",
        "Filing indicators ({due} normative documents published this year): {filed} filed, "
        "{on_time} on time, {accepted} accepted; filing rate {rate}, on-time rate {on_time_rate},"
        " conforming rate {conforming_rate}",
    ),
    "cli.export_progress": (
        "导出台账 {done}/{total}（{pct}%）",
        "Exporting the ledger {done}/{total} ({pct}%)",
    ),
    "cli.exported": (
        "已导出{year}年统计到“{path}”：台账 {rows} 行，逾期 {overdue} 行。",
        "Exported the {year} tallies to “{path}”: {rows} ledger rows, {overdue} overdue rows.",
    ),
    "cli.report_written": (
        "已将{year}年的报告段落写入“{path}”。",
        "Wrote the {year} report paragraph to “{path}”.",
    ),
    "cli.auto_backup_shared": (
        "共享服务器模式不做自动轮换备份：请由服务器管理员定期备份，或用 -o 导出备份文件。",
        "The shared server mode makes no rotating backups: have the server's administrator back "
        "it up regularly, or export a backup file with -o.",
    ),
    "cli.auto_backup_exists": (
        "今天的自动备份已存在：{path}",
        "Today's automatic backup exists: {path}",
    ),
    "cli.auto_backup_made": ("已生成自动备份：{path}", "Made the automatic backup: {path}"),
    "cli.auto_backup_copy": ("  另存为：{path}", "  also saved as: {path}"),
    "cli.auto_backup_pruned": ("  删除过期备份 {count} 份。", "  deleted {count} expired backups."),
    "cli.backed_up": (
        "已备份到 {path}（{size}）：{counts}；附件 {attachments} 个。",
        "Backed up to {path} ({size}): {counts}; {attachments} attachments.",
    ),
    "cli.backup_missing_attachments": (
        "注意：{count} 个附件的内容找不到或已损坏，未能备份（如 {example}…）。",
        "Note: the content of {count} attachments is missing or damaged and was not backed up "
        "(e.g. {example}…).",
    ),
    "cli.restore_previous": ("原有数据已另存为：{path}", "The data it held was saved as: {path}"),
    "cli.restored": (
        "已恢复到 {target}：{counts}；附件 {attachments} 个。",
        "Restored to {target}: {counts}; {attachments} attachments.",
    ),
    "cli.restore_missing_attachments": (
        "注意：备份时已有 {count} 个附件的内容缺失，恢复后仍然缺失。",
        "Note: the content of {count} attachments was already missing when backed up and is still"
        " missing.",
    ),
    "cli.restore_checked": (
        "完整性检查：{integrity}；审计日志 {events} 条记录哈希链一致（备份时间 {created_at}，来源"
        " {backend}）。",
        "Integrity check: {integrity}; the hash chain of the {events} audit records is intact "
        "(backed up {created_at}, from {backend}).",
    ),
    "cli.user_active": ("启用", "active"),
    "cli.user_inactive": ("停用", "deactivated"),
    "cli.no_users": (
        "还没有用户：第一位做出修改的人将成为管理员。",
        "No users yet: the first person to change anything becomes administrator.",
    ),
    "cli.user_login": ("登录名", "Login"),
    "cli.user_name": ("姓名", "Name"),
    "cli.user_roles": ("角色", "Roles"),
    "cli.user_state": ("状态", "State"),
    "cli.password_of": ("“{login}”的密码", "Password of “{login}”"),
    "cli.new_password_of": ("“{login}”的新密码", "New password of “{login}”"),
    "cli.admin_password_of": ("管理员“{login}”的密码", "Password of the administrator “{login}”"),
    "cli.prompt": ("{what}：", "{what}: "),
    "cli.prompt_again": ("再输入一次：", "Once more: "),
    "cli.user_added": ("已添加用户 {login}（{roles}）", "Added user {login} ({roles})"),
    "cli.user_no_password": (
        "“{login}”还没有密码：请用 workbench user passwd {login} 设置。",
        "“{login}” has no password yet: set one with workbench user passwd {login}.",
    ),
    "cli.password_changed": ("已更改 {login} 的密码。", "Changed the password of {login}."),
    "cli.user_set": ("用户 {login}：{roles}，{state}", "User {login}: {roles}, {state}"),
    "cli.setup_adopted": (
        "已接管旧版本创建的共享数据库：对象所有权已移交给 {owner}，事项和审计记录均保留。",
        "Took over the shared database made by an older version: its objects now belong to "
        "{owner}; items and audit records are kept.",
    ),
    "cli.setup_changes": ("已创建或更改 {count} 项：", "Created or changed {count} things:"),
    "cli.setup_unchanged": (
        "共享数据库已是最新的安全设置，没有任何改动。",
        "The shared database already has the latest security settings; nothing was changed.",
    ),
    "cli.setup_without_password": (
        "以下登录名还没有密码，暂时无法用密码登录：{logins}。请管理员运行 workbench user passwd "
        "登录名 为其设置（使用 Kerberos 的单位无需密码）。",
        "These logins have no password yet and cannot log in with one: {logins}. An administrator"
        " sets them with workbench user passwd LOGIN (offices using Kerberos need none).",
    ),
    "cli.year_not_a_number": ("年份“{text}”不是数字。", "The year “{text}” is not a number."),
    "cli.cleanup_id_not_a_number": (
        "清理编号“{text}”不是数字。",
        "Cleanup number “{text}” is not a number.",
    ),
    "cli.cleanup_id_invalid": ("清理编号“{text}”无效。", "Cleanup number “{text}” is not valid."),
    "cli.cleanup_undecided": ("（未定）", "(undecided)"),
    "cli.cleanup_number": ("编号", "No."),
    "cli.cleanup_title": ("清理名称", "Cleanup"),
    "cli.cleanup_as_of": ("基准日", "As of"),
    "cli.cleanup_state": ("状态", "State"),
    "cli.cleanup_decided": ("已确定", "Decided"),
    "cli.cleanup_heading": (
        "清理 {id}：{title}（基准日{as_of}，{state}，已确定 {decided}/{total} 件）",
        "Cleanup {id}: {title} (as of {as_of}, {state}, {decided}/{total} decided)",
    ),
    "cli.cleanup_reg_no": ("登记号", "Reg. No."),
    "cli.cleanup_document": ("文件名称", "Document"),
    "cli.cleanup_doc_no": ("文号", "Document No."),
    "cli.cleanup_published_on": ("公布日期", "Published"),
    "cli.cleanup_result": ("清理结果", "Result"),
    "cli.cleanup_reason": ("理由", "Reason"),
    "cli.cleanup_flagged": (
        "※ 附件有妨碍统一市场和公平竞争的审核提示，请重点审查。",
        "※ The attachment has review hints on obstructing the unified market and fair "
        "competition: review it closely.",
    ),
    "cli.cleanup_set": (
        "已将“{title}”的清理结果定为{result}。",
        "Set the result of “{title}” to {result}.",
    ),
    "cli.cleanup_exported": (
        "已将清理 {id} 的结果清单写入“{path}”。",
        "Wrote the result lists of cleanup {id} to “{path}”.",
    ),
    "cli.cleanup_closed": (
        "清理 {id}（{title}）已于{closed_on}结束。",
        "Cleanup {id} ({title}) closed on {closed_on}.",
    ),
    "cli.inspect_contract": (
        "文件类型：合同（合同审核清单）",
        "Document type: contract (contract checklist)",
    ),
    "cli.inspect_normative": ("文件类型：行政规范性文件", "Document type: normative document"),
    "cli.inspect_title": ("标题：{value}", "Title: {value}"),
    "cli.inspect_doc_no": ("文号：{value}", "Document No.: {value}"),
    "cli.inspect_unit": ("起草单位：{value}", "Drafting unit: {value}"),
    "cli.inspect_effective_on": ("施行日期：{value}", "In effect from: {value}"),
    "cli.inspect_valid_until": ("有效期至：{value}", "Valid until: {value}"),
    "cli.inspect_not_found": ("（未找到）", "(not found)"),
    "cli.inspect_no_hints": ("审核提示：无", "Review hints: none"),
    "cli.inspect_whole": ("全文", "whole document"),
    "cli.inspect_hint": ("[{where}] {label}：{text}", "[{where}] {label}: {text}"),
    "cli.inspect_basis": ("    依据：{basis}", "    Basis: {basis}"),
    "cli.catalogue_written": (
        "已将{title}（{count}件）写入“{path}”。",
        "Wrote {title} ({count} documents) to “{path}”.",
    ),
    "cli.demo_loaded": (
        "已生成 {items} 件样例事项（{years} 年），其中 {overdue} 件已逾期。",
        "Made {items} sample items ({years}); {overdue} of them are overdue.",
    ),
    "cli.calendar_year": ("{year} 年：{source}", "{year}: {source}"),
    "cli.calendar_note": ("说明：{note}", "Note: {note}"),
    "cli.calendar_missing": (
        "警告：该年没有节假日安排，期限可能不准确；请在设置中录入国务院的节假日安排通知。",
        "Warning: the year has no holiday schedule and deadlines may be wrong; enter the State "
        "Council's holiday notice in the settings.",
    ),
    "cli.calendar_days_off": ("放假（工作日）：{count} 天", "Days off (on weekdays): {count}"),
    "cli.calendar_workdays": ("调休上班：{count} 天", "Make-up working days: {count}"),
    "cli.notice_read": ("从通知中读到 {year} 年的安排：", "The notice's schedule for {year}:"),
    "cli.notice_festival": (
        "  {name}：{first}至{last}，共{days}天",
        "  {name}: {first} to {last}, {days} days",
    ),
    "cli.notice_workdays": ("  调休上班：{days}", "  Make-up working days: {days}"),
    "cli.notice_in_clause": ("“{clause}”一条中的", " in the clause “{clause}”"),
    "cli.notice_warning": (
        "警告：未能读懂{where}“{quote}”，其中调动的休息日没有读入，请对照通知核对，必要时在设置中"
        "手工录入。",
        "Warning: could not understand “{quote}”{where}; the days it moves were not read: check "
        "against the notice and enter them by hand in the settings if needed.",
    ),
    "cli.notice_not_saved_yes": (
        "未保存：确认无误后加 --yes 再运行一次。",
        "Not saved: once it is right, run again with --yes.",
    ),
    "cli.notice_still": (
        "有 {count} 处未能读懂，仍",
        " although {count} passages were not understood",
    ),
    "cli.notice_confirm": (
        "{still}保存为本单位的节假日安排？[y/N] ",
        "Save it as the office's holiday schedule{still}? [y/N] ",
    ),
    "cli.notice_not_saved": ("未保存。", "Not saved."),
    "cli.notice_saved": (
        "已保存 {year} 年的节假日安排，今后的期限按此计算。",
        "Saved the {year} holiday schedule; deadlines are counted by it from now on.",
    ),
    "cli.audit_intact": (
        "审计日志完整：{events} 条记录的哈希链全部一致。",
        "The audit log is intact: the hash chain of all {events} records matches.",
    ),
    "cli.audit_broken": (
        "审计日志在第 {event_id} 号记录处被改动（{reason}）。",
        "The audit log was changed at record {event_id} ({reason}).",
    ),
}

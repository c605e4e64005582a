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
}

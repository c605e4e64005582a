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
}

"""Documents the office sends out: the opinion letter (合法性审核意见书), the notice of return
for supplementary materials (退回补正通知书) and the filing report (备案报告). They are official
Chinese documents whatever the UI language."""

from __future__ import annotations

from pathlib import Path

from workbench.documents import letters
from workbench.documents import return_notice as notice
from workbench.domain.deadlines import Pause, review_clock
from workbench.domain.errors import InvalidInput
from workbench.domain.kinds import KIND_INFO, Kind
from workbench.domain.opinions import CONCLUSION_LABELS, DEFECT_LABELS, Conclusion, Defect
from workbench.paths import app_paths
from workbench.services import queries
from workbench.services.context import ServiceContext
from workbench.store.calendar import load_calendar
from workbench.store.settings import load_office


def office_template(name: str, default: Path) -> Path:
    """An administrator's replacement in ``<data>/templates/`` wins over the shipped one."""
    custom = app_paths().data_dir / "templates" / name
    return custom if custom.is_file() else default


def _office(ctx: ServiceContext) -> tuple[str, str]:
    with ctx.db.read() as conn:
        office = load_office(conn)
    return office.office_name, office.filing_authority


def write_opinion_letter(
    ctx: ServiceContext, reg_no: str, out: str | Path, *, template: Path | None = None
) -> Path:
    """Fill the letter template with the item's current opinion; returns ``out``."""
    view = queries.show_item(ctx, reg_no)
    if not view.opinions:
        raise InvalidInput("letter.no_opinion", reg_no=view.reg_no)
    latest = view.opinions[-1]
    previous = view.opinions[-2] if len(view.opinions) > 1 else None
    office_name, _ = _office(ctx)
    fields = letters.letter_fields(
        office=office_name,
        reg_no=view.reg_no,
        title=view.title,
        kind_label=KIND_INFO[view.kind].label_zh,
        unit=view.unit,
        received_on=view.received_on,
        counsel=latest.counsel,
        issued_on=latest.issued_on,
        conclusion_label=CONCLUSION_LABELS[Conclusion(latest.conclusion)][0],
        opinion_text=latest.text,
        basis=latest.basis,
        defects=[DEFECT_LABELS[Defect(d)][0] for d in latest.defects],
        revision=(
            letters.revision_note(latest.revision - 1, previous.issued_on) if previous else ""
        ),
        doc_no=view.doc_no,
    )
    path = Path(out)
    source = template or office_template("opinion_letter.docx", letters.default_letter_template())
    letters.render_template(source, fields, path, allowed=letters.LETTER_PLACEHOLDERS)
    return path


def write_filing_report(
    ctx: ServiceContext, reg_no: str, out: str | Path, *, template: Path | None = None
) -> Path:
    """The filing report of a published normative document; returns ``out``."""
    view = queries.show_item(ctx, reg_no)
    if view.kind is not Kind.NORMATIVE or view.published_on is None:
        raise InvalidInput("letter.not_published", reg_no=view.reg_no)
    office_name, authority = _office(ctx)
    conclusion = view.conclusion
    fields = letters.filing_fields(
        office=office_name,
        authority=view.filing_authority or authority,
        title=view.title,
        doc_no=view.doc_no,
        published_on=view.published_on,
        filed_on=view.filed_on or ctx.today(),
        reg_no=view.reg_no,
        opinion_issued_on=view.opinion_on,
        conclusion_label=CONCLUSION_LABELS[Conclusion(conclusion)][0] if conclusion else "",
        valid_until=view.valid_until,
    )
    path = Path(out)
    source = template or office_template("filing_report.docx", letters.default_filing_template())
    letters.render_template(source, fields, path, allowed=letters.FILING_PLACEHOLDERS)
    return path


def write_return_notice(
    ctx: ServiceContext, reg_no: str, out: str | Path, *, template: Path | None = None
) -> Path:
    """The notice of the item's latest return for materials; returns ``out``.

    The working days left are those the review clock kept when the item was returned, so a
    notice written again after resubmission says what the first one said."""
    view = queries.show_item(ctx, reg_no)
    if not view.pauses:
        raise InvalidInput("letter.never_returned", reg_no=view.reg_no)
    last = view.pauses[-1]
    with ctx.db.read() as conn:
        office = load_office(conn)
        cal = load_calendar(conn)
    earlier = [Pause(p.returned_on, p.resubmitted_on) for p in view.pauses[:-1]]
    clock = review_clock(
        cal, view.received_on, office.period(view.kind), [*earlier, Pause(last.returned_on)]
    )
    fields = notice.return_notice_fields(
        office=office.office_name,
        reg_no=view.reg_no,
        title=view.title,
        kind_label=KIND_INFO[view.kind].label_zh,
        unit=view.unit,
        received_on=view.received_on,
        returned_on=last.returned_on,
        reason=last.reason,
        remaining_days=clock.remaining_workdays,
        counsel=view.counsel,
        doc_no=view.doc_no,
    )
    path = Path(out)
    default = notice.default_return_notice_template()
    source = template or office_template(notice.RETURN_NOTICE_TEMPLATE, default)
    letters.render_template(source, fields, path, allowed=notice.RETURN_NOTICE_PLACEHOLDERS)
    return path

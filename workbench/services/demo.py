"""Realistic sample data: what a new user sees first, and what benchmarks and screenshots use.

The items imitate a provincial science-and-technology department's legal-affairs division
over several years: contracts are most common, then normative documents; opinions with all
three conclusions; publications and filings (some late); returned, withdrawn, repealed and
expired items; and a few items overdue today.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from workbench.domain.calendar import WorkCalendar
from workbench.domain.deadlines import (
    Pause,
    default_valid_until,
    filing_due,
    review_clock,
)
from workbench.domain.docno import normalize_doc_no
from workbench.domain.errors import InvalidInput
from workbench.domain.kinds import KIND_INFO, Kind
from workbench.domain.office import OfficeSettings, format_reg_no
from workbench.domain.opinions import Conclusion, Defect, FilingResult
from workbench.domain.roles import Permission
from workbench.domain.statuses import Status
from workbench.services.context import ServiceContext
from workbench.services.demo_data import (
    BASIS,
    CONTRACT_TEXTS,
    COOPERATION_TITLES,
    COUNSEL,
    COUNTERPARTIES,
    DECISION_TITLES,
    KIND_WEIGHTS,
    NORMATIVE_TITLES,
    OPINION_TEXTS,
    OPINION_TITLES,
    OTHER_TITLES,
    PROJECT_TITLES,
    SERVICE_TITLES,
    TOPICS,
    UNITS,
)
from workbench.services.users import require
from workbench.store import audit
from workbench.store.calendar import load_calendar
from workbench.store.schema import items, opinions, pauses
from workbench.store.settings import load_office, set_value


@dataclass
class _Draft:
    kind: Kind
    title: str
    unit: str
    received_on: dt.date
    values: dict[str, Any] = field(default_factory=dict)
    pauses: list[tuple[dt.date, str, dt.date | None]] = field(default_factory=list)
    opinions: list[dict[str, Any]] = field(default_factory=list)


def _title(rng: random.Random, kind: Kind, year: int) -> str:
    if kind is Kind.NORMATIVE:
        return rng.choice(NORMATIVE_TITLES)
    if kind is Kind.MAJOR_DECISION:
        return f"{rng.choice(DECISION_TITLES)}（{year}—{year + 2}年）"
    if kind is Kind.SERVICE_CONTRACT:
        return f"{year}年度{rng.choice(SERVICE_TITLES)}"
    if kind is Kind.PROJECT_CONTRACT:
        return f"{year}年{rng.choice(TOPICS)}领域{rng.choice(PROJECT_TITLES)}"
    if kind is Kind.COOPERATION_AGREEMENT:
        return f"与{rng.choice(COUNTERPARTIES)}{rng.choice(COOPERATION_TITLES)}"
    if kind is Kind.OTHER_CONTRACT:
        return f"{year}年{rng.choice(OTHER_TITLES)}"
    return rng.choice(OPINION_TITLES)


def _workday_on_or_before(cal: WorkCalendar, day: dt.date) -> dt.date:
    while not cal.is_workday(day):
        day -= dt.timedelta(days=1)
    return day


class _Generator:
    def __init__(self, cal: WorkCalendar, office: OfficeSettings, today: dt.date, seed: int):
        self.cal = cal
        self.office = office
        self.today = today
        self.rng = random.Random(seed)

    def plus(self, day: dt.date, lo: int, hi: int) -> dt.date:
        return self.cal.add_workdays(day, self.rng.randint(lo, hi))

    def draft(self, received_on: dt.date) -> _Draft:
        rng = self.rng
        kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
        unit = rng.choice(UNITS)
        draft = _Draft(kind, _title(rng, kind, received_on.year), unit, received_on)
        info = KIND_INFO[kind]
        v = draft.values
        v["counsel"] = rng.choice(COUNSEL)
        if info.contract:
            v["counterparty"] = rng.choice(COUNTERPARTIES)
            v["amount"] = Decimal(rng.randrange(20, 3000) * 1000)
        v["fair_review_required"] = kind is Kind.NORMATIVE and rng.random() < 0.6
        period = self.office.period(kind)
        # how far the work got depends on how long ago the item came in
        age = self.cal.workdays_between(received_on, self.today)
        if rng.random() < 0.03:
            v["status"] = Status.WITHDRAWN
            v["withdrawn_on"] = min(self.plus(received_on, 1, 6), self.today)
            draft.values["review"] = review_clock(self.cal, received_on, period)
            return draft
        start = received_on
        pause_list: list[Pause] = []
        if rng.random() < 0.1 and age > 2:
            returned_on = min(self.plus(received_on, 1, max(1, period // 2)), self.today)
            back = self.plus(returned_on, 2, 12)
            resubmitted = back if back <= self.today else None
            draft.pauses.append((returned_on, "材料不全：缺少起草说明和征求意见情况", resubmitted))
            pause_list.append(Pause(returned_on, resubmitted))
            if resubmitted is None:
                v["status"] = Status.RETURNED
                v["review"] = review_clock(self.cal, received_on, period, pause_list)
                return draft
            start = resubmitted
        clock = review_clock(self.cal, received_on, period, pause_list)
        v["review"] = clock
        assert clock.due_on is not None
        # the opinion comes after a third to all of the time left, occasionally late
        remaining = self.cal.workdays_between(start, clock.due_on)
        k = rng.randint(max(1, remaining // 3), max(1, remaining))
        if rng.random() < 0.08:
            k = remaining + rng.randint(1, 6)
        opinion_on = self.cal.add_workdays(start, k)
        if opinion_on > self.today:
            v["status"] = Status.IN_REVIEW if rng.random() < 0.85 else Status.REGISTERED
            if v["status"] is Status.REGISTERED and rng.random() < 0.5:
                v["counsel"] = ""
            return draft
        conclusion = rng.choices(
            [Conclusion.APPROVE, Conclusion.APPROVE_WITH_CHANGES, Conclusion.REJECT],
            weights=[45, 45, 10],
        )[0]
        defects: list[str] = []
        if conclusion is not Conclusion.APPROVE:
            defects = sorted(
                {rng.choice([d.value for d in Defect]) for _ in range(rng.randint(1, 2))}
            )
        draft.opinions.append(
            {
                "revision": 1,
                "counsel": v["counsel"] or rng.choice(COUNSEL),
                "issued_on": opinion_on,
                "conclusion": conclusion.value,
                "text": (CONTRACT_TEXTS if info.contract else OPINION_TEXTS)[conclusion],
                "basis": BASIS if kind is Kind.NORMATIVE else "《中华人民共和国民法典》合同编",
                "defects": ",".join(defects),
            }
        )
        v["counsel"] = draft.opinions[0]["counsel"]
        v["status"] = Status.OPINION_ISSUED
        v["opinion_on"] = opinion_on
        v["conclusion"] = conclusion.value
        if kind is not Kind.NORMATIVE or conclusion is Conclusion.REJECT:
            return draft
        published_on = opinion_on + dt.timedelta(days=rng.randint(5, 40))
        if published_on > self.today:
            return draft
        seq = rng.randint(1, 60)
        v["doc_no"] = f"辽科发〔{published_on.year}〕{seq}号"
        v["status"] = Status.PUBLISHED
        v["published_on"] = published_on
        v["filing_due_on"] = filing_due(self.cal, published_on, self.office.filing_days)
        v["valid_until"] = default_valid_until(draft.title, published_on)
        filed_on = published_on + dt.timedelta(
            days=rng.randint(16, 30) if rng.random() < 0.12 else rng.randint(3, 14)
        )
        if filed_on <= self.today:
            v["status"] = Status.FILED
            v["filed_on"] = max(published_on, _workday_on_or_before(self.cal, filed_on))
            v["filing_authority"] = self.office.filing_authority
            v["filing_ref"] = f"辽司备〔{filed_on.year}〕{rng.randint(100, 999)}号"
            result_on = filed_on + dt.timedelta(days=rng.randint(10, 30))
            if result_on <= self.today:
                v["filing_result"] = (
                    FilingResult.ACCEPTED.value
                    if rng.random() < 0.9
                    else FilingResult.ACCEPTED_AFTER_CORRECTION.value
                )
                v["filing_result_on"] = result_on
        if v["valid_until"] < self.today:
            v["status"] = Status.EXPIRED
            v["ended_on"] = v["valid_until"] + dt.timedelta(days=1)
        elif rng.random() < 0.06:
            ended = published_on + dt.timedelta(days=rng.randint(200, 1200))
            if ended <= self.today:
                v["status"] = Status.REPEALED
                v["ended_on"] = ended
        return draft


def _received_dates(cal: WorkCalendar, rng: random.Random, n: int, today: dt.date) -> list[dt.date]:
    """Working days over three years and this one, plus a current queue of recent arrivals."""
    start = dt.date(today.year - 3, 1, 1)
    span = (today - start).days
    recent = min(n, max(12, n * 6 // 100))
    days: list[dt.date] = []
    while len(days) < n:
        if len(days) < recent:
            day = today - dt.timedelta(days=rng.randint(0, 24))
        else:
            # a little denser towards the present: the office grows
            day = start + dt.timedelta(days=int(span * (rng.random() ** 0.85)))
        if cal.is_workday(day) and day <= today:
            days.append(day)
    return sorted(days)


@dataclass(frozen=True)
class DemoResult:
    items: int
    years: tuple[int, ...]
    overdue_now: int


def load_demo(ctx: ServiceContext, n: int = 300, seed: int = 1) -> DemoResult:
    """Fill an empty database with ``n`` sample items (refused if it has items already)."""
    if n < 1 or n > 5_000_000:
        raise InvalidInput("demo.count_range", n=n)
    today = ctx.today()
    with ctx.db.write() as conn:
        require(conn, ctx, Permission.ADMINISTER)
        existing = conn.execute(select(func.count()).select_from(items)).scalar() or 0
        if existing:
            raise InvalidInput("demo.not_empty", existing=existing)
        cal = load_calendar(conn)
        office = load_office(conn)
        gen = _Generator(cal, office, today, seed)
        dates = _received_dates(cal, gen.rng, n, today)
        drafts = [gen.draft(d) for d in dates]
        _make_some_overdue(gen, drafts)
        seqs: dict[int, int] = {}
        now = dt.datetime.now()
        rows = []
        for d in drafts:
            year = d.received_on.year
            seqs[year] = seqs.get(year, 0) + 1
            rows.append(_row(d, format_reg_no(office.reg_no_pattern, year, seqs[year]), now))
        batch = 5000
        ids: list[int] = []
        for i in range(0, len(rows), batch):
            conn.execute(items.insert(), rows[i : i + batch])
        ids = list(conn.execute(select(items.c.id).order_by(items.c.id)).scalars())
        pause_rows = []
        opinion_rows = []
        for item_id, d in zip(ids, drafts, strict=True):
            for returned_on, reason, resubmitted in d.pauses:
                pause_rows.append(
                    {
                        "item_id": item_id,
                        "returned_on": returned_on,
                        "reason": reason,
                        "resubmitted_on": resubmitted,
                    }
                )
            for op in d.opinions:
                opinion_rows.append(
                    {**op, "item_id": item_id, "created_at": now, "created_by": ctx.actor}
                )
        for i in range(0, len(pause_rows), batch):
            conn.execute(pauses.insert(), pause_rows[i : i + batch])
        for i in range(0, len(opinion_rows), batch):
            conn.execute(opinions.insert(), opinion_rows[i : i + batch])
        for year, seq in seqs.items():
            set_value(conn, f"reg_seq.{year}", seq)
        overdue = sum(
            1
            for r in rows
            if r["status"] in ("registered", "in_review")
            and r["review_due_on"] is not None
            and r["review_due_on"] < today
        )
        audit.record(
            conn,
            actor=ctx.actor,
            action="load_demo",
            after={"items": n, "seed": seed, "years": sorted(seqs)},
        )
    return DemoResult(n, tuple(sorted(seqs)), overdue)


def _make_some_overdue(gen: _Generator, drafts: list[_Draft]) -> None:
    """A real queue always has a few items past their deadline; make sure the demo shows it."""
    recent = [
        d
        for d in drafts
        if not d.pauses
        and d.values.get("status") is not Status.WITHDRAWN
        and d.values["review"].due_on is not None
        and gen.today - dt.timedelta(days=25) <= d.values["review"].due_on < gen.today
    ]
    wanted = max(4, len(drafts) // 1000)
    for d in gen.rng.sample(recent, min(wanted, len(recent))):
        keep: dict[str, Any] = {
            k: d.values[k]
            for k in ("review", "counsel", "counterparty", "amount", "fair_review_required")
            if k in d.values
        }
        d.values = {**keep, "status": Status.IN_REVIEW}
        d.opinions = []


def _row(d: _Draft, reg_no: str, now: dt.datetime) -> dict[str, Any]:
    v = dict(d.values)
    clock = v.pop("review")
    status: Status = v.pop("status")
    doc_no = v.get("doc_no", "")
    return {
        "reg_no": reg_no,
        "kind": d.kind.value,
        "title": d.title,
        "unit": d.unit,
        "received_on": d.received_on,
        "review_due_on": clock.due_on,
        "paused_remaining": clock.remaining_workdays if clock.paused else None,
        "counsel": v.get("counsel", ""),
        "status": status.value,
        "doc_no": doc_no,
        "doc_no_norm": normalize_doc_no(doc_no),
        "counterparty": v.get("counterparty", ""),
        "amount": v.get("amount"),
        "fair_review_required": v.get("fair_review_required", False),
        "fair_review_done": v.get("fair_review_required", False)
        and status is not Status.REGISTERED,
        "notes": "",
        "tags": "",
        "opinion_on": v.get("opinion_on"),
        "conclusion": v.get("conclusion"),
        "published_on": v.get("published_on"),
        "filing_due_on": v.get("filing_due_on"),
        "filed_on": v.get("filed_on"),
        "filing_authority": v.get("filing_authority", ""),
        "filing_ref": v.get("filing_ref", ""),
        "filing_result": v.get("filing_result"),
        "filing_result_on": v.get("filing_result_on"),
        "valid_until": v.get("valid_until"),
        "ended_on": v.get("ended_on"),
        "withdrawn_on": v.get("withdrawn_on"),
        "version": 1,
        "created_at": now,
        "updated_at": now,
    }

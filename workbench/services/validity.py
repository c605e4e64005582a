"""How long a published normative document is valid, read from its newest attached draft the
way ``workbench inspect`` reads it (docs/RULES.md §3, docs/STATUTES.md).

The end the document states ("有效期至2028年12月31日") wins; a period it states ("有效期5年")
runs from the 施行 date it gives; otherwise the default (5 years, 2 for 暂行/试行 titles) runs
from that 施行 date too, and from publication only when the document gives none.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection

from workbench.domain.deadlines import valid_until


def document_valid_until(
    conn: Connection, item_id: int, title: str, published_on: dt.date
) -> dt.date:
    """The last day in force of item ``item_id`` published on ``published_on``."""
    # here, not at the top: the everyday commands that import publication load no python-docx
    from workbench.documents.docdates import dates_in_text
    from workbench.services.catalogue import newest_texts

    found = dates_in_text(newest_texts(conn, [item_id]).get(item_id, ""))
    return valid_until(
        title,
        published_on,
        effective_on=found.effective_on,
        stated_until=found.valid_until,
        stated_months=found.validity_months,
    )

"""The office's terms as the UI shows them: one word for one thing, in both languages.

Every screen that names one of these things takes its word from here, so that the queue, the
item pane, the Today view, the export preview and the user guide agree. The Chinese is in
``resources/translations/workbench_words_zh_CN.ts`` (context ``Glossary``); the user guide's
"Words" section (``resources/guide``) explains them for the reader.

=========================  ======================  ==========================================
English                    中文                     meaning
=========================  ======================  ==========================================
Review deadline            审核期限                 counted in working days (个工作日)
Filing deadline            备案期限                 counted in calendar days (天)
Review / Filing (marks)    审 / 备                  which deadline a date in the 期限 column is
Opinions issued late       超期出具意见             opinions issued after the review deadline
Filed late                 超期报送备案             filing after the filing deadline
User guide                 用户指南                 the Help menu's guide
Counsel                    审核人                   the counsel assigned to an item
=========================  ======================  ==========================================

The role of counsel (审核人员) comes from ``workbench.domain.roles``; 法律顾问 is not used.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from workbench.ui.i18n_marks import QT_TRANSLATE_NOOP

CONTEXT = "Glossary"

REVIEW_DEADLINE = QT_TRANSLATE_NOOP("Glossary", "Review deadline")
FILING_DEADLINE = QT_TRANSLATE_NOOP("Glossary", "Filing deadline")
#: the short marks before a date in the queue's deadline column
REVIEW_MARK = QT_TRANSLATE_NOOP("Glossary", "Review")
FILING_MARK = QT_TRANSLATE_NOOP("Glossary", "Filing")
OPINIONS_LATE = QT_TRANSLATE_NOOP("Glossary", "Opinions issued late")
FILED_LATE = QT_TRANSLATE_NOOP("Glossary", "Filed late")
USER_GUIDE = QT_TRANSLATE_NOOP("Glossary", "User guide")
COUNSEL = QT_TRANSLATE_NOOP("Glossary", "Counsel")


def term(text: str) -> str:
    """The translated word for one of the constants above."""
    return QCoreApplication.translate(CONTEXT, text)


def working_days(n: int) -> str:
    """ "3 working days" / "3个工作日": review deadlines and review periods."""
    return QCoreApplication.translate(CONTEXT, "%n working day(s)", None, n)


def calendar_days(n: int) -> str:
    """ "3 days" / "3天": filing deadlines, validity, and how late something is."""
    return QCoreApplication.translate(CONTEXT, "%n day(s)", None, n)


def deadline_mark(filing: bool) -> str:
    """ "Review" / "审" or "Filing" / "备": which deadline a date is."""
    return term(FILING_MARK if filing else REVIEW_MARK)


def marked(filing: bool, text: str) -> str:
    """A deadline cell: "审 2025-06-20", "备 已逾期3天"."""
    return (
        QCoreApplication.translate(CONTEXT, "%1 %2")
        .replace("%1", deadline_mark(filing))
        .replace("%2", text)
    )


def working_days_left(n: int) -> str:
    """Before a review deadline: "13 working days left" / "剩余13个工作日"; 0 is "due today"."""
    if n <= 0:
        return QCoreApplication.translate("Labels", "due today")
    return QCoreApplication.translate(CONTEXT, "%n working day(s) left", None, n)


def deadline_sentence(filing: bool, due: dt.date, left: str = "") -> str:
    """ "Review deadline 2025-06-20 (13 working days left)" for a tooltip or the item pane."""
    name = term(FILING_DEADLINE if filing else REVIEW_DEADLINE)
    pattern = "%1 %2 (%3)" if left else "%1 %2"
    return (
        QCoreApplication.translate(CONTEXT, pattern)
        .replace("%1", name)
        .replace("%2", due.isoformat())
        .replace("%3", left)
    )

"""An administrator enters next year's holiday schedule from the State Council's notice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.e2e.conftest import RunResult, as_json

Cli = Callable[..., RunResult]

NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
经国务院批准，现将2027年元旦、春节放假调休日期的具体安排通知如下。
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月14日（周日）、2月20日（周六）上班。
国务院办公厅
2026年11月20日
"""


def test_import_notice_then_show(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    before = as_json(cli("calendar", "show", "2027", "--json", "--db", db))
    assert before["source"] == "fallback" and before["workdays"] == []
    assert "缺少该年的节假日安排" in cli("calendar", "show", "2027", "--db", db).stdout
    notice = tmp_path / "notice.txt"
    notice.write_text(NOTICE_2027, encoding="utf-8")
    preview = cli("calendar", "import", str(notice), "--db", db).stdout
    assert "春节" in preview and "未保存" in preview
    assert as_json(cli("calendar", "show", "2027", "--json", "--db", db))["source"] == "fallback"
    cli("calendar", "import", str(notice), "--yes", "--db", db)
    after = as_json(cli("calendar", "show", "2027", "--json", "--db", db))
    assert after["source"] == "office"
    assert after["workdays"] == ["2027-02-14", "2027-02-20"]
    assert "2027-02-08" in after["holidays"] and "2027-01-01" in after["holidays"]
    package_year = as_json(cli("calendar", "show", "2025", "--json", "--db", db))
    assert package_year["source"] == "package" and "2025-01-26" in package_year["workdays"]


def test_contradictory_notice_is_refused(cli: Cli, tmp_path: Path) -> None:
    db = str(tmp_path / "w.sqlite3")
    notice = tmp_path / "bad.txt"
    notice.write_text(NOTICE_2027.replace("共8天", "共7天"), encoding="utf-8")
    proc = cli("calendar", "import", str(notice), "--yes", "--db", db, check=False)
    assert proc.returncode == 1 and "共7天" in proc.stderr and "Traceback" not in proc.stderr
    assert as_json(cli("calendar", "show", "2027", "--json", "--db", db))["source"] == "fallback"
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\xff\xfe\x00\x81" * 10)
    proc = cli("calendar", "import", str(binary), "--db", db, check=False)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1


OLD_WORDING_2008 = """国务院办公厅关于2008年部分节假日安排的通知
七、国庆节：9月29日—10月5日放假，共7天。其中，10月1日、2日、3日为法定节假日，10月4日（星期六）、
10月5日（星期日）照常公休，9月27日（星期六）、9月28日（星期日）两个公休日调至9月29日（星期一）、
9月30日（星期二）。
四、劳动节：5月1日—3日放假，共3天。5月4日（星期日）公休日调整到5月2日（星期五）。
"""


def test_old_wording_is_read_and_what_is_not_understood_is_warned_of(
    cli: Cli, tmp_path: Path
) -> None:
    db = str(tmp_path / "w.sqlite3")
    notice = tmp_path / "notice.txt"
    notice.write_text(OLD_WORDING_2008, encoding="utf-8")
    preview = cli("calendar", "import", str(notice), "--db", db)
    assert "9月27日、9月28日" in preview.stdout  # the weekend days moved away are worked
    assert "警告" in preview.stderr and "5月4日（星期日）公休日调整到5月2日" in preview.stderr
    assert "未保存" in preview.stdout
    saved = cli("calendar", "import", str(notice), "--yes", "--db", db)
    assert "警告" in saved.stderr  # saved, but not in silence
    after = as_json(cli("calendar", "show", "2008", "--json", "--db", db))
    assert after["source"] == "office"
    assert after["workdays"] == ["2008-09-27", "2008-09-28"]

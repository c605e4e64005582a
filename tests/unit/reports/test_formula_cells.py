"""A ledger cell with a formula: its cached value when Excel saved one, else its formula text,
kept as text (never evaluated), and the import report names the cell."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from openpyxl import Workbook

from workbench.services.context import ServiceContext
from workbench.services.ledger_import import import_ledger
from workbench.services.queries import show_item

HEADERS = ("登记号", "类型", "标题", "送审日期", "备注")
LINK = '=HYPERLINK("http://oa.office.lan/doc/17","送审稿")'


def _ledger(path: Path) -> Path:
    """Written by a program (openpyxl): formulas are stored without a computed value."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "台账"
    ws.append(list(HEADERS))
    ws.append(["审2025-001", "合作协议", "合作协议一", "2025-06-02", LINK])
    ws.append(["审2025-002", "合作协议", "合作协议二", "2025-06-03", '="备注"&"二"'])
    ws.append(["审2025-003", "合作协议", "合作协议三", "2025-06-04", "普通备注"])
    wb.save(path)
    return path


def _with_cached_value(path: Path, cell: str, value: str) -> Path:
    """Add the computed value Excel would have saved beside the formula of ``cell``."""
    out = path.with_name("cached.xlsx")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                pattern = rf'(<c r="{cell}"[^>]*)>(<f>.*?</f>)(<v>\s*</v>|<v/>)?</c>'
                text, n = re.subn(pattern, rf'\1 t="str">\2<v>{value}</v></c>', text, flags=re.S)
                assert n == 1, text
                data = text.encode("utf-8")
            dst.writestr(info, data)
    return out


def test_a_formula_without_a_value_is_imported_as_its_text(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    result = import_ledger(ctx, _ledger(tmp_path / "台账.xlsx"))
    assert result.imported == 3
    assert show_item(ctx, "审2025-001").notes == LINK
    assert show_item(ctx, "审2025-002").notes == '="备注"&"二"'
    assert show_item(ctx, "审2025-003").notes == "普通备注"
    assert result.formula_cells == ((2, "备注"), (3, "备注"))
    report = "\n".join(result.summary())
    assert "第2行“备注”" in report and "第3行“备注”" in report


def test_a_formula_with_a_cached_value_keeps_the_value(ctx: ServiceContext, tmp_path: Path) -> None:
    path = _with_cached_value(_ledger(tmp_path / "台账.xlsx"), "E3", "备注二")
    result = import_ledger(ctx, path, dry_run=True)
    assert result.formula_cells == ((2, "备注"),)
    import_ledger(ctx, path)
    assert show_item(ctx, "审2025-002").notes == "备注二"
    assert show_item(ctx, "审2025-001").notes == LINK


def test_a_ledger_without_formulas_reads_once(ctx: ServiceContext, tmp_path: Path) -> None:
    from workbench.reports.xlsx_read import LedgerReader

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(list(HEADERS))
    ws.append(["", "合作协议", "协议", "2025-06-02", "备注"])
    wb.save(tmp_path / "plain.xlsx")
    with LedgerReader(tmp_path / "plain.xlsx") as reader:
        assert reader._formula_rows is None  # no second pass over a sheet without formulas
        assert next(cells for _, cells in reader.rows())[2] == "协议"

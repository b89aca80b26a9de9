"""Traditional characters through OpenCC: a report in traditional script reads as its simplified
original, positions kept; a simplified text is left as it is."""

from __future__ import annotations

import opencc

from orchestration.core import labels as L
from orchestration.parsing.formats import extract
from orchestration.parsing.parse import parse_text
from tests.conftest import SAMPLES_DIR, seed
from tests.unit.test_parser_edges import BALANCED, report_text


def traditional(text: str) -> str:
    return opencc.OpenCC("s2t.json").convert(text)


def test_a_traditional_report_reads_as_its_simplified_original():
    simplified = report_text(BALANCED).replace("测试市民政局", "淄博市临淄区卫生健康局")
    written = traditional(simplified)
    assert written != simplified and "臨淄區衛生健康局" in written and "政府信息公開" in written
    original, converted = parse_text(simplified, "s.txt"), parse_text(written, "t.txt")
    assert converted.agency == "淄博市临淄区卫生健康局" and converted.year == original.year
    assert converted.status == original.status == "parsed"
    cells = [(c.table, c.row, c.column, c.value, c.state, c.line) for c in converted.cells]
    assert cells == [(c.table, c.row, c.column, c.value, c.state, c.line) for c in original.cells]


def test_conversion_keeps_every_line_and_column():
    text = "本年度報告中所列數據統計期限\n第二十條第（一）項\t規章\t0\t0\t0\n三、本年度辦理結果\t（一）予以公開"
    simplified = L.to_simplified(text)
    assert simplified == "本年度报告中所列数据统计期限\n第二十条第（一）项\t规章\t0\t0\t0\n三、本年度办理结果\t（一）予以公开"
    assert [len(line) for line in simplified.split("\n")] == [len(line) for line in text.split("\n")]


def test_simplified_text_is_not_converted():
    reports = [seed(n) for n in ("000", "001", "002", "003", "004")] + sorted(SAMPLES_DIR.glob("*.txt"))
    for path in reports:
        text = extract(path.read_bytes()).text  # in its own encoding (one sample is GB18030)
        assert not L.has_traditional(text), path.name
        assert L.to_simplified(text) is text

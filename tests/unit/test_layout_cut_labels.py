"""`pdftotext -layout` text of a page laid wider than the paper, cut at its left edge: a label of table 3
keeps only its end. `继续办理`, the end of `四、结转下年度继续办理` that no other row's words hold, still
names its row. Written by hand, apart from the corpus generator."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_layout_columns import FIGURES, report
from tests.unit.test_reader_classes import applications_of


def test_the_end_of_the_carried_forward_label_alone_names_its_row():
    text = report()
    assert "四、结转下年度继续办理" in text
    # its start cut away, the figures where they stood
    read = applications_of(parse_text(text.replace("四、结转下年度继续办理", " " * 7 + "继续办理"), "layout.txt"))
    assert [(c.state, c.value) for c in read["carried_forward"]] == \
        [("value", 1), *[("blank", None)] * 5, ("value", 1)]
    assert [c.value for c in read["results_total"]] == FIGURES["results_total"]

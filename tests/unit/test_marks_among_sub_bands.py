"""Table 3 of full-width figures and blank marks (`/`) as plain `pdftotext` writes Chromium's PDF (column_blocks.py):
no row's sum tells a 0 from a mark, and poppler may set a band's middle columns as bands of fewer rows of their own
(sub-bands, where full-width figures may wrap): a cell that a sub-band reading places otherwise, every rule kept, is
never read as the blocks alone place it. Made-up reports (the blocks as fuzz_wrapped_blocks --marks draws them)."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_column_blocks import BANDS, WIDE, blocks_text
from tests.unit.test_reader_classes import REVIEWS, ROWS, TABLE2, TITLE, applications_of

# a table of zeros and marks (None): its bands' middle columns single cells row by row in some bands
MARKED = {key: [None] * 7 for key, _, _ in ROWS}
MARKED.update({
    "new_received": [0, None, 0, None, None, None, None],
    "carried_over": [0, None, None, None, None, None, None],
    "granted": [None, None, None, 0, 0, None, None],
    "partially_granted": [None, 0, None, 0, None, None, 0],
    "denied_prohibited_by_law": [0, 0, None, 0, 0, 0, None],
    "denied_internal_affairs": [None, None, 0, None, None, None, 0],
    "denied_process_information": [None, None, None, 0, 0, 0, None],
    "denied_enforcement_files": [None, 0, None, None, None, None, 0],
    "unavailable_not_held": [None, 0, None, None, None, 0, None],
    "unavailable_needs_creation": [None, 0, None, 0, None, None, None],
    "unavailable_unclear": [None, None, None, 0, None, None, None],
    "rejected_petition": [None, None, None, None, None, 0, None],
    "rejected_duplicate": [None, None, None, 0, None, None, None],
    "rejected_publication": [None, 0, None, 0, None, None, 0],
    "rejected_excessive": [None, None, 0, None, None, None, None],
    "rejected_confirmation": [None, None, 0, None, 0, None, 0],
    "other_misc": [None, 0, None, None, 0, 0, 0],
    "carried_forward": [None, None, None, None, 0, None, None],
})

# its figures after the next section's heading, poppler's blocks in order
BLOCKS = ["０\n０", "/\n/", "０\n/", "/\n/", "/\n/", "/\n/\n/\n/", "/", "/", "/", "０", "０", "/ /", "/\n/\n０", "０\n/\n０",
    "/\n/\n/", "０\n/\n０", "/\n/\n０", "/\n０\n/ /\n０ /", "/", "/", "/", "/", "/", "/ /", "/", "/", "/", "/", "/",
    "/\n/", "/\n/\n/\n/\n/", "/\n/\n０\n/\n０", "０\n/\n/\n/\n/", "/\n０\n/\n/\n/", "/\n０\n/\n/\n/",
    "/ ０\n０\n/\n/\n０\n/\n/\n０\n/", "/\n/", "０\n/", "/\n/", "０\n０", "/\n/", "/\n/\n/\n/", "/", "/", "/", "/", "/",
    "０ /", "/", "/", "/", "０", "/", "/ /", "/\n/", "０\n/", "/\n０", "０\n/", "/\n/", "/\n０\n/ /", "/\n/\n/", "/", "０",
    "/", "０", "/", "/", "/", "/", "/", "/", "/", "/", "/ ０\n/\n/\n/ /", "/\n/\n/", "０\n/\n/", "/\n/\n/", "/\n/\n/",
    "０\n/\n０", "０\n０\n/ /\n/ /"]


def marked_text() -> str:
    paragraphs = [TITLE.rstrip("\n"), TABLE2.rstrip("\n"), "\f三、收到和处理政府信息公开申请情况", "申请人情况",
                  "自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"]
    for _, label, heading in ROWS:
        paragraphs += [heading] if heading else []
        paragraphs.append(label)
    paragraphs += ["\f四、行政复议、行政诉讼情况", *BLOCKS, "行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉"]
    paragraphs += ["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3 + [str(v) for v in REVIEWS]
    paragraphs += ["五、存在的主要问题及改进情况", "一是公开形式单一。"]
    return "\n\n".join(paragraphs) + "\n"


def wrong_cells(read: dict, truth: dict) -> list:
    return [(key, column) for key, row in truth.items() for column, (cell, value) in enumerate(zip(read[key], row))
            if cell.state != "unknown" and (None if cell.value is None else int(cell.value)) != value]


def test_zeros_and_marks_a_sub_band_reads_swapped_are_never_read_as_the_blocks_alone_place_them():
    # the blocks read as bands of whole rows alone put a 0 in 5.要求行政机关确认…'s third column and a mark in
    # 2.申请人逾期未按收费…'s (the truth: the other way round), every rule kept both ways
    read = applications_of(parse_text(marked_text(), "plain.txt"))
    assert wrong_cells(read, MARKED) == []
    assert read["rejected_confirmation"][2].state == "unknown"
    assert read["other_no_fee_paid"][2].state == "unknown"


def test_a_table_of_ascii_figures_and_marks_is_still_read():
    # ASCII figures do not wrap, so poppler sets no sub-bands: the blocks read as bands of whole rows
    figures = {key: [None if value == 0 and column in (2, 4, 5) else value for column, value in enumerate(row)]
               for key, row in WIDE.items()}
    read = applications_of(parse_text(blocks_text(figures, BANDS), "plain.txt"))
    assert wrong_cells(read, figures) == []
    assert all(cell.state != "unknown" for key in figures for cell in read[key])

"""plain `pdftotext` of Chromium's PDF, table 3's first two columns beside the labels and its other columns as
poppler's blocks, where the total column of two bands stands after all the other blocks (column_blocks.py's
`totals_put_back`): a reading that rests on the put-back order is never "the one reading there is" where it
breaks a column rule (application_columns._column_blocks_as). Made-up figures (benchmarks/fuzz_column_blocks.py --apart,
seed 1, case 21: a square of outcomes whose column sums equal its row sums, rows 4-7).

Without that guard the one put-back reading, which breaks APP_OUTCOME_SUM, was read: （六）3.其他 took
（七）总计's figures (0 0 3 3 3 3 12 for zeros) and （七）总计 zeros, 6 cells wrong, all recovered."""

from __future__ import annotations

from orchestration.parsing.parse import parse_text
from tests.unit.test_reader_classes import ROWS, TABLE2, TITLE, applications_of

TRUTH = {key: [0] * 7 for key, _, _ in ROWS}
TRUTH.update({
    "new_received": [0, 0, 3, 3, 3, 3, 12],
    "denied_state_secret": [0, 0, 1, 2, 0, 0, 3],
    "denied_prohibited_by_law": [0, 0, 0, 1, 2, 0, 3],
    "denied_security_stability": [0, 0, 0, 0, 1, 2, 3],
    "denied_third_party_rights": [0, 0, 2, 0, 0, 1, 3],
    "results_total": [0, 0, 3, 3, 3, 3, 12],
})
# each block a paragraph (its lines joined by `/` here), the last two bands' total columns
# (`0 3 0` and `0 12 0`) set after all the other blocks
BLOCKS = ['3 3/0 0/0 0/0 0', '3/0/0/0', '3/0/0/0', '12/0/0/0', '1 2/0 1/0 0/2 0/0 0', '0/2/1/0/0', '0/0/2/1/0',
          '3/3/3/3/0', '0 0/0 0/0 0/0 0', '0/0/0/0', '0/0/0/0', '0/0/0/0', '0 0/0 0/0 0/0 0/0 0', '0/0/0/0/0',
          '0/0/0/0/0', '0 0/0 0/0 0', '0/0/0', '0/0/0', '0/0/0', '0 0', '0', '0', '0', '0 0/3 3/0 0', '0/3/0',
          '0/3/0', '0/0/0/0/0', '0/12/0']
HEADER = "申请人情况\n\n自然人\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计"


def text() -> str:
    labels: list[str] = []
    for key, label, heading in ROWS:
        labels += [heading] if heading else []
        labels.append(label + "\n" + " ".join(map(str, TRUTH[key][:2])))  # the first two columns beside it
    reviews = ["行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉", *["结果维持 结果纠正 其他结果 尚未审结 总计"] * 3,
               *"100010001100000"]
    return "\n\n".join([TITLE + "\n" + TABLE2.rstrip("\n"), "三、收到和处理政府信息公开申请情况", HEADER, *labels,
                        "\f四、行政复议、行政诉讼情况", *(block.replace("/", "\n") for block in BLOCKS), *reviews,
                        "五、存在的主要问题及改进情况", "一是公开形式单一。"]) + "\n"


def test_a_put_back_reading_breaking_a_column_rule_is_not_read_as_the_one_reading():
    read = applications_of(parse_text(text(), "plain.txt"))
    wrong = [(key, column, cell.value) for key, cells in read.items() for column, cell in enumerate(cells)
             if cell.state != "unknown" and cell.value != TRUTH[key][column]]
    assert not wrong, wrong

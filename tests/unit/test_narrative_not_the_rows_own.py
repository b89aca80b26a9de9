"""A figure a sentence gives beside a row's name is read only when it is that row's own: one figure for
two rows joined by a conjunction, a change from last year, 受理 that counts last year's carried-over
applications, 同意公开 beside the already published (both in the 予以公开 row) and a negation that denies
an outcome rather than the proceedings read nothing; the figures around them still read."""

from __future__ import annotations

import pytest

from orchestration.parsing.parse import parse_text
from tests.unit.test_narrative import A, R, figures

NO_SUITS = {(R, p, "total"): 0 for p in ("administrative_review", "litigation_direct", "litigation_after_review")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # rows joined: the figure is their sum, neither row's
        ("全年办结申请30件，其中予以公开及部分公开20件，不予公开5件。", {(A, "results_total", "total"): 30}),
        ("办结申请41件，予以公开和部分公开共17件。", {(A, "results_total", "total"): 41}),
        ("依申请公开信息中，属于已公开或部分公开96件，占62.9%。", {}),
        ("收到申请12件，同意公开、部分公开8件。", {(A, "new_received", "total"): 12}),
        ("办结申请7件，部分公开或不公开4件。", {(A, "results_total", "total"): 7}),
        # applicants joined: their sum is no column's
        ("共收到申请9件，其中商业企业、科研机构3件，自然人6件。",
         {(A, "new_received", "total"): 9, (A, "new_received", "natural_person"): 6}),
        # …while figures listed one after another, or after 涉及, are each their own
        ("共收到申请9件，其中自然人6件、商业企业3件。",
         {(A, "new_received", "total"): 9, (A, "new_received", "natural_person"): 6,
          (A, "new_received", "commercial_enterprise"): 3}),
        ("全年收到政府信息公开申请44件，涉及自然人40件、法律服务机构4件。",
         {(A, "new_received", "total"): 44, (A, "new_received", "natural_person"): 40,
          (A, "new_received", "legal_service_org"): 4}),
        # a change from last year, or a share, is no count
        ("本年度收到政府信息公开申请较上年增加5件。", {}),
        ("本年收到申请20件，同比减少3件，办结19件。", {(A, "new_received", "total"): 20, (A, "results_total", "total"): 19}),
        ("办结申请16件，其中予以公开11件，占68.8%。", {(A, "results_total", "total"): 16, (A, "granted", "total"): 11}),
        ("因政府信息公开引起的行政复议较上年减少2件。", {}),
        ("发生行政复议和信访案件3件。", {}),
        # 受理 with last year's carried over inside it is not the year's new applications, nor are its splits
        ("共受理政府信息公开申请30件（含上年结转4件），办结28件。",
         {(A, "carried_over", "total"): 4, (A, "results_total", "total"): 28}),
        ("共受理（含上年度结转）政府信息公开申请52件，其中自然人50件。", {}),
        # 同意公开 beside the already published: a part of the 予以公开 row
        ("答复申请12件，其中属于已主动公开范围3件，同意公开7件，同意部分公开2件。",
         {(A, "partially_granted", "total"): 2}),
        ("办结申请10件，其中同意公开7件。", {(A, "results_total", "total"): 10, (A, "granted", "total"): 7}),
        # a negation of an outcome says nothing of how many proceedings there were
        ("该行政复议案件未被上级机关撤销。", {}),
        ("全年未发生因依申请公开被行政复议纠错或行政诉讼败诉的情形。", {}),
        ("全年未发生政府信息公开行政复议、行政诉讼案件，未出现被纠错情况。", NO_SUITS),
        # a figure of applications beside the negation leaves it whole; one of a proceeding does not
        ("2025年，共收到政府信息公开申请3件,无信息公开举报、复议和诉讼等情形。", {(A, "new_received", "total"): 3, **NO_SUITS}),
        ("因政府信息公开被申请行政复议2件，未发生行政诉讼。", {(R, "administrative_review", "total"): 2}),
    ],
)
def test_only_the_rows_own_figure_is_read(sentence, expected):
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # 120 = 110 concluded + 10 carried forward with 6 carried over: 受理 is new and carried over together
        ("全年共受理申请120件，其中自然人申请100件；上年结转申请6件，办结110件，结转下年度10件。",
         {(A, "carried_over", "total"): 6, (A, "results_total", "total"): 110, (A, "carried_forward", "total"): 10}),
        # 114 + 6 carried over = 110 + 10: 受理 is the year's new applications
        ("全年共受理申请114件，上年结转申请6件，办结110件，结转下年度10件。",
         {(A, "new_received", "total"): 114, (A, "carried_over", "total"): 6, (A, "results_total", "total"): 110,
          (A, "carried_forward", "total"): 10}),
        # 27 + 1 carried over is not 23 + 3, nor is 27: the sums prove neither reading
        ("全年共受理申请27件，上年结转申请1件，办结23件，结转下年度3件。",
         {(A, "carried_over", "total"): 1, (A, "results_total", "total"): 23, (A, "carried_forward", "total"): 3}),
        # no carried-over figure: 50 = 45 + 5 holds as well for new applications with none carried over
        ("共受理申请50件，办结45件，结转下年度5件。",
         {(A, "new_received", "total"): 50, (A, "results_total", "total"): 45, (A, "carried_forward", "total"): 5}),
    ],
)
def test_received_is_the_new_applications_unless_the_sums_say_otherwise(paragraph, expected):
    assert figures(paragraph) == expected


def test_a_narrative_only_report_keeps_no_figure_of_joined_rows():
    lines = [
        "某市某区人民政府2022年政府信息公开工作年度报告",
        "一、总体情况",
        "2022年，共收到政府信息公开申请23件，办结23件，其中予以公开及部分公开19件，不予公开4件。",
        "全年未发生因依申请公开被行政复议纠错的情形。",
    ]
    record = parse_text("\n".join(lines), "t.txt").to_dict()
    assert record["status"] == "narrative"
    assert record["applications"] == {"new_received": {"total": 23}, "results_total": {"total": 23}}
    assert record.get("reviews", {}) == {}

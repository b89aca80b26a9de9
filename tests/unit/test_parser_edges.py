"""Bad input is quarantined with a reason naming the file; odd input is read without guessing."""

from __future__ import annotations

from orchestration.core.rules import evaluate
from orchestration.parsing.parse import parse_bytes, parse_text

APPLICANT_HEADER = "\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计"
ROWS = [
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果\t（一）予以公开",
    "\t（二）部分公开", "\t（三）不予公开\t1.属于国家秘密", "\t\t2.其他法律行政法规禁止公开",
    "\t\t3.危及“三安全一稳定”", "\t\t4.保护第三方合法权益", "\t\t5.属于三类内部事务信息",
    "\t\t6.属于四类过程性信息", "\t\t7.属于行政执法案卷", "\t\t8.属于行政查询事项",
    "\t（四）无法提供\t1.本机关不掌握相关政府信息", "\t\t2.没有现成信息需要另行制作",
    "\t\t3.补正后申请内容仍不明确", "\t（五）不予处理\t1.信访举报投诉类申请", "\t\t2.重复申请",
    "\t\t3.要求提供公开出版物", "\t\t4.无正当理由大量反复申请", "\t\t5.要求行政机关确认或重新出具已获取信息",
    "\t（六）其他处理", "\t（七）总计", "四、结转下年度继续办理",
]
KEYS = [
    "new_received", "carried_over", "granted", "partially_granted", "denied_state_secret",
    "denied_prohibited_by_law", "denied_security_stability", "denied_third_party_rights",
    "denied_internal_affairs", "denied_process_information", "denied_enforcement_files",
    "denied_administrative_query", "unavailable_not_held", "unavailable_needs_creation",
    "unavailable_unclear", "rejected_petition", "rejected_duplicate", "rejected_publication",
    "rejected_excessive", "rejected_confirmation", "other", "results_total", "carried_forward",
]


def report_text(values: dict[str, list[str]], reviews: str = "\t".join(["0"] * 15), year: int = 2020,
                extra_disclosure: str = "") -> str:
    """A 2019-template report in the tab layout; rows not in `values` are all blank."""
    table3 = [f"{label}\t" + "\t".join(values.get(key, [""] * 7)) for label, key in zip(ROWS, KEYS)]
    return "\n".join([
        "测试市民政局", f"{year}年政府信息公开工作年度报告", "一、总体情况", "正文。",
        "二、主动公开政府信息情况",
        "第二十条第（一）项", "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量", "规章\t0\t0\t0", "规范性文件\t1\t1\t1",
        "第二十条第（五）项", "信息内容\t上一年项目数量\t本年项目数量\t本年增/减\t处理决定数量", "行政许可\t5\t7\t+2\t3",
        "其他对外管理服务事项\t0\t0\t0\t0",
        "第二十条第（六）项", "信息内容\t上一年项目数量\t本年增/减\t处理决定数量", "行政处罚\t1\t0\t0", "行政强制\t0\t0\t0",
        "第二十条第（八）项", "信息内容\t上一年项目数量\t本年增/减", "行政事业性收费\t0\t0",
        "第二十条第（九）项", "信息内容\t采购项目数量\t采购总金额", extra_disclosure or "政府集中采购\t1\t12万元",
        "三、收到和处理政府信息公开申请情况", APPLICANT_HEADER, *table3,
        "四、政府信息公开行政复议、行政诉讼情况",
        "行政复议\t\t\t\t\t行政诉讼", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", reviews,
        "五、存在的主要问题及改进情况", "无。",
    ])


BALANCED = {
    "new_received": ["3", "1", "", "", "", "", "4"],
    "granted": ["2", "1", "", "", "", "", "3"],
    "unavailable_not_held": ["1", "", "", "", "", "", "1"],
    "results_total": ["3", "1", "", "", "", "", "4"],
}


def statuses(text: str) -> dict[tuple[str, str], str]:
    return {(r.rule_id, r.scope): r.status for r in evaluate(parse_text(text, "t.txt"))}


def test_a_balanced_report_passes_every_rule():
    result = statuses(report_text(BALANCED))
    failed = {k for k, v in result.items() if v != "passed"}
    assert failed == set()


def test_each_balance_rule_fails_on_a_report_that_breaks_it():
    unbalanced = dict(BALANCED, carried_forward=["1", "", "", "", "", "", "1"])
    result = statuses(report_text(unbalanced))
    assert result[("APP_BALANCE", "natural_person")] == "failed"
    assert result[("APP_BALANCE", "total")] == "failed"
    assert result[("APP_BALANCE", "commercial_enterprise")] == "passed"

    wrong_sum = dict(BALANCED, results_total=["3", "1", "", "", "", "", "5"], new_received=["3", "1", "", "", "", "", "5"])
    result = statuses(report_text(wrong_sum))
    assert result[("APP_OUTCOME_SUM", "total")] == "failed"
    assert result[("APP_APPLICANT_SUM", "results_total")] == "failed"
    assert result[("APP_BALANCE", "total")] == "passed"

    result = statuses(report_text(BALANCED, reviews="1\t0\t0\t0\t2\t" + "\t".join(["0"] * 10)))
    assert result[("REVIEW_SUM", "administrative_review")] == "failed"
    assert result[("REVIEW_SUM", "litigation_direct")] == "passed"


def test_disclosure_change_and_procurement_amount():
    text = report_text(BALANCED).replace("行政许可\t5\t7\t+2\t3", "行政许可\t5\t7\t+3\t3")
    assert statuses(text)[("DISCLOSURE_CHANGE", "administrative_licensing")] == "failed"
    text = report_text(BALANCED, extra_disclosure="政府集中采购\t0\t12万元")
    assert statuses(text)[("PROCUREMENT_AMOUNT", "centralized_procurement")] == "failed"


def test_non_negative_count_is_unknown_in_the_table_and_a_finding_about_the_report():
    text = report_text(dict(BALANCED, carried_over=["-1", "", "", "", "", "", ""]))
    report = parse_text(text, "t.txt")
    assert report.to_dict()["applications"]["carried_over"]["natural_person"] is None
    result = {(r.rule_id, r.scope): r for r in evaluate(report)}
    assert result[("NON_NEGATIVE", "report")].status == "failed"
    assert result[("APP_BALANCE", "natural_person")].status == "not_evaluable"


def test_template_matches_year():
    assert statuses(report_text(BALANCED, year=2022))[("TEMPLATE_MATCHES_YEAR", "report")] == "failed"


def test_a_short_row_never_shifts_values():
    text = report_text(dict(BALANCED, granted=["2", "1"]))
    record = parse_text(text, "t.txt").to_dict()
    assert record["applications"]["granted"]["natural_person"] == 2
    assert record["applications"]["granted"]["commercial_enterprise"] == 1
    assert record["applications"]["granted"]["total"] is None
    assert ["granted", "total"] in record["unknown_cells"]


def test_a_tab_row_short_of_its_total_keeps_its_wide_figures_whole():
    # a PDF's ruled grid cut at the page's edge (LibreOffice's PDF of a wide page): every row lost its 总计 cell,
    # the header still names it; `94` is one cell's figure, never 9 and 4 with the row's last 0 read as the total
    zeros = ["0"] * 5
    rows = {"new_received": ["1,160", *zeros], "granted": ["1,066", *zeros], "partially_granted": ["94", *zeros],
            "results_total": ["1,160", *zeros]}
    reviews = "9\t1\t1\t1\t12\t\t\t\t\t\t1\t\t\t"  # 14 cells: the last total cut too
    record = parse_text(report_text(rows, reviews=reviews), "t.pdf", cells_known=True).to_dict()
    assert record["applications"]["partially_granted"] == {
        "natural_person": 94, "commercial_enterprise": 0, "research_institution": 0, "social_welfare_org": 0,
        "legal_service_org": 0, "other_org": 0, "total": None}
    assert ["partially_granted", "total"] in record["unknown_cells"]
    assert record["reviews"]["administrative_review"] == {"upheld": 9, "corrected": 1, "other": 1, "pending": 1,
                                                           "total": 12}
    assert record["reviews"]["litigation_direct"]["upheld"] is None
    assert ["litigation_direct", "upheld"] not in record["unknown_cells"]
    # cells holding several figures apart (`2 0`) are still split where the rules leave one way
    record = parse_text(report_text(dict(rows, partially_granted=["94 0", "0", "0", "0", "0", "94"])), "t.pdf",
                        cells_known=True).to_dict()
    assert record["applications"]["partially_granted"]["natural_person"] == 94
    assert record["applications"]["partially_granted"]["total"] == 94
    # plain text typed with tabs may lose one (`1⇥1` as `11`): there a run of digits is still split by the rules
    typed = "\t".join(["0"] * 13 + ["11"])
    record = parse_text(report_text(BALANCED, reviews=typed), "t.txt").to_dict()
    assert record["reviews"]["litigation_after_review"] == {"upheld": 0, "corrected": 0, "other": 0, "pending": 1,
                                                             "total": 1}


def test_gb18030_is_read():
    data = report_text(BALANCED).encode("gb18030")
    report = parse_bytes(data, "gbk.txt")
    assert report.encoding == "gb18030" and report.agency == "测试市民政局" and report.status == "parsed"


def test_junk_is_quarantined_with_a_reason_naming_the_file():
    for data, code in ((b"", "empty"), (b"\x00\x01\x02binary", "unreadable"),
                       ("关于召开全市民政工作会议的通知\n各单位：定于2020年3月1日召开会议。".encode(), "not_a_report"),
                       ("一些文字\n没有年份".encode(), "not_a_report"),
                       (report_text(BALANCED).replace("2020年政府信息公开工作年度报告", "政府信息公开工作年度报告").encode(),
                        "year_not_found")):
        report = parse_bytes(data, "landing/bad.txt")
        assert report.status == "quarantined", data
        assert report.warnings[-1].code == code
        assert "landing/bad.txt" in report.warnings[-1].message
        assert evaluate(report) == []

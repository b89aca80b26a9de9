"""Report files that break one statutory rule each, and reports that keep every rule.

Each report is written as text in the 2019 template's tab layout (as published reports are
converted to text; see samples/reports), from plain figures, then changed in one place. The
integration tests land them all in one folder, materialize the graph once, and assert per rule.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

APPLICANTS = ("natural_person", "commercial_enterprise", "research_institution", "social_welfare_org",
              "legal_service_org", "other_org", "total")
ROW_LABELS = {
    "new_received": "一、本年新收政府信息公开申请数量",
    "carried_over": "二、上年结转政府信息公开申请数量",
    "granted": "（一）予以公开",
    "partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
    "denied_state_secret": "（三）不予公开 1.属于国家秘密",
    "denied_prohibited_by_law": "2.其他法律行政法规禁止公开",
    "denied_security_stability": "3.危及“三安全一稳定”",
    "denied_third_party_rights": "4.保护第三方合法权益",
    "denied_internal_affairs": "5.属于三类内部事务信息",
    "denied_process_information": "6.属于四类过程性信息",
    "denied_enforcement_files": "7.属于行政执法案卷",
    "denied_administrative_query": "8.属于行政查询事项",
    "unavailable_not_held": "（四）无法提供 1.本机关不掌握相关政府信息",
    "unavailable_needs_creation": "2.没有现成信息需要另行制作",
    "unavailable_unclear": "3.补正后申请内容仍不明确",
    "rejected_petition": "（五）不予处理 1.信访举报投诉类申请",
    "rejected_duplicate": "2.重复申请",
    "rejected_publication": "3.要求提供公开出版物",
    "rejected_excessive": "4.无正当理由大量反复申请",
    "rejected_confirmation": "5.要求行政机关确认或重新出具已获取信息",
    "other": "（六）其他处理",
    "results_total": "（七）总计",
    "carried_forward": "四、结转下年度继续办理",
}
OUTCOMES = [r for r in ROW_LABELS if r not in ("new_received", "carried_over", "results_total", "carried_forward")]


def _balanced_applications(received: int, carried_over: int, forward: int) -> dict[str, dict[str, int]]:
    """Natural persons only: received + carried_over = results + forward, results split over three outcomes."""
    results = received + carried_over - forward
    natural = {row: 0 for row in ROW_LABELS}
    natural.update(new_received=received, carried_over=carried_over, carried_forward=forward, results_total=results)
    natural["granted"] = results - 2
    natural["denied_third_party_rights"] = 1
    natural["unavailable_not_held"] = 1
    return {row: {**{a: 0 for a in APPLICANTS}, "natural_person": v, "total": v} for row, v in natural.items()}


@dataclass
class Report:
    """Figures of one 2019-template report; every figure obeys every rule until changed."""

    agency: str  # as written in the title
    year: int
    received: int = 9
    carried_over: int = 1
    forward: int = 2
    applications: dict[str, dict[str, int]] = field(default_factory=dict)
    # table 4, proceeding -> (upheld, corrected, other, pending, total)
    reviews: dict[str, list[int]] = field(default_factory=lambda: {
        "administrative_review": [1, 0, 0, 1, 2], "litigation_direct": [0, 0, 0, 0, 0],
        "litigation_after_review": [0, 0, 0, 0, 0]})
    # 20(5) licensing: previous, current, change, decisions
    licensing: list[str] = field(default_factory=lambda: ["4", "5", "1", "33"])
    procurement: list[str] = field(default_factory=lambda: ["8", "29.331 万元"])
    narrative_received: int | None = None  # the 共收到申请N件 sentence; default: the table's figure
    with_reviews: bool = True
    short_cell: tuple[str, str] | None = None  # (row, applicant) lost from its row: unknown
    written: dict[tuple[str, str], str] = field(default_factory=dict)  # a cell written as this text

    def __post_init__(self) -> None:
        if not self.applications:
            self.applications = _balanced_applications(self.received, self.carried_over, self.forward)

    def changed(self, **changes) -> Report:
        other = copy.deepcopy(self)
        for key, value in changes.items():
            setattr(other, key, value)
        return other

    def add(self, row: str, applicant: str, delta: int) -> Report:
        other = copy.deepcopy(self)
        other.applications[row][applicant] += delta
        return other

    # ------------------------------------------------------------------ text

    def _cell(self, row: str, applicant: str) -> str:
        return self.written.get((row, applicant), str(self.applications[row][applicant]))

    def _application_lines(self) -> list[str]:
        lines = [
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t申请人情况\t\t\t\t\t\t总计",
            "\t\t自然人\t法人或其他组织\t\t\t\t\t",
            "\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
        ]
        for row, label in ROW_LABELS.items():
            cells = [self._cell(row, a) for a in APPLICANTS if (row, a) != self.short_cell]
            if row == "granted":
                label = "三、本年度办理结果\t" + label
            # the empty cell under the row-group column; a row that lost a cell lost it too, so
            # the parser sees one value fewer than the template has columns
            lines.append("\t".join([label, *([""] if len(cells) == len(APPLICANTS) else []), *cells]))
        return lines

    def text(self) -> str:
        stated = self.narrative_received if self.narrative_received is not None else self.applications["new_received"]["total"]
        previous, current, change, decisions = self.licensing
        projects, amount = self.procurement
        review_cells = "\t".join(str(v) for p in ("administrative_review", "litigation_direct",
                                                  "litigation_after_review") for v in self.reviews[p])
        parts = [
            self.agency,
            f"{self.year}年政府信息公开工作年度报告",
            "",
            "一、总体情况",
            f"{self.year}年，本机关认真贯彻落实《条例》，共收到政府信息公开申请{stated}件，均按时答复。",
            "二、主动公开政府信息情况",
            "第二十条第（一）项\t\t\t\t",
            "信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\t",
            "规章\t0\t0\t0\t",
            "规范性文件\t3\t3\t18\t",
            "第二十条第（五）项\t\t\t\t",
            "信息内容\t上一年项目数量\t本年项目数量\t本年增/减\t本年处理决定数量",
            f"行政许可\t{previous}\t{current}\t{change}\t{decisions}",
            "其他对外管理服务事项\t87\t86\t-1\t152",
            "第二十条第（六）项\t\t\t\t",
            "信息内容\t上一年项目数量\t本年项目数量\t本年增/减\t处理决定数量",
            "行政处罚\t51\t51\t0\t2",
            "行政强制\t3\t3\t0\t0",
            "第二十条第（八）项\t\t\t\t",
            "信息内容\t上一年项目数量\t本年增/减\t\t",
            "行政事业性收费\t1\t0\t\t",
            "第二十条第（九）项\t\t\t\t",
            "信息内容\t采购项目数量\t采购总金额\t\t",
            f"政府集中采购\t{projects}\t{amount}\t\t",
            "",
            "三、收到和处理政府信息公开申请情况",
            "",
            *self._application_lines(),
            "",
        ]
        if self.with_reviews:
            parts += [
                "四、政府信息公开行政复议、行政诉讼情况",
                "",
                "行政复议\t\t\t\t\t行政诉讼" + "\t" * 9,
                "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
                "\t" * 5 + "\t".join(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2),
                review_cells,
                "",
            ]
        parts += [
            "五、存在的主要问题及改进情况",
            "信息公开的及时性还需提高，下一步将加强培训。",
            "六、其他需要报告的事项",
            "无。",
        ]
        return "\n".join(parts) + "\n"


# ------------------------------------------------------------------ the landing folder

# Each case: (file stem, report, rule it breaks or None). One agency per case, so that only the
# carry-over pairs meet across years.
def _cases() -> list[tuple[str, Report, str | None]]:
    def base(agency: str, year: int = 2020, **kw) -> Report:
        return Report(agency, year, **kw)

    review_broken = base("德州市民政局").changed(reviews={
        "administrative_review": [1, 0, 0, 1, 3], "litigation_direct": [0, 0, 0, 0, 0],
        "litigation_after_review": [0, 0, 0, 0, 0]})
    # one application moved from granted to partially granted in the natural-person column only:
    # both rows' totals no longer add up, while every column still does
    applicant_sum = base("日照市民政局").add("granted", "natural_person", -1).add("partially_granted", "natural_person", 1)
    return [
        # every rule kept; the 2019 report of the same bureau is written with its province prefix
        # and the 2020 one with a doubled character: CARRY_CONTINUITY is evaluated across them and passes
        ("clean_2019", base("山东省泰安市民政局", 2019, forward=3), None),
        ("clean_2020", base("泰泰安市民政局", 2020, carried_over=3), None),
        # carry-over broken across two years, the name written with and without the province
        ("carry_2019", base("山东省威海市民政局", 2019, forward=4), "CARRY_CONTINUITY"),
        ("carry_2020", base("威海市民政局", 2020, carried_over=1), "CARRY_CONTINUITY"),
        ("app_balance", base("烟台市民政局").add("carried_forward", "natural_person", 1)
         .add("carried_forward", "total", 1), "APP_BALANCE"),
        ("app_outcome_sum", base("潍坊市民政局").add("granted", "natural_person", 1).add("granted", "total", 1),
         "APP_OUTCOME_SUM"),
        ("app_applicant_sum", applicant_sum, "APP_APPLICANT_SUM"),
        ("review_sum", review_broken, "REVIEW_SUM"),
        ("disclosure_change", base("滨州市民政局", licensing=["4", "5", "3", "33"]), "DISCLOSURE_CHANGE"),
        ("non_negative", base("东营市民政局", written={("denied_state_secret", "commercial_enterprise"): "-1"}),
         "NON_NEGATIVE"),
        ("procurement_amount", base("菏泽市民政局", procurement=["0", "12.5 万元"]), "PROCUREMENT_AMOUNT"),
        ("template_matches_year", base("枣庄市民政局", 2021), "TEMPLATE_MATCHES_YEAR"),
        ("narrative_matches_table", base("临沂市民政局", narrative_received=12), "NARRATIVE_MATCHES_TABLE"),
        ("completeness", base("聊城市财政局", with_reviews=False), "COMPLETENESS"),
        # a row that lost a cell: the rules that need it are not evaluable, never passed or failed
        ("short_row", base("济宁市民政局", short_cell=("granted", "total")), None),
    ]


CASES = _cases()
BREAKS = {stem: rule for stem, _, rule in CASES if rule}
RULES = ("APP_BALANCE", "APP_OUTCOME_SUM", "APP_APPLICANT_SUM", "REVIEW_SUM", "DISCLOSURE_CHANGE", "NON_NEGATIVE",
         "PROCUREMENT_AMOUNT", "TEMPLATE_MATCHES_YEAR", "CARRY_CONTINUITY", "NARRATIVE_MATCHES_TABLE", "COMPLETENESS")


def write_landing(folder: Path) -> dict[str, Path]:
    """Write every case as `<stem>.txt`; returns stem -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for stem, report, _ in CASES:
        path = folder / f"{stem}.txt"
        path.write_text(report.text(), encoding="utf-8")
        paths[stem] = path
    return paths

"""The project's sample reports: invented figures for real agencies, in the shapes real reports take.

`generate_samples()` builds about a dozen annual reports on government information disclosure
(政府信息公开工作年度报告) on the 2019 national template (国办公开办函〔2019〕60号), each with the
answer a careful reader would give (`truth`, in the parser-output shape of SPEC.md):

* the three table layouts of the seeds: tab-separated rows with gaps left by merged labels
  (`tabs`, seed 000), one cell per line behind a tab with a blank line between rows (`cells`, seeds
  001 and 004), and pipe rows padded to the table width (`pipes`, seed 003, every value present);
* a metadata header (seed 003), the agency on its own line above the title (000, 004) or in it (001);
* amounts as `434.936 万元`, `5370000.00元`, `52.18万元` and one bare number; full-width and
  non-breaking spaces padding cells; one file in GB18030;
* the same agency in 2019 and 2020 (carry-over continuous for most, deliberately broken for one);
* one report that breaks APP_BALANCE silently, one with blank cells (empty, `/`, `—`) for zeros,
  one with no tables (figures only in sentences), and one file that is not a report at all.

Everything is deterministic (one seeded `random.Random` per report, no clock), stdlib only.

    python -m testkit.samples OUT_DIR [TRUTH_DIR]
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from orchestration.core.labels import (
    APPLICANT_KEYS,
    DISCLOSURE_ITEMS,
    PROCEEDING_KEYS,
    REVIEW_OUTCOME_KEYS,
    TEMPLATE_DISCLOSURE_COLUMNS,
    application_rows,
    outcome_rows,
)

# ---------------------------------------------------------------- the labels, as the template prints them

LABELS: dict = {
    "title": "政府信息公开工作年度报告",
    "headings": {
        "overview": "一、总体情况",
        "disclosures": "二、主动公开政府信息情况",
        "disclosures_short": "二、主动公开情况",
        "applications": "三、收到和处理政府信息公开申请情况",
        "reviews": "四、政府信息公开行政复议、行政诉讼情况",
        "reviews_long": "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
        "problems": "五、存在的主要问题及改进情况",
        "problems_short": "五、存在的问题及改进情况",
        "problems_long": "五、政府信息公开工作存在的主要问题及改进情况",
        "other": "六、其他需要报告的事项",
    },
    # table 2
    "articles": {
        "20(1)": "第二十条第（一）项",
        "20(5)": "第二十条第（五）项",
        "20(6)": "第二十条第（六）项",
        "20(8)": "第二十条第（八）项",
        "20(9)": "第二十条第（九）项",
    },
    "info_header": "信息内容",
    "items": {
        "regulations": "规章",
        "normative_documents": "规范性文件",
        "administrative_licensing": "行政许可",
        "other_management_services": "其他对外管理服务事项",
        "administrative_penalty": "行政处罚",
        "administrative_coercion": "行政强制",
        "administrative_fees": "行政事业性收费",
        "centralized_procurement": "政府集中采购",
    },
    # the note some agencies add to the label (seed 000)
    "other_management_services_noted": "其他对外管理服务事项（指除行政许可以外的行政权力事项）",
    "metrics": {
        "new_made": "本年新制作数量",
        "new_published": "本年新公开数量",
        "total_published": "对外公开总数量",
        "previous_year_count": "上一年项目数量",
        "current_year_count": "本年项目数量",
        "change": "本年增/减",
        "decisions": "处理决定数量",
        "project_count": "采购项目数量",
        "total_amount_wan_yuan": "采购总金额",
    },
    "decisions_this_year": "本年处理决定数量",
    # table 3
    "balance_note": "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
    "applicant_header": "申请人情况",
    "legal_person_group": "法人或其他组织",
    "applicants": {
        "natural_person": "自然人",
        "commercial_enterprise": "商业企业",
        "research_institution": "科研机构",
        "social_welfare_org": "社会公益组织",
        "legal_service_org": "法律服务机构",
        "other_org": "其他",
        "total": "总计",
    },
    "results_group": "三、本年度办理结果",
    "subgroups": {"denied": "（三）不予公开", "unavailable": "（四）无法提供", "rejected": "（五）不予处理"},
    "rows": {
        "new_received": "一、本年新收政府信息公开申请数量",
        "carried_over": "二、上年结转政府信息公开申请数量",
        "granted": "（一）予以公开",
        "partially_granted": "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        "denied_state_secret": "1.属于国家秘密",
        "denied_prohibited_by_law": "2.其他法律行政法规禁止公开",
        "denied_security_stability": "3.危及“三安全一稳定”",
        "denied_third_party_rights": "4.保护第三方合法权益",
        "denied_internal_affairs": "5.属于三类内部事务信息",
        "denied_process_information": "6.属于四类过程性信息",
        "denied_enforcement_files": "7.属于行政执法案卷",
        "denied_administrative_query": "8.属于行政查询事项",
        "unavailable_not_held": "1.本机关不掌握相关政府信息",
        "unavailable_needs_creation": "2.没有现成信息需要另行制作",
        "unavailable_unclear": "3.补正后申请内容仍不明确",
        "rejected_petition": "1.信访举报投诉类申请",
        "rejected_duplicate": "2.重复申请",
        "rejected_publication": "3.要求提供公开出版物",
        "rejected_excessive": "4.无正当理由大量反复申请",
        "rejected_confirmation": "5.要求行政机关确认或重新出具已获取信息",
        "other": "（六）其他处理",
        "results_total": "（七）总计",
        "carried_forward": "四、结转下年度继续办理",
    },
    # table 4
    "review": "行政复议",
    "litigation": "行政诉讼",
    "litigation_direct": "未经复议直接起诉",
    "litigation_after_review": "复议后起诉",
    "outcomes": {
        "upheld": "结果维持",
        "corrected": "结果纠正",
        "other": "其他结果",
        "pending": "尚未审结",
        "total": "总计",
    },
}

# ---------------------------------------------------------------- what each agency's prose talks about

DOMAINS: dict[str, dict[str, str]] = {
    "民政": {
        "focus": "社会救助、养老服务、社会组织管理和殡葬改革",
        "key_info": "城乡低保、特困人员供养、临时救助资金发放",
        "service": "养老机构备案、社会组织成立登记",
        "media": "“{city}民政”微信公众号",
        "topic": "社会救助和社会福利",
    },
    "人社": {
        "focus": "就业创业、社会保险、劳动关系和人才人事",
        "key_info": "就业补助资金、失业保险待遇、创业担保贷款",
        "service": "社保待遇核定、职业技能等级认定",
        "media": "“{city}人社”微信公众号",
        "topic": "就业创业和社会保障",
    },
    "市监": {
        "focus": "市场主体登记、食品安全、产品质量和市场监管执法",
        "key_info": "“双随机、一公开”抽查结果、食品安全监督抽检、行政处罚决定",
        "service": "企业登记注册、食品经营许可",
        "media": "“{city}市场监管”微信公众号",
        "topic": "市场监管执法",
    },
    "教体": {
        "focus": "招生入学、学生资助、教育收费和校园安全",
        "key_info": "义务教育招生划片、学生资助资金、中小学收费标准",
        "service": "教师资格认定、民办学校审批",
        "media": "“{city}教体”微信公众号",
        "topic": "教育和体育",
    },
    "卫健": {
        "focus": "疫情防控、医疗机构监管和公共卫生服务",
        "key_info": "疫情防控通告、医疗机构执业登记、基本公共卫生服务项目",
        "service": "医疗机构执业登记、医师执业注册",
        "media": "“{city}卫健”微信公众号",
        "topic": "医疗卫生",
    },
    "住建": {
        "focus": "保障性住房、房地产市场监管、建筑市场和城市建设",
        "key_info": "公租房分配、棚户区改造、建筑工程施工许可",
        "service": "建筑工程施工许可、商品房预售许可",
        "media": "“{city}住建”微信公众号",
        "topic": "住房保障和城乡建设",
    },
}

# Which outcome an application ends in, weighted as county-level reports show them.
OUTCOME_WEIGHTS: dict[str, float] = {
    "granted": 46,
    "partially_granted": 7,
    "denied_state_secret": 0.2,
    "denied_prohibited_by_law": 0.4,
    "denied_security_stability": 0.2,
    "denied_third_party_rights": 2,
    "denied_internal_affairs": 1,
    "denied_process_information": 2,
    "denied_enforcement_files": 1,
    "denied_administrative_query": 1.5,
    "unavailable_not_held": 22,
    "unavailable_needs_creation": 4,
    "unavailable_unclear": 3,
    "rejected_petition": 4,
    "rejected_duplicate": 3,
    "rejected_publication": 0.4,
    "rejected_excessive": 0.4,
    "rejected_confirmation": 1,
    "other": 2,
}

TEMPLATE = "2019"
ROWS = application_rows(TEMPLATE)
OUTCOMES = outcome_rows(TEMPLATE)
SIX = APPLICANT_KEYS[:-1]
ARTICLES = tuple(TEMPLATE_DISCLOSURE_COLUMNS[TEMPLATE])
REVIEW_PARTS = REVIEW_OUTCOME_KEYS[:-1]  # upheld, corrected, other, pending (total last)

# ---------------------------------------------------------------- the sample set


@dataclass(frozen=True)
class Spec:
    """One sample report: who, when, in which shape, with which deliberate defect."""

    file_name: str
    agency: str
    year: int
    domain: str
    city: str
    layout: str  # tabs | cells | pipes | narrative | notice
    title_style: str  # above_title | in_title | metadata_header
    seed: int
    encoding: str = "utf-8"
    amount_style: str = "wan_compact"  # wan_spaced | wan_compact | yuan | bare
    current_year_column: bool = False  # the extra 本年项目数量 column of seed 000
    cell_style: str = "seed001"  # padding of one-cell-per-line values: seed001 | seed004 | plain
    truncated_header: bool = False  # `本年新 | 本年新` of seed 003
    split_header: bool = False  # `本年新\n制作数量` of seed 004
    previous: str | None = None  # file name of the same agency's previous year
    carried_over: dict[str, int] | None = None  # overrides the previous year's carry-forward
    forward: int | None = None  # natural-person applications carried forward to next year
    broken_balance: int = 0  # results_total short by this much in natural_person (and total)
    blank_zeros: bool = False  # zeros printed blank (`/`, empty, `—`)
    applications: tuple[int, int] = (3, 12)  # natural-person intake range
    org_rate: float = 0.15  # chance of an organisation column having applications
    scale: int = 1  # table 2 magnitude


def _name(agency: str, year: int) -> str:
    return f"{agency}{year}年{LABELS['title']}.txt"


SPECS: tuple[Spec, ...] = (
    Spec(_name("淄博市民政局", 2019), "淄博市民政局", 2019, "民政", "淄博", "tabs", "above_title", 1901,
         amount_style="wan_spaced", current_year_column=True, applications=(6, 14), forward=2),
    Spec(_name("淄博市民政局", 2020), "淄博市民政局", 2020, "民政", "淄博", "tabs", "above_title", 2001,
         amount_style="wan_spaced", current_year_column=True, applications=(8, 18),
         previous=_name("淄博市民政局", 2019)),
    Spec(_name("淄博市张店区人力资源和社会保障局", 2019), "淄博市张店区人力资源和社会保障局", 2019, "人社", "张店",
         "cells", "in_title", 1902, amount_style="yuan", cell_style="seed001", applications=(12, 26), org_rate=0.3),
    Spec(_name("淄博市张店区人力资源和社会保障局", 2020), "淄博市张店区人力资源和社会保障局", 2020, "人社", "张店",
         "cells", "in_title", 2002, amount_style="yuan", cell_style="seed001", applications=(15, 30), org_rate=0.3,
         previous=_name("淄博市张店区人力资源和社会保障局", 2019),
         carried_over={"natural_person": 1}),  # 2019 carried forward 3: deliberately not continuous
    Spec(_name("济南市历下区市场监督管理局", 2019), "济南市历下区市场监督管理局", 2019, "市监", "历下",
         "pipes", "metadata_header", 1903, amount_style="bare", truncated_header=True, applications=(4, 10),
         org_rate=0.35, scale=8),
    Spec(_name("济南市历下区市场监督管理局", 2020), "济南市历下区市场监督管理局", 2020, "市监", "历下",
         "pipes", "metadata_header", 2003, amount_style="wan_compact", applications=(5, 12), org_rate=0.35, scale=8,
         previous=_name("济南市历下区市场监督管理局", 2019)),
    Spec(_name("青岛市黄岛区教育和体育局", 2019), "青岛市黄岛区教育和体育局", 2019, "教体", "黄岛", "tabs",
         "in_title", 1904, amount_style="wan_spaced", applications=(10, 22), scale=2),
    Spec(_name("青岛市黄岛区教育和体育局", 2020), "青岛市黄岛区教育和体育局", 2020, "教体", "黄岛", "cells",
         "above_title", 2004, encoding="gb18030", amount_style="yuan", cell_style="seed004", split_header=True,
         applications=(12, 25), scale=2, previous=_name("青岛市黄岛区教育和体育局", 2019)),
    Spec(_name("潍坊市寿光市卫生健康局", 2020), "潍坊市寿光市卫生健康局", 2020, "卫健", "寿光", "cells",
         "in_title", 2005, amount_style="wan_compact", cell_style="seed004", applications=(9, 16), broken_balance=2),
    Spec("临沂市兰山区住房和城乡建设局2019年度政府信息公开工作自查情况的报告.txt", "临沂市兰山区住房和城乡建设局", 2019,
         "住建", "兰山", "narrative", "in_title", 1906),
    Spec(_name("临沂市兰山区住房和城乡建设局", 2020), "临沂市兰山区住房和城乡建设局", 2020, "住建", "兰山", "tabs",
         "above_title", 2006, amount_style="wan_compact", blank_zeros=True, applications=(4, 9)),
    Spec("会议通知.txt", "", 2021, "住建", "兰山", "notice", "in_title", 2107),
)


@dataclass(frozen=True)
class Sample:
    file_name: str
    text: str
    truth: dict
    encoding: str  # 'utf-8' or 'gb18030'

    @property
    def data(self) -> bytes:
        return self.text.encode(self.encoding)

    @property
    def stem(self) -> str:
        return Path(self.file_name).stem

    @property
    def layout(self) -> str:
        return self.truth["layout"]


# ---------------------------------------------------------------- the figures


@dataclass
class Figures:
    """Every figure of one report, as whole numbers; `blank` cells are printed blank (truth null)."""

    disclosures: dict[tuple[str, str], int | Decimal]
    amount_written: str
    amount_unit_assumed: bool
    applications: dict[str, dict[str, int]]
    reviews: dict[str, dict[str, int]]
    published: int  # information published in the year (prose only)


def _items_of(article: str) -> list[str]:
    return [key for key, (art, _, templates) in DISCLOSURE_ITEMS.items() if art == article and TEMPLATE in templates]


def _columns_of(article: str, spec: Spec) -> list[str]:
    columns = list(TEMPLATE_DISCLOSURE_COLUMNS[TEMPLATE][article])
    if spec.current_year_column and article in ("20(5)", "20(6)"):
        columns.insert(1, "current_year_count")
    return columns


def _amount(rng: random.Random, spec: Spec, projects: int) -> tuple[Decimal, str, bool]:
    """(value in 万元, as written, unit assumed)."""
    if projects == 0:
        return Decimal(0), "0", spec.amount_style == "bare"
    yuan = rng.randint(3, 30) * projects * 10_000 + rng.randint(0, 9999) * 10
    if spec.amount_style == "yuan":
        yuan = yuan // 100 * 100
        return Decimal(yuan) / 10000, f"{yuan}.00元", False
    wan = (Decimal(yuan) / 10000).normalize()
    text = format(wan, "f")
    if spec.amount_style == "wan_spaced":
        return wan, f"{text} 万元", False
    if spec.amount_style == "bare":
        wan = wan.quantize(Decimal("0.01")).normalize()
        return wan, format(wan, "f"), True
    wan = wan.quantize(Decimal("0.01")).normalize()
    return wan, f"{format(wan, 'f')}万元", False


def _disclosures(rng: random.Random, spec: Spec, previous: Figures | None) -> tuple[dict, str, bool]:
    s = spec.scale
    values: dict[tuple[str, str], int | Decimal] = {}

    def prev_count(item: str, low: int, high: int) -> int:
        if previous is None:
            return rng.randint(low, high)
        before = previous.disclosures
        return before[(item, "previous_year_count")] + before[(item, "change")]

    # 20(1): regulations are made by cities, not by their departments
    values[("regulations", "new_made")] = 0
    values[("regulations", "new_published")] = 0
    values[("regulations", "total_published")] = 0
    made = rng.choice([0, 1, 1, 2, 3])
    values[("normative_documents", "new_made")] = made
    values[("normative_documents", "new_published")] = made
    base = previous.disclosures[("normative_documents", "total_published")] if previous else rng.randint(4, 16)
    values[("normative_documents", "total_published")] = base + made
    # 20(5), 20(6): items on the power list, their change, and decisions taken
    ranges = {
        "administrative_licensing": ((3, 12), (10 * s, 60 * s)),
        "other_management_services": ((15, 90), (20 * s, 300 * s)),
        "administrative_penalty": ((20 * s, 60 * s), (0, 6 * s)),
        "administrative_coercion": ((2, 8), (0, 2)),
    }
    for item, ((low, high), (dlow, dhigh)) in ranges.items():
        before = prev_count(item, low, high)
        change = rng.choice([0, 0, 0, 1, -1, 2, -2, rng.randint(-before // 3, 4)])
        change = max(change, -before)
        values[(item, "previous_year_count")] = before
        if spec.current_year_column:
            values[(item, "current_year_count")] = before + change
        values[(item, "change")] = change
        values[(item, "decisions")] = rng.randint(dlow, dhigh) if rng.random() < 0.85 else 0
    # 20(8): fees were mostly abolished
    values[("administrative_fees", "previous_year_count")] = prev_count("administrative_fees", 0, 1)
    values[("administrative_fees", "change")] = 0
    # 20(9)
    projects = rng.randint(2, 14) + (rng.randint(0, 12) if s > 1 else 0)
    amount, written, assumed = _amount(rng, spec, projects)
    values[("centralized_procurement", "project_count")] = projects
    values[("centralized_procurement", "total_amount_wan_yuan")] = amount
    return values, written, assumed


def _applications(rng: random.Random, spec: Spec, previous: Figures | None) -> dict[str, dict[str, int]]:
    table = {row: {c: 0 for c in APPLICANT_KEYS} for row in ROWS}
    for column in SIX:
        if column == "natural_person":
            new = rng.randint(*spec.applications)
        elif column == "research_institution":
            new = 0
        else:
            new = rng.choice([1, 1, 2, 3]) if rng.random() < spec.org_rate else 0
        if spec.carried_over is not None:
            over = spec.carried_over.get(column, 0)
        elif previous is not None:
            over = previous.applications["carried_forward"][column]
        else:
            over = rng.choice([0, 0, 1, 2]) if column == "natural_person" else 0
        intake = new + over
        forward = min(intake, rng.choice([0, 0, 1, 2, 3])) if column == "natural_person" else 0
        if column == "natural_person" and spec.forward is not None:
            forward = min(intake, spec.forward)
        if column == "commercial_enterprise" and intake and rng.random() < 0.3:
            forward = 1
        table["new_received"][column] = new
        table["carried_over"][column] = over
        table["carried_forward"][column] = forward
        for _ in range(intake - forward):
            outcome = rng.choices(list(OUTCOME_WEIGHTS), weights=list(OUTCOME_WEIGHTS.values()))[0]
            table[outcome][column] += 1
    if spec.broken_balance:  # a few granted applications never reach the totals: APP_BALANCE fails
        granted, received = table["granted"], table["new_received"]
        short = max(0, spec.broken_balance - granted["natural_person"])
        granted["natural_person"] += short
        received["natural_person"] += short
        granted["natural_person"] -= spec.broken_balance
    for column in SIX:
        table["results_total"][column] = sum(table[row][column] for row in OUTCOMES)
    for row in ROWS:
        table[row]["total"] = sum(table[row][c] for c in SIX)
    return table


def _reviews(rng: random.Random) -> dict[str, dict[str, int]]:
    table = {}
    for proceeding, rate in zip(PROCEEDING_KEYS, (0.4, 0.15, 0.1)):
        cells = {o: 0 for o in REVIEW_OUTCOME_KEYS}
        if rng.random() < rate:
            for _ in range(rng.choice([1, 1, 1, 2])):
                cells[rng.choices(REVIEW_PARTS, weights=(7, 1, 2, 2))[0]] += 1
        cells["total"] = sum(cells[o] for o in REVIEW_PARTS)
        table[proceeding] = cells
    return table


def _figures(spec: Spec, previous: Figures | None) -> Figures:
    rng = random.Random(spec.seed)
    disclosures, written, assumed = _disclosures(rng, spec, previous)
    applications = _applications(rng, spec, previous)
    reviews = _reviews(rng)
    return Figures(disclosures, written, assumed, applications, reviews, rng.randint(120, 900) * spec.scale)


# ---------------------------------------------------------------- printing cells


def _halfwidth(text: str) -> str:
    return text.translate(str.maketrans({"（": "(", "）": ")", "，": ",", "：": ":"}))


def _seed000(label: str) -> str:
    """A template label the way seed 000 prints it: `(一) 予以公开`, `1. 属于国家秘密`."""
    text = label.replace("（", "(").replace("）", ")").replace("，", ", ")
    text = re.sub(r"^(\([一二三四五六七八九十]\))(?=\S)", r"\1 ", text)
    text = re.sub(r"^(\d)\.", r"\1. ", text)
    return text.replace("重新出具", "重新 出具")


class Printer:
    """Turns figures into cell texts for one report: signs, blanks, padding."""

    def __init__(self, spec: Spec, figures: Figures):
        self.spec = spec
        self.figures = figures
        self.rng = random.Random(spec.seed * 7 + 1)

    def blank_token(self, table: str) -> str:
        return {"disclosures": "/", "applications": "", "reviews": "—"}[table]

    def value(self, table: str, value, metric: str | None = None) -> str:
        if metric == "total_amount_wan_yuan":
            return self.figures.amount_written
        if self.spec.blank_zeros and value == 0:
            return self.blank_token(table)
        if metric == "change" and value > 0 and self.spec.layout == "pipes":
            return f"+{value}"
        return str(value)

    def padded(self, text: str, table: str) -> str:
        """One-cell-per-line values carry stray spaces, as converted Word tables do."""
        if text == "" or self.spec.layout != "cells":
            return text
        style = self.spec.cell_style
        if style == "seed001":
            pads = ("\xa0{}",) if table == "applications" or table == "reviews" else ("  {}", "\xa0{}", "\u3000{}")
        elif style == "seed004":
            pads = ("{}\xa0", "\xa0{}") if table != "disclosures" else ("\u3000\u3000{}", "\u3000{}", "\xa0{}")
            if self.spec.encoding == "gb18030":  # GBK text has no non-breaking spaces
                pads = ("\u3000{}", "{}", " {}") if table != "disclosures" else ("\u3000\u3000{}", "\u3000{}")
        else:
            pads = ("{}",)
        return self.rng.choice(pads).format(text)

    def disclosure_truth(self, item: str, metric: str):
        value = self.figures.disclosures[(item, metric)]
        if self.spec.blank_zeros and value == 0:
            return None
        return _json_number(value)


def _json_number(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


# ---------------------------------------------------------------- layout (a): tabs, like seed 000


def _tabs_tables(spec: Spec, fig: Figures, p: Printer, headings: dict) -> list[str]:
    width = 5 if spec.current_year_column else 4
    out = [headings["disclosures"], ""]

    def row(*cells: str) -> str:
        cells_ = list(cells) + [""] * (width - len(cells))
        return "\t".join(cells_)

    for article in ARTICLES:
        columns = _columns_of(article, spec)
        out.append(row(LABELS["articles"][article]))
        header = [LABELS["metrics"][m] for m in columns]
        if spec.current_year_column and article == "20(5)":
            header[-1] = LABELS["decisions_this_year"]
        out.append(row(LABELS["info_header"], *header))
        for item in _items_of(article):
            label = LABELS["items"][item]
            if item == "other_management_services" and spec.current_year_column:
                label = LABELS["other_management_services_noted"]
            out.append(row(label, *(p.value("disclosures", fig.disclosures[(item, m)], m) for m in columns)))
    out += ["", headings["applications"], ""]
    note = LABELS["balance_note"].replace("（", "(").replace("）", ")").replace("，", "， ")
    a = LABELS["applicants"]
    out.append("\t".join([note, "", LABELS["applicant_header"], "", "", "", "", "", a["total"]]))
    out.append("\t".join(["", "", a["natural_person"], LABELS["legal_person_group"], "", "", "", "", ""]))
    out.append("\t".join(["", "", "", *(a[c] for c in SIX[1:]), ""]))
    apps = fig.applications
    results_group = "三、 " + " ".join(LABELS["results_group"].removeprefix("三、"))
    first_of_group: set[str] = set()
    for row_key in ROWS:
        values = [p.value("applications", apps[row_key][c]) for c in APPLICANT_KEYS]
        label = _seed000(LABELS["rows"][row_key])
        group = _subgroup(row_key)
        if row_key in ("new_received", "carried_over"):
            cells = [label, "", *values]
        elif row_key == "granted":
            cells = [results_group, label, *values]
        elif group and group not in first_of_group:
            first_of_group.add(group)
            cells = ["", _seed000(LABELS["subgroups"][group]), label, *values]
        elif row_key in ("rejected_duplicate", "rejected_publication"):
            cells = [label, "", *values]  # seed 000 lost the leading gaps of these two rows
        elif group:
            cells = ["", "", label, *values]
        elif row_key in ("other", "results_total"):
            cells = ["", label, "", *values]
        elif row_key == "carried_forward":
            cells = [label, "", "", *values]
        else:
            cells = ["", label, *values]
        out.append("\t".join(cells))
        if row_key == "rejected_publication":
            out.append("")  # the page break of seed 000
    out += ["", headings["reviews"], ""]
    o = LABELS["outcomes"]
    spaced = [o[k][:2] + " " + o[k][2:] if len(o[k]) == 4 else o[k][0] + " " + o[k][1] for k in REVIEW_OUTCOME_KEYS]
    spaced_second = [s if k != "total" else o[k] for s, k in zip(spaced, REVIEW_OUTCOME_KEYS)]
    out.append("\t".join([LABELS["review"], "", "", "", "", LABELS["litigation"]] + [""] * 9))
    out.append("\t".join(spaced + [LABELS["litigation_direct"], "", "", "", "", LABELS["litigation_after_review"],
                                   "", "", "", ""]))
    out.append("\t".join([""] * 5 + spaced_second + spaced_second))
    out.append("\t".join(_review_values(fig, p)))
    out.append("")
    return out


def _subgroup(row_key: str) -> str | None:
    prefix = row_key.split("_", 1)[0]
    return prefix if prefix in LABELS["subgroups"] and row_key != prefix else None


def _review_values(fig: Figures, p: Printer) -> list[str]:
    return [p.value("reviews", fig.reviews[proc][o]) for proc in PROCEEDING_KEYS for o in REVIEW_OUTCOME_KEYS]


# ---------------------------------------------------------------- layout (b): one cell per line, like 001/004


def _cells_tables(spec: Spec, fig: Figures, p: Printer, headings: dict) -> list[str]:
    out = [headings["disclosures"], ""]
    for article in ARTICLES:
        columns = _columns_of(article, spec)
        out += ["\t" + LABELS["articles"][article], "", "\t" + LABELS["info_header"]]
        for metric in columns:
            label = LABELS["metrics"][metric]
            if spec.split_header and metric in ("new_made", "new_published"):
                out += ["\t" + label[:3], label[3:]]
            else:
                out.append("\t" + label)
        out.append("")
        for item in _items_of(article):
            out.append("\t" + LABELS["items"][item])
            for metric in columns:
                text = p.value("disclosures", fig.disclosures[(item, metric)], metric)
                out.append("\t" + (text if metric == "total_amount_wan_yuan" else p.padded(text, "disclosures")))
            out.append("")
    out += ["", headings["applications"], "\t" + LABELS["balance_note"], "\t" + LABELS["applicant_header"], ""]
    a = LABELS["applicants"]
    out += ["\t", "\t" + a["natural_person"], "\t" + LABELS["legal_person_group"], "\t" + a["total"], ""]
    out += ["\t", "\t", *("\t" + a[c] for c in SIX[1:]), "\t", ""]
    apps = fig.applications
    first_of_group: set[str] = set()
    for row_key in ROWS:
        label = LABELS["rows"][row_key]
        group = _subgroup(row_key)
        if row_key in ("new_received", "carried_over", "carried_forward"):
            out.append("\t" + label)
        elif row_key == "granted":
            out += ["\t" + LABELS["results_group"], "\t" + label]
        elif group and group not in first_of_group:
            first_of_group.add(group)
            out += ["\t", "\t" + LABELS["subgroups"][group], "\t" + label]
        elif group:
            out += ["\t", "\t", "\t" + label]
        else:
            out += ["\t", "\t" + label]
        out += ["\t" + p.padded(p.value("applications", apps[row_key][c]), "applications") for c in APPLICANT_KEYS]
        out.append("")
    reviews_heading = headings["reviews_long"] if spec.cell_style == "seed004" else headings["reviews"]
    out += ["", reviews_heading, ""]
    out += ["\t" + LABELS["review"], "\t" + LABELS["litigation"], ""]
    o = LABELS["outcomes"]
    out += ["\t" + o[k] for k in REVIEW_OUTCOME_KEYS]
    out += ["\t" + LABELS["litigation_direct"], "\t" + LABELS["litigation_after_review"], ""]
    out += ["\t"] * 5 + ["\t" + o[k] for k in REVIEW_OUTCOME_KEYS] * 2 + [""]
    out += ["\t" + p.padded(v, "reviews") for v in _review_values(fig, p)]
    out += ["", ""]
    return out


# ---------------------------------------------------------------- layout (c): pipe rows, like seed 003


def _pipe_row(cells: list[str], width: int) -> str:
    """Cells joined the way seed 003 prints them: `a | b | c | ||` — padding to the table width."""
    padding = width - len(cells)
    return " | ".join(cells) + " | " + "|" * (padding - 1)


def _pipes_tables(spec: Spec, fig: Figures, p: Printer, headings: dict) -> list[str]:
    out = [headings["disclosures_short"]]
    for article in ARTICLES:
        columns = _columns_of(article, spec)
        out.append(_pipe_row([_halfwidth(LABELS["articles"][article])], 6))
        header = [LABELS["metrics"][m] for m in columns]
        if spec.truncated_header and article == "20(1)":
            header = [h[:3] if h.startswith("本年新") else h for h in header]
        out.append(_pipe_row([LABELS["info_header"], *header], 6))
        for item in _items_of(article):
            values = [p.value("disclosures", fig.disclosures[(item, m)], m) for m in columns]
            out.append(_pipe_row([LABELS["items"][item], *values], 6))
    out.append(headings["applications"])
    a = LABELS["applicants"]
    out.append(_pipe_row([_halfwidth(LABELS["balance_note"]), LABELS["applicant_header"]], 11))
    out.append(_pipe_row([a["natural_person"], LABELS["legal_person_group"], a["total"]], 11))
    out.append(_pipe_row([a[c] for c in SIX[1:]], 11))
    apps = fig.applications
    first_of_group: set[str] = set()
    for row_key in ROWS:
        values = [p.value("applications", apps[row_key][c]) for c in APPLICANT_KEYS]
        label = _halfwidth(LABELS["rows"][row_key])
        group = _subgroup(row_key)
        if row_key == "granted":
            labels = [LABELS["results_group"], label]
        elif group and group not in first_of_group:
            first_of_group.add(group)
            labels = [_halfwidth(LABELS["subgroups"][group]), label]
        else:
            labels = [label]
        out.append(_pipe_row(labels + values, 11))
    out.append(headings["reviews"])
    o = LABELS["outcomes"]
    out.append(_pipe_row([LABELS["review"], LABELS["litigation"]], 16))
    out.append(_pipe_row([o[k] for k in REVIEW_OUTCOME_KEYS] + [LABELS["litigation_direct"],
                                                                 LABELS["litigation_after_review"]], 16))
    out.append(_pipe_row([o[k] for k in REVIEW_OUTCOME_KEYS] * 2, 16))
    out.append(_pipe_row(_review_values(fig, p), 16))
    return out


# ---------------------------------------------------------------- prose


def _phone(rng: random.Random, city: str) -> str:
    code = {"淄博": "0533", "张店": "0533", "历下": "0531", "黄岛": "0532", "寿光": "0536", "兰山": "0539"}[city]
    return f"{code}-{rng.randint(2, 8)}{rng.randint(100000, 999999)}"


def _prose(spec: Spec, fig: Figures, rng: random.Random) -> dict[str, list[str]]:
    d = {k: v.format(city=spec.city) for k, v in DOMAINS[spec.domain].items()}
    y = spec.year
    apps = fig.applications
    received = apps["new_received"]["total"]
    carried = apps["carried_over"]["total"]
    ar, ld, la = (fig.reviews[p]["total"] for p in PROCEEDING_KEYS)
    policy = rng.randint(3, 12)
    interpret = rng.randint(2, max(3, policy))
    intro = (
        f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《山东省政府信息公开办法》要求，由{spec.agency}"
        f"编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、"
        f"存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据的统计期限自{y}年1月1日起至{y}年12月31日止。"
        f"如对本报告有疑问，请与{spec.agency}办公室联系（电话：{_phone(rng, spec.city)}）。"
    )
    epidemic = "统筹做好疫情防控和政务公开工作，" if y == 2020 else ""
    superior = "区委、区政府" if "区" in spec.agency else "市委、市政府"
    opening = rng.choice([
        (f"{y}年，{spec.agency}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》和上级关于政务公开工作的"
         f"部署要求，{epidemic}围绕{d['focus']}等重点领域，全面推进决策、执行、管理、服务、结果“五公开”，政府信息公开工作"
         f"取得积极成效。"),
        (f"{y}年，在{superior}的正确领导下，{spec.agency}以满足公众信息需求为导向，以{d['focus']}等重点领域信息公开为核心，"
         f"{epidemic}扎实做好政府信息主动公开、依申请公开和政策解读工作，政府信息公开的质量和实效不断提升。"),
    ])
    management = rng.choice([
        ("严格落实政府信息公开保密审查制度，坚持“先审查、后公开”和“一事一审”，对拟公开信息的公开属性、内容准确性进行审核，"
         "全年未发生泄密和不当公开事件。及时对规范性文件进行清理，动态调整主动公开基本目录。"),
        ("健全公文公开属性源头认定机制，在拟文环节明确“主动公开、依申请公开、不予公开”属性；落实信息发布前保密审查，"
         "由科室负责人初审、办公室复审、分管领导签发，确保公开信息准确、规范。"),
    ])
    problems_first = rng.choice([
        (f"{y}年，我局政府信息公开工作取得了一定成效，但也存在一些不足：一是政策解读形式还比较单一，图解、视频等"
         "群众喜闻乐见的解读形式运用不多；二是基层工作人员业务能力有待提高，对《条例》的理解把握还不够精准。"),
        (f"对照上级要求和群众期盼，我局政府信息公开工作仍存在一些问题：一是部分信息公开不够及时，存在集中发布现象；"
         f"二是{d['topic']}领域信息公开的深度和广度还需拓展；三是依申请公开答复文书的规范性有待加强。"),
    ])
    overview = [
        opening,
        "（一）主动公开",
        (f"{y}年，我局通过政府门户网站、{d['media']}等平台主动公开政府信息{fig.published}条，其中{d['topic']}类信息"
         f"{fig.published // 3}条，发布政策文件{policy}件，政策解读{interpret}篇。重点公开了{d['key_info']}等信息，"
         f"及时更新{d['service']}等办事指南。"),
        "（二）依申请公开",
        f"{y}年，共收到政府信息公开申请{received}件" + (f"，上年结转{carried}件" if carried else "")
        + "。我局严格按照《条例》规定的程序和时限办理，做到依法依规、及时答复，未收取任何费用。",
        "（三）政府信息管理",
        management,
        "（四）平台建设",
        (f"依托政府门户网站信息公开专栏，规范设置机构职能、政策文件、{d['topic']}等栏目，确保栏目内容及时更新；"
         f"用好{d['media']}，扩大信息传播覆盖面。"),
        "（五）监督保障",
        ("调整充实政务公开工作领导小组，明确分管领导和专职工作人员，将政务公开工作纳入年度目标考核，组织全体干部职工参加"
         "政务公开业务培训，工作责任进一步压实。"),
    ]
    said = []
    if ar:
        said.append(f"因政府信息公开被申请行政复议{ar}件")
    if ld and not la:  # a bare 行政诉讼N件 names the direct suits
        said.append(f"被提起行政诉讼{ld}件")
    if said:
        overview[4] += f"{y}年，" + "，".join(said) + "，均依法依规予以应对。"
    problems = [
        problems_first,
        (f"{y + 1}年，我局将进一步加强业务培训，提升工作人员依法公开意识和能力；丰富政策解读形式，增强解读的针对性和"
         f"可读性；持续深化{d['focus'].split('、')[0]}等重点领域信息公开，不断提升政务公开工作水平。"),
    ]
    other = ["本年度无其他需要报告的事项。"] if rng.random() < 0.5 else ["无。"]
    return {"intro": [intro], "overview": overview, "problems": problems, "other": other}


def _headings(spec: Spec) -> dict:
    headings = dict(LABELS["headings"])
    if spec.layout == "pipes":
        headings["problems"] = headings["problems_short"]
    elif spec.cell_style == "seed004" and spec.layout == "cells":
        headings["problems"] = headings["problems_long"]
    return headings


def _title_lines(spec: Spec, fig: Figures, rng: random.Random) -> list[str]:
    title = f"{spec.agency}{spec.year}年{LABELS['title']}"
    if spec.title_style == "above_title":
        gap = " " if spec.layout == "tabs" else ""
        lead = ["", ""] if spec.layout == "tabs" else []
        return lead + [spec.agency, "", f"{spec.year}{gap}年{LABELS['title']}", ""]
    if spec.title_style == "metadata_header":
        published = f"{spec.year + 1}-01-{rng.randint(15, 30):02d}"
        index = f"1137010200{rng.randint(1000, 9999)}/{spec.year + 1}-{rng.randint(1, 99):05d}"
        return [
            f"- 索引号: {index}",
            "- 组配分类: 政府信息公开年报",
            f"- 发文机关: {spec.agency}",
            "- 成文日期:",
            "- 发文字号:",
            f"- 发布时间: {published}",
            f"- 标题: {title}",
            title,
        ]
    return [title, ""] if spec.layout != "cells" else [title]


def _report_text(spec: Spec, fig: Figures) -> str:
    rng = random.Random(spec.seed * 13 + 5)
    printer = Printer(spec, fig)
    headings = _headings(spec)
    prose = _prose(spec, fig, rng)
    compact = spec.layout in ("pipes", "cells")  # seeds 001, 003: no blank lines between paragraphs
    lines = _title_lines(spec, fig, rng)

    def paragraphs(items: list[str]) -> list[str]:
        if compact:
            return list(items)
        return [x for item in items for x in (item, "")]

    lines += paragraphs(prose["intro"])
    lines += paragraphs([headings["overview"]] + prose["overview"])
    tables = {"tabs": _tabs_tables, "cells": _cells_tables, "pipes": _pipes_tables}[spec.layout]
    lines += tables(spec, fig, printer, headings)
    lines += paragraphs([headings["problems"]] + prose["problems"])
    lines += paragraphs([headings["other"]] + prose["other"])
    return "\n".join(lines).rstrip("\n") + "\n"


# ---------------------------------------------------------------- the two odd ones


def _narrative_text(spec: Spec) -> tuple[str, dict]:
    """A self-inspection report with no tables (seed 002): its figures exist only in sentences."""
    rng = random.Random(spec.seed)
    received, reviews = 3, 1
    y = spec.year
    lines = [
        f"{spec.agency}{y}年度政府信息和",
        "政务公开工作自查情况的报告",
        "",
        (f"根据《临沂市兰山区人民政府办公室关于开展{y}年度政务公开工作自查的通知》要求，我局对照《兰山区政务公开工作考核"
         f"细则》，对{y}年以来的政府信息和政务公开工作进行了认真自查，现将有关情况报告如下："),
        "",
        (f"{y}年，在区委、区政府的正确领导下，我局认真贯彻落实《中华人民共和国政府信息公开条例》，围绕保障性住房、"
         "房地产市场监管、建筑市场和城市建设等重点领域，坚持“公开为常态、不公开为例外”，推进政府信息和政务公开工作"
         "规范化、制度化。"),
        "一、组织保障工作",
        ("（一）加强组织领导。调整了政务公开工作领导小组，由局主要负责同志任组长，分管负责同志任副组长，办公室具体负责"
         f"日常工作，配备{rng.randint(2, 3)}名工作人员负责政府信息公开和网站信息发布。"),
        ("    （二）完善制度建设。修订完善了政府信息公开保密审查、依申请公开办理、信息发布协调等"
         f"{rng.randint(6, 11)}项制度，明确了各科室的公开职责和工作流程。"),
        "二、主动公开工作",
        (f" （一）基础信息公开。及时更新机构职能、领导分工、内设机构等信息，全年在区政府门户网站发布信息"
         f"{rng.randint(150, 400)}条。"),
        (f"（二）重点领域信息公开。及时公开公租房分配、棚户区改造、住房公积金政策等信息，公示公租房保障对象"
         f"{rng.randint(3, 9)}批次。"),
        "三、依申请公开工作",
        "（一）规范依申请公开办理。修订了依申请公开工作流程，规范受理、登记、审核、答复各环节，确保在法定期限内答复。",
        f"    （二）依申请公开答复情况。{y}年，我局共收到政府信息公开申请{received}件，均在法定期限内予以答复。",
        (f"    （三）信息公开救济。认真落实行政复议权利告知要求，保障申请人的合法权益。{y}年，我局共收到因政府信息"
         f"公开引起的行政复议案件{reviews}件，已按程序提交答复材料。"),
        "四、存在的不足",
        ("一是政策解读形式较为单一，二是信息发布的及时性有待提高。下一步，我局将进一步加强学习培训，规范信息发布，"
         "不断提升政务公开工作水平。"),
        "",
    ]
    truth = {
        "applications": {"new_received": {"total": received}},
        "reviews": {"administrative_review": {"total": reviews}},
    }
    return "\n".join(lines), truth


def _notice_text(spec: Spec) -> str:
    """A meeting notice that landed among the reports: it must be quarantined, not parsed."""
    lines = [
        "关于召开全区政务公开工作推进会议的通知",
        "",
        "各街道办事处，区政府各部门、各直属单位：",
        ("为贯彻落实上级关于政务公开工作的部署要求，总结2020年度政务公开工作，安排部署2021年重点任务，经区政府同意，"
         "定于2021年3月5日召开全区政务公开工作推进会议。现将有关事项通知如下："),
        "一、会议时间",
        "2021年3月5日（星期五）上午9:00，会期半天。",
        "二、会议地点",
        "区政务服务中心四楼第一会议室。",
        "三、参会人员",
        "各街道办事处分管负责同志，区政府各部门、各直属单位分管负责同志及政务公开工作人员各1名。",
        "四、会议议程",
        "（一）通报2020年度政府信息公开工作年度报告编制和发布情况；",
        "（二）解读2021年政务公开工作要点；",
        "（三）区政府分管负责同志讲话。",
        "五、有关要求",
        ("请各单位于3月3日下班前将参会人员回执报送至区政府办公室政务公开科，参会人员请提前10分钟入场，会议期间将手机"
         "调至静音状态。"),
        "",
        "附件：参会人员回执",
        "",
        "临沂市兰山区人民政府办公室",
        "2021年3月1日",
        "",
    ]
    return "\n".join(lines)


# ---------------------------------------------------------------- truth


def _truth(spec: Spec, fig: Figures, printer: Printer) -> dict:
    disclosures = []
    for article in ARTICLES:
        for item in _items_of(article):
            for metric in _columns_of(article, spec):
                disclosures.append({"item": item, "metric": metric, "value": printer.disclosure_truth(item, metric)})

    def cell(value: int):
        return None if spec.blank_zeros and value == 0 else value

    applications = {row: {c: cell(fig.applications[row][c]) for c in APPLICANT_KEYS} for row in ROWS}
    reviews = {p: {o: cell(fig.reviews[p][o]) for o in REVIEW_OUTCOME_KEYS} for p in PROCEEDING_KEYS}
    failures = []
    defects = []
    if spec.broken_balance:
        failures += [["APP_BALANCE", "natural_person"], ["APP_BALANCE", "total"]]
        defects.append(f"APP_BALANCE broken: results_total + carried_forward is {spec.broken_balance} short of "
                       "new_received + carried_over in natural_person and total; the text does not say so")
    if spec.blank_zeros:
        defects.append("zeros printed as blank cells (empty, '/', '—'); they are null here")
    if spec.carried_over is not None:
        failures.append(["CARRY_CONTINUITY", "total"])
        defects.append("carried_over differs from the previous year's carried_forward (CARRY_CONTINUITY)")
    if fig.amount_unit_assumed:
        defects.append("procurement amount written without a unit: read as 万元 and flagged")
    projects = fig.disclosures[("centralized_procurement", "project_count")]
    amount = fig.disclosures[("centralized_procurement", "total_amount_wan_yuan")]
    return {
        "agency": spec.agency,
        "year": spec.year,
        "template": TEMPLATE,
        "status": "parsed",
        "disclosures": disclosures,
        "applications": applications,
        "reviews": reviews,
        "procurement": {
            "project_count": cell(projects),
            "total_amount_wan_yuan": _json_number(amount),
            "amount_as_written": fig.amount_written,
            "unit_assumed": fig.amount_unit_assumed,
        },
        "narrative": {"new_received_total": fig.applications["new_received"]["total"]},
        "expected_rule_failures": failures,
        "defects": defects,
    }


def _sample(spec: Spec, figures: dict[str, Figures]) -> Sample:
    base = {"source": spec.file_name}
    extra = {"encoding": spec.encoding, "layout": spec.layout, "title_style": spec.title_style}
    if spec.layout == "notice":
        extra["title_style"] = None
        truth = {**base, "agency": None, "year": None, "template": None, "status": "quarantined",
                 "disclosures": [], "applications": {}, "reviews": {}, "expected_rule_failures": [],
                 "defects": ["not a report: a meeting notice"], **extra}
        return Sample(spec.file_name, _notice_text(spec), truth, spec.encoding)
    if spec.layout == "narrative":
        text, figures_ = _narrative_text(spec)
        truth = {**base, "agency": spec.agency, "year": spec.year, "template": "narrative", "status": "narrative",
                 "disclosures": [], **figures_,
                 "narrative": {"new_received_total": figures_["applications"]["new_received"]["total"]},
                 "expected_rule_failures": [["COMPLETENESS", t] for t in ("disclosures", "applications", "reviews")],
                 "defects": ["no tables: figures only in sentences"], **extra}
        return Sample(spec.file_name, text, truth, spec.encoding)
    previous = figures.get(spec.previous) if spec.previous else None
    fig = _figures(spec, previous)
    if spec.carried_over is not None:  # the break of continuity must be real
        assert previous is not None
        assert fig.applications["carried_over"]["total"] != previous.applications["carried_forward"]["total"]
    figures[spec.file_name] = fig
    text = _report_text(spec, fig)
    truth = {**base, **_truth(spec, fig, Printer(spec, fig)), **extra}
    return Sample(spec.file_name, text, truth, spec.encoding)


# ---------------------------------------------------------------- entry points


def generate_samples() -> list[Sample]:
    """The sample set, identical on every run."""
    figures: dict[str, Figures] = {}
    return [_sample(spec, figures) for spec in SPECS]


def truth_file_name(sample: Sample) -> str:
    return f"{sample.stem}.truth.json"


def truth_json(sample: Sample) -> str:
    return json.dumps(sample.truth, ensure_ascii=False, indent=2) + "\n"


def write_samples(directory, truth_directory=None) -> list[Path]:
    """Write every sample report (in its own encoding) and, if asked, its truth JSON; return the report paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    if truth_directory is not None:
        truth_directory = Path(truth_directory)
        truth_directory.mkdir(parents=True, exist_ok=True)
    written = []
    for sample in generate_samples():
        path = directory / sample.file_name
        path.write_bytes(sample.data)
        written.append(path)
        if truth_directory is not None:
            (truth_directory / truth_file_name(sample)).write_bytes(truth_json(sample).encode("utf-8"))
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not 1 <= len(args) <= 2 or args[0].startswith("-"):
        print("usage: python -m testkit.samples OUT_DIR [TRUTH_DIR]", file=sys.stderr)
        return 2
    paths = write_samples(args[0], args[1] if len(args) > 1 else None)
    print(f"wrote {len(paths)} sample reports to {args[0]}" + (f", truths to {args[1]}" if len(args) > 1 else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

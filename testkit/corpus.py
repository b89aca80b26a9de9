"""A labeled corpus: reports in every layout and format gdw reads, with noise, and their truth.

`generate_corpus(count, seed)` yields `count` documents, deterministic for a seed: each one an
annual report (or, now and then, a file that is not one) written in one of `LAYOUTS`, on the 2019
or the 2021 national template, with some of the damage real reports show (`NOISE`). Each document
comes with its truth in the parser-output shape of SPEC.md: what a careful reader would take from
it. `python -m testkit.corpus DIR --count N [--seed S]` writes them; `gdw eval DIR`
(orchestration/core/evaluation.py) parses them
and scores the parser against the truth.

Every layout is made from one model of the report (paragraphs, and tables as rows of cells with
their rowspan/colspan, exactly as the official templates merge them), so a DOCX, an HTML page and
a PDF of the same report hold the same figures. Real files: python-docx writes the DOCX, reportlab
the PDF (with the built-in CID font STSong-Light, so the PDF has a Chinese text layer and needs no
font file).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from orchestration.core import labels as L
from orchestration.core.evaluation import NOT_A_REPORT, truth_name
from orchestration.parsing.cells import display_width
from orchestration.parsing.formats import ABSENT, expand_spans, grid_lines
from testkit.samples import LABELS as SAMPLE_LABELS
from testkit.samples import OUTCOME_WEIGHTS as SAMPLE_OUTCOME_WEIGHTS

LAYOUTS = (
    "txt-tabs",
    "txt-cells",
    "txt-aligned",
    "txt-pipes",
    "html-utf8",
    "html-gbk",
    "html-gbk-undeclared",
    "docx",
    "pdf",
    # the shapes of issue 14 (ISSUE_LAYOUTS, at the end of this file)
    "txt-crawl",
    "txt-layout",
    "txt-cells-blank",
    "narrative",
    "txt-dump",
)
TEXT_LAYOUTS = ("txt-tabs", "txt-cells", "txt-aligned", "txt-pipes")
NOISE = (
    "label_drift",  # spaces inside words, 、 vs ，, numbering dropped, the 部分公开 note, headings reworded
    "traditional",  # the report in traditional characters
    "fullwidth",  # full-width digits
    "separators",  # thousands separators
    "blank_tokens",  # zeros printed as `/`, `—`, `-`, `无` or nothing
    "units",  # amounts in 元/万元/亿元, the unit anywhere in the cell
    "lost_separator",  # two figures of a row run together (text layouts)
    "short_row",  # a row lost its trailing cells (text layouts, HTML, DOCX)
    "page_break",  # a page number and running header between two rows of a table (text layouts)
    "wrong_template",  # the template of the other period
    "broken_rule",  # the report breaks APP_BALANCE (its figures are as printed)
    "extra_column",  # 2019: the 本年项目数量 column some agencies add
)

SIX = L.APPLICANT_KEYS[:-1]
REVIEW_PARTS = L.REVIEW_OUTCOME_KEYS[:-1]

CITIES = (
    ("山东省", "济南市", ("历下区", "市中区", "章丘区")), ("山东省", "青岛市", ("黄岛区", "崂山区", "即墨区")),
    ("山东省", "淄博市", ("张店区", "高青县", "沂源县")), ("河南省", "濮阳市", ("华龙区", "清丰县", "范县")),
    ("湖北省", "咸宁市", ("咸安区", "嘉鱼县", "通城县")), ("甘肃省", "天水市", ("秦州区", "麦积区", "甘谷县")),
    ("广东省", "韶关市", ("浈江区", "武江区", "乐昌市")), ("浙江省", "湖州市", ("吴兴区", "南浔区", "德清县")),
)
DEPARTMENTS = (
    "民政局", "人力资源和社会保障局", "市场监督管理局", "教育和体育局", "卫生健康局", "住房和城乡建设局",
    "自然资源局", "财政局", "生态环境局", "交通运输局", "农业农村局", "司法局", "人民政府办公室", "应急管理局",
)

# Which outcome an application ends in, roughly as county-level reports show them (samples.py),
# with the three 其他处理 rows of the 2021 template.
OUTCOME_WEIGHTS = {**SAMPLE_OUTCOME_WEIGHTS, "other_no_correction": 1, "other_no_fee_paid": 0.3, "other_misc": 1}

# ---------------------------------------------------------------- the template's printed labels
# As samples.py prints the 2019 template, plus what the 2021 template prints.

ROW_LABELS = {
    **SAMPLE_LABELS["rows"],
    **SAMPLE_LABELS["subgroups"],
    "results_group": SAMPLE_LABELS["results_group"],
    "partially_granted": "（二）部分公开",
    "partially_granted_note": "（区分处理的，只计这一情形，不计其他情形）",
    "other_no_correction": "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "other_no_fee_paid": "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "other_misc": "3.其他",
}
APPLICANT_LABELS = SAMPLE_LABELS["applicants"]
METRIC_LABELS = {
    **SAMPLE_LABELS["metrics"],
    "issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数",
    "fee_amount_wan_yuan": "本年收费金额（单位：万元）",
}
ITEM_LABELS = SAMPLE_LABELS["items"]
ARTICLE_LABELS = SAMPLE_LABELS["articles"]
OUTCOME_LABELS = SAMPLE_LABELS["outcomes"]
HEADINGS = {
    "overview": ("一、总体情况",),
    "disclosures": ("二、主动公开政府信息情况", "二、主动公开情况", "二、主动公开政府信息的情况"),
    "applications": ("三、收到和处理政府信息公开申请情况", "三、收到和处理政府信息公开申请的情况",
                     "三、依申请公开政府信息办理情况"),
    "reviews": ("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
                "四、政府信息公开行政复议、行政诉讼的情况"),
    "problems": ("五、存在的主要问题及改进情况", "五、存在的问题及改进措施", "五、政府信息公开工作存在的主要问题及改进情况"),
    "other": ("六、其他需要报告的事项",),
}
BALANCE_NOTE = SAMPLE_LABELS["balance_note"]
FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


# ---------------------------------------------------------------- the model of one report


@dataclass
class TableModel:
    name: str  # disclosures | applications | reviews
    rows: list[list[tuple[str, int, int]]]  # (text, rowspan, colspan), HTML-style
    header_rows: int  # rows repeated at the top of each page


@dataclass
class Document:
    name: str
    layout: str
    data: bytes
    truth: dict


@dataclass
class Plan:
    """What one document is: who, when, on which template, in which layout, with which noise."""

    index: int
    agency: str
    year: int
    template: str
    layout: str
    noise: set[str] = field(default_factory=set)
    scale: int = 1
    title_style: str = "classic"  # TITLE_STYLES (issue 14)


def _plan(rng: random.Random, index: int, layout: str | None = None) -> Plan:
    province, city, counties = rng.choice(CITIES)
    place = city + rng.choice(counties) if rng.random() < 0.6 else city
    agency = place + rng.choice(DEPARTMENTS)
    if rng.random() < 0.2:
        agency = province + agency
    year = rng.choice((2019, 2020, 2021, 2022, 2023, 2024))
    template = "2019" if year <= 2020 else "2021"
    layout = layout or LAYOUTS[index % len(LAYOUTS)]
    noise = set()
    rates = {"label_drift": 0.35, "traditional": 0.06, "fullwidth": 0.15, "separators": 0.3, "blank_tokens": 0.3,
             "units": 0.5, "lost_separator": 0.12, "short_row": 0.06, "page_break": 0.3, "wrong_template": 0.05,
             "broken_rule": 0.05, "extra_column": 0.15}
    for kind, rate in rates.items():
        if rng.random() < rate:
            noise.add(kind)
    if "wrong_template" in noise:
        template = "2021" if template == "2019" else "2019"
    scale = rng.choice((1, 1, 1, 2, 5, 40)) if "separators" in noise else 1
    return _consistent(Plan(index, agency, year, template, layout, noise, scale))


def _consistent(plan: Plan) -> Plan:
    """Noise the template and the layout can hold."""
    if plan.layout not in TEXT_LAYOUTS:
        plan.noise -= {"lost_separator", "page_break"}
    if plan.layout not in ("txt-cells", "html-utf8", "html-gbk", "html-gbk-undeclared", "docx"):
        # Where a row that lost its last cells can look whole: a lost cell at the end of an aligned
        # row reads as blank, and in tab or pipe text the gaps merged labels leave can make up the
        # count. The parser flags a short row wherever the count shows it.
        plan.noise.discard("short_row")
    if plan.template == "2021":
        plan.noise.discard("extra_column")  # 本年项目数量 belongs to the 2019 template
    else:
        plan.noise.discard("other_one_row")  # the 2019 template has one 其他处理 row anyway
    if plan.layout in ISSUE_LAYOUTS:  # they carry their own damage: runs, wraps, empty lines
        plan.noise -= {"lost_separator", "page_break", "short_row"}
    if plan.layout == "txt-dump" and plan.index % 2:
        plan.noise.add("blank_tokens")  # half the dumps leave their zeros empty (a row of 自然人 only)
    if plan.layout == "narrative":
        plan.noise -= {"misprint", "other_one_row", "extra_column", "broken_rule", "wrong_template", "blank_tokens",
                       "separators", "fullwidth", "units", "label_drift"}
    return plan


# ---------------------------------------------------------------- figures (the truth)


@dataclass
class Figures:
    disclosures: dict[tuple[str, str], int | Decimal]
    applications: dict[str, dict[str, int]]
    reviews: dict[str, dict[str, int]]


def _figures(rng: random.Random, plan: Plan) -> Figures:
    template, s = plan.template, plan.scale
    rows = L.application_rows(template)
    outcomes = L.outcome_rows(template)
    weights = [OUTCOME_WEIGHTS[o] for o in outcomes]
    apps = {row: {c: 0 for c in L.APPLICANT_KEYS} for row in rows}
    for column in SIX:
        if column == "natural_person":
            new = rng.randint(0, 30) * s
        else:
            new = rng.choice((1, 1, 2, 3, 5)) * (s if s < 10 else 3) if rng.random() < 0.3 else 0
        over = rng.choice((0, 0, 0, 1, 2)) if new else 0
        forward = min(new + over, rng.choice((0, 0, 0, 1, 2, 3)))
        apps["new_received"][column], apps["carried_over"][column] = new, over
        apps["carried_forward"][column] = forward
        for _ in range(new + over - forward):
            apps[rng.choices(outcomes, weights=weights)[0]][column] += 1
    if "broken_rule" in plan.noise:  # results never reach the intake: APP_BALANCE fails, and says so nowhere
        apps["new_received"]["natural_person"] += rng.randint(1, 3)
    for column in SIX:
        apps["results_total"][column] = sum(apps[o][column] for o in outcomes)
    for row in rows:
        apps[row]["total"] = sum(apps[row][c] for c in SIX)
    reviews = {}
    for proceeding, rate in zip(L.PROCEEDING_KEYS, (0.4, 0.2, 0.1)):
        cells = {o: 0 for o in L.REVIEW_OUTCOME_KEYS}
        if rng.random() < rate:
            for _ in range(rng.choice((1, 1, 2, 3, 12))):
                cells[rng.choices(REVIEW_PARTS, weights=(7, 1, 2, 2))[0]] += 1
        cells["total"] = sum(cells[o] for o in REVIEW_PARTS)
        reviews[proceeding] = cells
    disclosures: dict[tuple[str, str], int | Decimal] = {}
    for item, article in _items(template):
        for metric in _metrics(plan, article):
            disclosures[(item, metric)] = _disclosure_value(rng, plan, item, metric, disclosures)
    return Figures(disclosures, apps, reviews)


def _items(template: str) -> list[tuple[str, str]]:
    return [(key, article) for key, (article, _, templates) in L.DISCLOSURE_ITEMS.items() if template in templates]


def _metrics(plan: Plan, article: str) -> list[str]:
    columns = list(L.TEMPLATE_DISCLOSURE_COLUMNS[plan.template][article])
    if "extra_column" in plan.noise and article in ("20(5)", "20(6)"):
        columns.insert(1, "current_year_count")
    return columns


def _disclosure_value(rng: random.Random, plan: Plan, item: str, metric: str, done: dict) -> int | Decimal:
    s = plan.scale
    if metric in ("new_made", "issued"):
        return 0 if item == "regulations" and rng.random() < 0.8 else rng.randint(0, 6)
    if metric == "new_published":
        return done[(item, "new_made")]
    if metric in ("total_published", "in_force"):
        return rng.randint(0, 40) * s + done.get((item, "new_made"), done.get((item, "issued"), 0))
    if metric == "repealed":
        return rng.choice((0, 0, 1, 2))
    if metric == "previous_year_count":
        return rng.randint(0, 60) * (1 if s < 10 else 3)
    if metric == "current_year_count":
        return done[(item, "previous_year_count")] + rng.randint(-3, 3) if done[(item, "previous_year_count")] > 3 \
            else done[(item, "previous_year_count")]
    if metric == "change":
        if (item, "current_year_count") in done:
            return done[(item, "current_year_count")] - done[(item, "previous_year_count")]
        return rng.choice((0, 0, 1, -1, 2, -6, 3))
    if metric == "decisions":
        return rng.randint(0, 90) * s if rng.random() < 0.8 else 0
    if metric == "project_count":
        return rng.randint(0, 25)
    if metric == "total_amount_wan_yuan":
        if done[(item, "project_count")] == 0:
            return Decimal(0)
        return Decimal(rng.randint(1000, 90_000_000)) / 100 / 10000  # yuan with cents, in 万元
    if metric == "fee_amount_wan_yuan":
        return Decimal(rng.randint(0, 500_000)) / 10000 if rng.random() < 0.3 else Decimal(0)
    raise AssertionError(metric)


# ---------------------------------------------------------------- printing cells


class Printer:
    def __init__(self, rng: random.Random, plan: Plan):
        self.rng, self.plan = rng, plan
        self.blank_style = rng.choice(("", "/", "—", "-", "无")) if "blank_tokens" in plan.noise else None
        if plan.layout == "txt-dump" and self.blank_style is not None:
            self.blank_style = ""  # a browser's dump of a page whose empty cells are empty: one more empty line

    def count(self, value: int, signed: bool = False) -> tuple[str, int | None]:
        """(as printed, truth): a zero printed as a blank token is null in the truth."""
        if self.blank_style is not None and value == 0 and not signed:
            return self.blank_style, None
        text = f"{value:+d}" if signed and value > 0 and self.rng.random() < 0.6 else str(value)
        if "separators" in self.plan.noise and abs(value) >= 1000:
            text = f"{value:,}" if not signed or value < 0 or not text.startswith("+") else f"+{value:,}"
        if "fullwidth" in self.plan.noise:
            text = text.translate(FULL_WIDTH_DIGITS)
        return text, value

    def amount(self, wan: Decimal, metric: str) -> tuple[str, float | int | None, bool]:
        """(as printed, truth in 万元, unit assumed)."""
        rng = self.rng
        if wan == 0:
            if self.blank_style is not None:
                return self.blank_style, None, False
            return "0", 0, metric == "total_amount_wan_yuan"
        truth = _json_number(wan)
        if metric == "fee_amount_wan_yuan" and "units" not in self.plan.noise:
            return format(wan.normalize(), "f"), truth, False  # the header prints 单位：万元
        styles = ["{w}万元", "{w} 万元", "{y}元", "{y}.00元"]
        if "units" in self.plan.noise:
            styles += ["人民币{w}万元", "{w}（万元）", "万元 {w}", "{e}亿元", "{w}"]
        style = rng.choice(styles)
        yuan = (wan * 10000).normalize()
        if style in ("{y}元", "{y}.00元") and yuan != yuan.to_integral_value():
            style = "{w}万元"
        text = style.format(w=format(wan.normalize(), "f"), y=format(yuan, "f") if style == "{y}元" else int(yuan),
                            e=format((wan / 10000).normalize(), "f"))
        if "separators" in self.plan.noise and style == "{y}.00元" and yuan >= 1000:
            text = f"{int(yuan):,}.00元"
        assumed = style == "{w}" and metric == "total_amount_wan_yuan"
        return text, truth, assumed


def _json_number(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


# ---------------------------------------------------------------- label drift


def _drift(rng: random.Random, plan: Plan, label: str) -> str:
    if "label_drift" not in plan.noise or rng.random() < 0.5:
        return label
    kind = rng.choice(("spaces", "comma", "numbering", "halfwidth"))
    if kind == "spaces" and len(label) <= 12:
        return " ".join(label)
    if kind == "comma":
        return label.replace("、", "，", 1) if "、" in label else label.replace("、", "，")
    if kind == "numbering":
        import re

        return re.sub(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", "", label)
    return label.replace("（", "(").replace("）", ")").replace("，", ",")


# ---------------------------------------------------------------- the tables


def _table2(rng: random.Random, plan: Plan, fig: Figures, p: Printer, truth: list) -> TableModel:
    articles = list(L.TEMPLATE_DISCLOSURE_COLUMNS[plan.template])
    width = 1 + max(len(_metrics(plan, a)) for a in articles)
    rows: list[list[tuple[str, int, int]]] = []
    for article in articles:
        metrics = _metrics(plan, article)
        rows.append([(ARTICLE_LABELS[article], 1, width)])
        header = [(_drift(rng, plan, METRIC_LABELS[m]) if m != "decisions" or plan.template == "2019"
                   else "本年处理决定数量", 1, 1) for m in metrics]
        header = _stretch(header, width - 1)
        rows.append([("信息内容", 1, 1), *header])
        for item, item_article in _items(plan.template):
            if item_article != article:
                continue
            label = ITEM_LABELS[item]
            if item == "normative_documents" and plan.template == "2021":
                label = "行政规范性文件"
            cells = []
            for metric in metrics:
                value = fig.disclosures[(item, metric)]
                if metric in L.AMOUNT_METRICS:
                    text, value_truth, assumed = p.amount(value, metric)
                    truth.append({"item": item, "metric": metric, "value": value_truth,
                                  **({"unit_assumed": True} if assumed else {})})
                else:
                    text, value_truth = p.count(value, signed=metric in L.SIGNED_METRICS)
                    truth.append({"item": item, "metric": metric, "value": value_truth})
                cells.append((text, 1, 1))
            rows.append([(_drift(rng, plan, label), 1, 1), *_stretch(cells, width - 1)])
    return TableModel("disclosures", rows, 0)


def _stretch(cells: list[tuple[str, int, int]], width: int) -> list[tuple[str, int, int]]:
    """The last cell spans what the block's columns leave over (the 2021 template's 20(5)–(8))."""
    if len(cells) < width:
        text, rowspan, _ = cells[-1]
        cells = cells[:-1] + [(text, rowspan, width - len(cells) + 1)]
    return cells


def _table3(rng: random.Random, plan: Plan, fig: Figures, p: Printer, truth: dict) -> TableModel:
    template = plan.template
    keys = L.application_rows(template)
    a = {k: _drift(rng, plan, v) for k, v in APPLICANT_LABELS.items()}
    rows: list[list[tuple[str, int, int]]] = [
        [(BALANCE_NOTE if rng.random() < 0.7 else "", 3, 3), ("申请人情况", 1, 7)],
        [(a["natural_person"], 2, 1), ("法人或其他组织", 1, 5), (a["total"], 2, 1)],
        [(a[c], 1, 1) for c in SIX[1:]],
    ]
    group_size = {"denied": 8, "unavailable": 3, "rejected": 5, "other": 3 if template == "2021" else 1}
    results_span = sum(1 for k in keys if L.APPLICATION_ROWS[k][1] in ("outcome", "total"))
    note = "partially_granted_note" if rng.random() < 0.6 else None
    for key in keys:
        values = []
        truth[key] = {}
        for column in L.APPLICANT_KEYS:
            text, value = p.count(fig.applications[key][column])
            values.append((text, 1, 1))
            truth[key][column] = value
        label = _drift(rng, plan, ROW_LABELS[key] + (ROW_LABELS[note] if key == "partially_granted" and note else ""))
        group = key.split("_", 1)[0]
        if key in ("new_received", "carried_over", "carried_forward"):
            lead = [(label, 1, 3)]
        elif key in ("granted", "partially_granted", "results_total") or (key == "other" and template == "2019"):
            lead = [(label, 1, 2)]
        elif template == "2021" and key.startswith("other_"):
            lead = [(_drift(rng, plan, ROW_LABELS["other"]), 3, 1)] if key == "other_no_correction" else []
            lead.append((label, 1, 1))
        else:
            first = {"denied": "denied_state_secret", "unavailable": "unavailable_not_held",
                     "rejected": "rejected_petition"}[group]
            lead = [(_drift(rng, plan, ROW_LABELS[group]), group_size[group], 1)] if key == first else []
            lead.append((label, 1, 1))
        if key == "granted":
            lead.insert(0, (_drift(rng, plan, ROW_LABELS["results_group"]), results_span, 1))
        rows.append(lead + values)
    return TableModel("applications", rows, 3)


def _table4(rng: random.Random, plan: Plan, fig: Figures, p: Printer, truth: dict) -> TableModel:
    o = {k: _drift(rng, plan, v) for k, v in OUTCOME_LABELS.items()}
    rows = [
        [("行政复议", 1, 5), ("行政诉讼", 1, 10)],
        [*((o[k], 2, 1) for k in L.REVIEW_OUTCOME_KEYS), ("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)],
        [(o[k], 1, 1) for k in L.REVIEW_OUTCOME_KEYS] * 2,
    ]
    values = []
    for proceeding in L.PROCEEDING_KEYS:
        truth[proceeding] = {}
        for outcome in L.REVIEW_OUTCOME_KEYS:
            text, value = p.count(fig.reviews[proceeding][outcome])
            values.append((text, 1, 1))
            truth[proceeding][outcome] = value
    rows.append(values)
    return TableModel("reviews", rows, 3)


# ---------------------------------------------------------------- noise on the rows of a table


def _damage_rows(rng: random.Random, plan: Plan, table: TableModel, noise_log: list,
                 unprinted: list[list[str]]) -> None:
    """Lost separators and short rows, in table 3 (and the table 4 row for lost separators). The cells a
    short row lost go to `unprinted` as [table, row, column]: the document does not print them."""
    if table.name not in ("applications", "reviews"):
        return
    data_rows = list(range(table.header_rows, len(table.rows)))
    if "lost_separator" in plan.noise and plan.layout != "txt-aligned":  # aligned: _aligned squeezes a gap
        candidates = []
        for i in data_rows:
            row = table.rows[i]
            width = 7 if table.name == "applications" else 15
            values = row[-width:]
            for j in range(len(values) - 1):
                left, right = values[j][0], values[j + 1][0]
                if _is_plain_number(left) and _is_plain_number(right):
                    candidates.append((i, len(row) - width + j))
        if candidates:
            i, j = rng.choice(candidates)
            row = table.rows[i]
            joiner = rng.choice(("", " "))
            row[j : j + 2] = [(row[j][0] + joiner + row[j + 1][0], 1, 1)]
            noise_log.append(f"lost_separator: {table.name} row {i - table.header_rows + 1} "
                             f"cells ran together as {row[j][0]!r}")
    if "short_row" in plan.noise and table.name == "applications":
        i = rng.choice(data_rows)
        lost = rng.randint(1, 3)
        table.rows[i] = table.rows[i][:-lost]
        noise_log.append(f"short_row: applications row {i - table.header_rows + 1} lost its last {lost} cells")
        key = L.application_rows(plan.template)[i - table.header_rows]
        unprinted += [["applications", key, column] for column in L.APPLICANT_KEYS[-lost:]]


def _is_plain_number(text: str) -> bool:
    return text.isdigit() and text.isascii()


# ---------------------------------------------------------------- prose and the model


def _prose(rng: random.Random, plan: Plan, fig: Figures) -> dict[str, list[str]]:
    received = fig.applications["new_received"]["total"]
    y = plan.year
    return {
        "intro": [(f"本报告根据《中华人民共和国政府信息公开条例》要求，由{plan.agency}编制。本报告所列数据的统计期限自"
                   f"{y}年1月1日起至{y}年12月31日止。")],
        "overview": [
            (f"{y}年，{plan.agency}认真贯彻落实《条例》和上级关于政务公开工作的部署要求，全面推进决策、执行、管理、服务、"
             "结果“五公开”，政府信息公开工作取得积极成效。"),
            f"全年主动公开政府信息{rng.randint(40, 900)}条，发布政策解读{rng.randint(1, 20)}篇。",
            f"{y}年，共收到政府信息公开申请{received}件，均在法定期限内予以答复。",
        ],
        "problems": ["一是政策解读形式还比较单一；二是基层工作人员业务能力有待提高。下一步将加强培训，不断提升工作水平。"],
        "other": [rng.choice(("本年度无其他需要报告的事项。", "无。"))],
    }


def _model(rng: random.Random, plan: Plan, fig: Figures, issue_rng: random.Random | None = None
           ) -> tuple[list, dict, list[str]]:
    """(blocks, truth, noise log); a block is a paragraph (str) or a TableModel."""
    issue_rng = issue_rng or random.Random(f"{plan.index}:issue14")
    printer = Printer(rng, plan)
    disclosures: list = []
    applications: dict = {}
    reviews: dict = {}
    tables = [_table2(rng, plan, fig, printer, disclosures), _table3(rng, plan, fig, printer, applications),
              _table4(rng, plan, fig, printer, reviews)]
    noise_log: list[str] = []
    unprinted: list[list[str]] = []
    for table in tables:
        _damage_rows(rng, plan, table, noise_log, unprinted)
    _issue_damage(issue_rng, plan, fig, tables[1], Printer(issue_rng, plan), applications, noise_log)
    unprinted = [cell for cell in unprinted if cell[1] in applications]  # a row printed anew is whole
    drift = "label_drift" in plan.noise
    heading = {k: (rng.choice(v) if drift else v[0]) for k, v in HEADINGS.items()}
    prose = _prose(rng, plan, fig)
    head, intro, tail = _title_blocks(issue_rng, plan, rng.random() < 0.5, prose["intro"])
    blocks: list = head + intro + [heading["overview"]] + prose["overview"]
    blocks += [heading["disclosures"], tables[0], heading["applications"], tables[1], heading["reviews"], tables[2]]
    blocks += [heading["problems"]] + prose["problems"] + [heading["other"]] + prose["other"] + tail
    if "traditional" in plan.noise:
        blocks = [_traditional(b) for b in blocks]
    truth = {"disclosures": disclosures, "applications": applications, "reviews": reviews}
    if unprinted:
        # the truth keeps the report's figure there; a rendition's truth says what its drawing shows
        # (benchmarks/renditions.py)
        truth["unprinted"] = unprinted
    return blocks, truth, noise_log


@lru_cache(maxsize=1)
def _s2t():
    """One converter per process: building it loads OpenCC's dictionaries (~80 ms), converting a
    cell takes ~1 µs, and a table has hundreds of cells."""
    import opencc

    return opencc.OpenCC("s2t.json")


def _traditional(block):
    """The block in traditional characters, as OpenCC's s2t writes it (what the parser's t2s reads)."""
    convert = _s2t().convert
    if isinstance(block, str):
        return convert(block)
    block.rows = [[(convert(t), rs, cs) for t, rs, cs in row] for row in block.rows]
    return block


# ---------------------------------------------------------------- renderers: text


def _page_break(plan: Plan, page: int) -> list[str]:
    return ["", f"— {page} —", f"\f{plan.agency}{plan.year}年政府信息公开工作年度报告", ""]


def _break_after(rng: random.Random, plan: Plan, table: TableModel) -> int | None:
    if "page_break" not in plan.noise or table.name != "applications":
        return None
    return rng.randint(table.header_rows + 1, len(table.rows) - 2)


def render_text(rng: random.Random, plan: Plan, blocks: list) -> str:
    lines: list[str] = []
    spaced = rng.random() < 0.5
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
            if spaced:
                lines.append("")
            continue
        grid = expand_spans(block.rows)
        breaking = _break_after(rng, plan, block)
        renderer = {"txt-tabs": _tabs, "txt-cells": _cells, "txt-aligned": _aligned, "txt-pipes": _pipes}[plan.layout]
        if plan.layout == "txt-aligned":
            squeeze = None
            if "lost_separator" in plan.noise and block.name == "applications":
                squeeze = rng.randint(block.header_rows, len(block.rows) - 1)
            rendered = _aligned(rng, grid, block.rows, squeeze)
        else:
            rendered = renderer(rng, grid, block.rows)
        for index, row_lines in enumerate(rendered):
            lines.extend(row_lines)
            if breaking is not None and index == breaking:
                lines.extend(_page_break(plan, 2 + plan.index % 20))
                if rng.random() < 0.5:  # the header rows the typesetter repeats on the new page
                    lines.extend(line for header in rendered[: block.header_rows] for line in header)
        lines.append("")
    return "\n".join(lines) + "\n"


def _tabs(rng: random.Random, grid: list, rows: list) -> list[list[str]]:
    return [grid_lines([row], keep_covered=True) for row in grid]


def _cells(rng: random.Random, grid: list, rows: list) -> list[list[str]]:
    """One cell per line behind a tab, a blank line after each row (seeds 001, 004)."""
    out = []
    for row in grid:
        out.append(["\t" + text for text in row if text is not None and not _absent(text)] + [""])
    return out


def _pipes(rng: random.Random, grid: list, rows: list) -> list[list[str]]:
    """Markdown pipe rows; now and then a row broken over two lines, as text wrapped at a width."""
    out = []
    for index, row in enumerate(grid):
        cells = [("" if text is None else text) for text in row if not _absent(text)]
        line = "| " + " | ".join(cells) + " |"
        if index == 0:
            out.append([line, "|" + "---|" * len(row)])
            continue
        if rng.random() < 0.15:
            cut = rng.randint(3, len(line) - 3)
            out.append([line[:cut].rstrip(" "), line[cut:].lstrip(" ")])
        else:
            out.append([line])
    return out


def _aligned(rng: random.Random, grid: list, rows: list, squeeze_row: int | None = None) -> list[list[str]]:
    """Columns aligned by runs of spaces, as `pdftotext -layout` writes a ruled table: every text
    centred over the columns it spans, empty cells only spaces. In `squeeze_row` the gap between
    two figures shrinks to one space, the way text runs together when cells are narrow."""
    columns = len(grid[0])
    placed = list(placed_cells(rows))
    widths = [4] * columns
    for _, c, text, _, colspan in placed:
        if colspan == 1:
            widths[c] = max(widths[c], display_width(text) + 4)
    for _, c, text, _, colspan in placed:
        need = display_width(text) + 4 - sum(widths[c : c + colspan])
        if colspan > 1 and need > 0:
            widths[c + colspan - 1] += need
    starts = [sum(widths[:c]) for c in range(columns)]
    lines = [""] * len(rows)
    squeezable = [c for r, c, text, _, _ in placed if r == squeeze_row and _is_plain_number(text)]
    squeezed = next((c for c in squeezable if c - 1 in squeezable), None) if squeezable else None
    for r, c, text, _, colspan in placed:
        if not text:
            continue
        room = sum(widths[c : c + colspan])
        left = starts[c] + (room - display_width(text)) // 2
        gap = 1 if (r, c) == (squeeze_row, squeezed) else max(2 if lines[r].strip() else 0, left - display_width(lines[r]))
        lines[r] += " " * gap + text
    return [[line.rstrip()] for line in lines]


def _absent(text) -> bool:
    return text is ABSENT


# ---------------------------------------------------------------- renderers: HTML, DOCX, PDF


def render_html(rng: random.Random, plan: Plan, blocks: list) -> bytes:
    import html

    declared = {"html-utf8": "utf-8", "html-gbk": "gbk", "html-gbk-undeclared": None}[plan.layout]
    meta = ""
    if declared == "utf-8":
        meta = '<meta charset="utf-8">'
    elif declared:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'
    parts = [f"<!DOCTYPE html>\n<html><head>{meta}<title>{html.escape(plan.agency)}</title></head><body>",
             '<div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div>']
    for block in blocks:
        if isinstance(block, str):
            tag = "h2" if block[:2] in ("一、", "二、", "三、", "四、", "五、", "六、") else "p"
            parts.append(f"<{tag}>{html.escape(block)}</{tag}>")
            continue
        parts.append('<table border="1" cellspacing="0">')
        for r, row in enumerate(block.rows):
            parts.append("<tr>")
            for text, rowspan, colspan in row:
                attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
                tag = "th" if r < block.header_rows else "td"
                body = html.escape(text)
                if text == "" and rng.random() < 0.3:
                    body = "&nbsp;"
                elif len(text) > 8 and rng.random() < 0.2:
                    body = f"<span>{html.escape(text[:4])}</span><br>{html.escape(text[4:])}"
                parts.append(f"<{tag}{attrs}>{body}</{tag}>")
            parts.append("</tr>")
        parts.append("</table>")
    parts.append("<p>主办单位：" + html.escape(plan.agency) + "</p></body></html>\n")
    source = "\n".join(parts)
    return source.encode("utf-8" if declared == "utf-8" else "gb18030")


def render_docx(rng: random.Random, plan: Plan, blocks: list) -> bytes:
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        grid = expand_spans(block.rows)
        table = document.add_table(rows=len(grid), cols=len(grid[0]))
        table.style = "Table Grid"
        width = len(grid[0])
        cells = table._cells  # once: table.cell() recomputes the whole grid on every call
        for r, c, text, rowspan, colspan in placed_cells(block.rows):
            cell = cells[r * width + c]
            if rowspan > 1 or colspan > 1:
                cell = cell.merge(cells[(r + rowspan - 1) * width + c + colspan - 1])
            cell.text = text
        for r, row in enumerate(grid):  # a short row: its trailing <w:tc> elements are gone
            absent = sum(1 for text in row if _absent(text))
            if absent:
                tr = table.rows[r]._tr
                for tc in tr.tc_lst[-absent:]:
                    tr.remove(tc)
    out = io.BytesIO()
    document.save(out)
    return _without_timestamps(out.getvalue())


def _without_timestamps(package: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01, so a document is the same bytes every run."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(package))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(zipfile.ZipInfo(info.filename, (1980, 1, 1, 0, 0, 0)), source.read(info.filename),
                            compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def placed_cells(rows: list[list[tuple[str, int, int]]]):
    """(row, column, text, rowspan, colspan) of each cell, at the grid position expand_spans gives it."""
    taken: set[tuple[int, int]] = set()
    for r, row in enumerate(rows):
        c = 0
        for text, rowspan, colspan in row:
            while (r, c) in taken:
                c += 1
            taken.update((r + dr, c + dc) for dr in range(rowspan) for dc in range(colspan))
            yield r, c, text, rowspan, colspan
            c += colspan


_PDF_FONT = "STSong-Light"


def render_pdf(rng: random.Random, plan: Plan, blocks: list) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    if _PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(_PDF_FONT))
    body = ParagraphStyle("body", fontName=_PDF_FONT, fontSize=10.5, leading=16, wordWrap="CJK")
    cell_style = ParagraphStyle("cell", fontName=_PDF_FONT, fontSize=7.5, leading=9.5, wordWrap="CJK")
    running = f"{plan.agency}{plan.year}年政府信息公开工作年度报告"

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(_PDF_FONT, 8)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 30, running)
        canvas.drawCentredString(A4[0] / 2, 25, f"— {doc.page} —")
        canvas.restoreState()

    from xml.sax.saxutils import escape

    story: list = []
    usable = A4[0] - 100
    for block in blocks:
        if isinstance(block, str):
            story.append(Paragraph(escape(block), body))
            continue
        grid = expand_spans(block.rows)
        width = len(grid[0])
        data = [[Paragraph(escape(text), cell_style) if text else "" for text in row] for row in grid]
        styles = [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("FONT", (0, 0), (-1, -1), _PDF_FONT, 7.5)]
        for r, c, _text, rowspan, colspan in placed_cells(block.rows):
            if rowspan > 1 or colspan > 1:
                styles.append(("SPAN", (c, r), (c + colspan - 1, r + rowspan - 1)))
        if block.name == "applications":
            col_widths = [usable * 0.1, usable * 0.1, usable * 0.24] + [usable * 0.08] * 7
        else:
            col_widths = [usable / width] * width
        table = Table(data, colWidths=col_widths, repeatRows=block.header_rows)
        table.setStyle(TableStyle(styles))
        story += [Spacer(1, 4), table, Spacer(1, 4)]
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50,
                            invariant=1, title=running)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return out.getvalue()


# ---------------------------------------------------------------- files that are not reports


def _not_a_report(rng: random.Random, index: int) -> tuple[str, bytes, str]:
    """(extension, bytes, expected quarantine code)."""
    kind = ("empty", "binary", "image_pdf", "notice_pdf", "notice_html", "notice_docx")[index % 6]
    if kind == "empty":
        return "txt", b"", "empty"
    if kind == "binary":
        return "txt", bytes(rng.randrange(256) for _ in range(2048)) + b"\x00", "unreadable"
    notice = [
        "关于召开全区政务公开工作推进会议的通知",
        "各街道办事处，区政府各部门、各直属单位：",
        "为贯彻落实上级关于政务公开工作的部署要求，经区政府同意，定于3月5日召开全区政务公开工作推进会议。",
        "请各单位于3月3日下班前将参会人员回执报送至区政府办公室。",
    ]
    plan = Plan(index, "某某区人民政府办公室", 2021, "2021", "pdf")
    if kind == "image_pdf":
        from reportlab.pdfgen import canvas as pdf_canvas

        out = io.BytesIO()
        page = pdf_canvas.Canvas(out, invariant=1)
        for i in range(12):  # a scanned page: shapes, no text layer
            page.rect(60, 780 - i * 55, 470, 40, fill=1)
        page.showPage()
        page.save()
        return "pdf", out.getvalue(), "image_only_pdf"
    if kind == "notice_pdf":
        return "pdf", render_pdf(rng, plan, notice), "not_a_report"
    if kind == "notice_html":
        plan.layout = "html-utf8"
        return "html", render_html(rng, plan, notice), "not_a_report"
    return "docx", render_docx(rng, plan, notice), "not_a_report"


# ---------------------------------------------------------------- the corpus

EXTENSIONS = {"txt-dump": "txt", "txt-crawl": "txt", "txt-layout": "txt", "txt-cells-blank": "txt", "narrative": "txt", "txt-tabs": "txt", "txt-cells": "txt", "txt-aligned": "txt", "txt-pipes": "md", "html-utf8": "html",
              "html-gbk": "htm", "html-gbk-undeclared": "html", "docx": "docx", "pdf": "pdf"}
# Layouts made on request only (not in LAYOUTS), named by their file extension: testkit/office.py.
OFFICE_LAYOUTS = ("doc", "wps", "xlsx", "xls", "et")


def make_document(seed: int, index: int, layout: str | None = None, noise: set[str] | None = None,
                  template: str | None = None, title_style: str | None = None) -> Document:
    """Document `index` of the corpus of `seed`; `layout`, `noise`, `template` and `title_style`
    override the plan (tests make the same report in several formats this way). With `noise` given,
    the title is the classic one unless `title_style` says otherwise."""
    rng = random.Random(f"{seed}:{index}")
    if layout == NOT_A_REPORT or (layout is None and index % 50 == 49):
        ext, data, code = _not_a_report(rng, index // 50)
        name = f"{index:06d}_not-a-report.{ext}"
        truth = {"source": name, "layout": NOT_A_REPORT, "status": "quarantined", "quarantine_code": code,
                 "agency": None, "year": None, "template": None, "disclosures": [], "applications": {}, "reviews": {},
                 "noise": []}
        return Document(name, NOT_A_REPORT, data, truth)
    plan = _plan(rng, index, layout)
    if noise is not None:
        plan.noise = set(noise)
    if template is not None:
        plan.template = template
    issue_rng = _issue_plan(seed, index, plan, title_style or ("classic" if noise is not None else None),
                            random_noise=noise is None)
    _consistent(plan)
    fig = _figures(rng, plan)
    render_rng = random.Random(f"{seed}:{index}:render")
    if plan.layout == "narrative":
        text, truth = _narrative_document(issue_rng, plan, fig)
        head, intro, tail = _title_blocks(issue_rng, plan, rng.random() < 0.5, _prose(rng, plan, fig)["intro"])
        blocks, noise_log = [*head, *intro, text, *tail], []
        if "traditional" in plan.noise:
            blocks = [_traditional(b) for b in blocks]
    else:
        blocks, truth, noise_log = _model(rng, plan, fig, issue_rng)
    if plan.layout in ISSUE_LAYOUTS:
        renderer = {"txt-crawl": render_crawl, "txt-layout": render_layout, "txt-cells-blank": render_cells_blank,
                    "narrative": render_cells_blank, "txt-dump": render_dump}[plan.layout]
        data = renderer(render_rng, plan, blocks).encode("utf-8")
    elif plan.layout in TEXT_LAYOUTS:
        text = render_text(render_rng, plan, blocks)
        data = text.encode("gb18030" if render_rng.random() < 0.15 else "utf-8")
    elif plan.layout.startswith("html"):
        data = render_html(render_rng, plan, blocks)
    elif plan.layout == "docx":
        data = render_docx(render_rng, plan, blocks)
    elif plan.layout in OFFICE_LAYOUTS:  # legacy Word/WPS and spreadsheets: testkit/office.py
        from .office import render_office

        data = render_office(render_rng, plan, blocks)
    else:
        data = render_pdf(render_rng, plan, blocks)
    name = f"{index:06d}_{plan.layout}.{EXTENSIONS.get(plan.layout, plan.layout)}"
    narrative = plan.layout == "narrative"
    truth = {
        "source": name,
        "layout": plan.layout,
        "agency": plan.agency,
        "year": plan.year,
        "template": "narrative" if narrative else plan.template,
        "status": "narrative" if narrative else "parsed",
        "title_style": plan.title_style,
        **truth,
        "noise": sorted(plan.noise),
        "noise_detail": noise_log,
    }
    return Document(name, plan.layout, data, truth)


def generate_corpus(count: int, seed: int = 0):
    for index in range(count):
        yield make_document(seed, index)


def write_corpus(directory, count: int, seed: int = 0) -> list[Path]:
    """DIR/reports/<doc> and DIR/truth/<doc>.truth.json; returns the report paths."""
    directory = Path(directory)
    (directory / "reports").mkdir(parents=True, exist_ok=True)
    (directory / "truth").mkdir(parents=True, exist_ok=True)
    paths = []
    for document in generate_corpus(count, seed):
        path = directory / "reports" / document.name
        path.write_bytes(document.data)
        truth = json.dumps(document.truth, ensure_ascii=False, indent=1) + "\n"
        (directory / "truth" / truth_name(document.name)).write_text(truth, encoding="utf-8")
        paths.append(path)
    return paths


# ================================================================ the shapes of issue 14
# Layouts, titles and labels real reports have that the four text renditions above do not: a
# crawled page's text with no separators at all, `pdftotext -layout` text of a real PDF, one cell
# per line with empty cells as empty lines, misprinted labels, a 2021 table that prints （六）其他处理
# as one row, narrative-only reports, and titles in every form (year first, 关于…的报告, the name on
# its own line, markdown, web chrome, an index block, 由…编制, the signature, a glyph misread by OCR).
# Drawn with their own random stream, so the documents of the layouts above stay as they were.

ISSUE_LAYOUTS = ("txt-crawl", "txt-layout", "txt-cells-blank", "narrative", "txt-dump")
TITLE_STYLES = ("classic", "year_first", "guanyu", "own_line_below", "markdown", "web_chrome", "index_block",
                "compiled_by", "signature")
ISSUE_NOISE = (
    "misprint",  # a label misprinted or abbreviated (2.其他法律行政止公开, 1.国家秘密)
    "other_one_row",  # 2021: （六）其他处理 printed as one row, without its three sub-rows
    "ocr_glyph",  # the title's place name with one glyph misread (沐阳县 for 沭阳县)
)
MISPRINTS = {
    "new_received": ("一、本年新收申请数量", "一、本年新收政府信息公开申请"),
    "carried_over": ("二、上年结转申请数量", "二、上年结转政府信息公开申请"),
    "denied_prohibited_by_law": ("2.其他法律行政止公开", "2.其他法律行政法规禁止公开的"),
    "denied_security_stability": ("3.危及“三安全一稳定”的", "3.危及三安全一稳定"),
    "denied_state_secret": ("1.国家秘密",),
    "rejected_excessive": ("4.大量反复申请", "4.无正当理由大量反复申请的"),
    "rejected_confirmation": ("5.要求确认或重新出具已获取信息", "5.要求行政机关确认或重新出具已获取信息的"),
    "unavailable_needs_creation": ("2.没有现成信息需另行制作",),
    "carried_forward": ("四、结转下年度办理", "四、结转下年度继续办理的"),
}
_OCR_PLACE = ("宿迁市沭阳县", "宿迁市沐阳县")  # (as it is, as OCR read the title)


def _issue_plan(seed: int, index: int, plan: Plan, title_style: str | None, random_noise: bool) -> random.Random:
    """The title style and the noise of issue 14, from a random stream of their own (noise only when
    the caller did not name the noise)."""
    rng = random.Random(f"{seed}:{index}:issue14")
    draw_style = rng.random() < 0.4, rng.choice(TITLE_STYLES[1:])
    if title_style is None:
        title_style = "classic" if draw_style[0] else draw_style[1]
    if title_style == "markdown" and plan.layout not in ("txt-pipes", "txt-tabs", "txt-cells", "txt-cells-blank",
                                                         "narrative"):
        title_style = "year_first"
    plan.title_style = title_style
    for kind, rate in (("misprint", 0.15), ("other_one_row", 0.2), ("ocr_glyph", 0.04)):
        if rng.random() < rate and random_noise:
            plan.noise.add(kind)
    if "ocr_glyph" in plan.noise:
        plan.agency = _OCR_PLACE[0] + next(d for d in DEPARTMENTS if plan.agency.endswith(d))
    return rng


def _written_agency(plan: Plan) -> str:
    return plan.agency.replace(*_OCR_PLACE) if "ocr_glyph" in plan.noise else plan.agency


def _title_blocks(rng: random.Random, plan: Plan, split: bool, intro: list[str]) -> tuple[list, list, list]:
    """(blocks before the intro, the intro, blocks after the last section) for the plan's title style."""
    y, written = plan.year, _written_agency(plan)
    title = f"{y}年政府信息公开工作年度报告"
    style = plan.title_style
    anonymous_intro = [(f"本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告所列数据的统计期限自{y}年1月1日起至"
                        f"{y}年12月31日止。")]
    signature = [written, f"{y + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"]
    if style == "classic":
        return ([written, title] if split else [written + title]), intro, []
    if style == "year_first":
        return [f"{y}年{written}政府信息公开工作年度报告"], intro, []
    if style == "guanyu":
        return [f"关于{written}{y}年度政府信息公开工作情况的报告"], intro, []
    if style == "own_line_below":
        return [title, written], intro, []
    if style == "markdown":
        return [f"# {written}{title}"], intro, []
    if style == "web_chrome":
        named = rng.random() < 0.5
        source = (f"来源：{written} 时间：{y + 1}-01-{rng.randint(10, 28)} {rng.randint(8, 18)}:{rng.randint(10, 59)} "
                  "微信 微博 QQ空间 打印")
        return ["当前位置：首页 > 政务公开 > 政府信息公开年报", (written if named else "") + title, source], intro, []
    if style == "index_block":
        return ([f"索引号：{rng.randint(10**7, 10**8 - 1)}/{y + 1}-{rng.randint(1, 999):05d}", f"发布机构：{written}",
                 f"成文日期：{y + 1}-01-{rng.randint(10, 28)}", f"标题：{title}", title], anonymous_intro, [])
    if style == "compiled_by":
        return [title], intro, []  # the intro says 由{agency}编制
    if style == "signature":
        return [title], anonymous_intro, signature
    raise AssertionError(style)


def _issue_damage(rng: random.Random, plan: Plan, fig: Figures, table: TableModel, printer: Printer, truth: dict,
                  noise_log: list[str]) -> None:
    """Misprinted labels and the 2021 （六）其他处理 printed as one row, in table 3."""
    keys = L.application_rows(plan.template)
    if "misprint" in plan.noise:
        for key in rng.sample(sorted(MISPRINTS), 2):
            row = table.rows[table.header_rows + keys.index(key)]
            label = len(row) - len(L.APPLICANT_KEYS) - 1  # the leaf label, just before the figures
            if label >= 0:
                text, rowspan, colspan = row[label]
                row[label] = (rng.choice(MISPRINTS[key]), rowspan, colspan)
                noise_log.append(f"misprint: {text!r} printed as {row[label][0]!r}")
    if "other_one_row" in plan.noise:
        _other_as_one_row(table, fig, printer, truth)
        noise_log.append("other_one_row: （六）其他处理 printed as one row")


def _other_as_one_row(table: TableModel, fig: Figures, p: Printer, truth: dict) -> None:
    """2021 template, （六）其他处理 printed as one row holding the sum of its three sub-rows."""
    sub = ("other_no_correction", "other_no_fee_paid", "other_misc")
    start = table.header_rows + L.application_rows("2021").index(sub[0])
    values = []
    truth["other"] = {}
    for column in L.APPLICANT_KEYS:
        text, value = p.count(sum(fig.applications[key][column] for key in sub))
        values.append((text, 1, 1))
        truth["other"][column] = value
    table.rows[start : start + 3] = [[("（六）其他处理", 1, 2), *values]]
    granted = table.rows[table.header_rows + L.application_rows("2021").index("granted")]
    text, rowspan, colspan = granted[0]  # 三、本年度办理结果 spans two rows fewer
    granted[0] = (text, rowspan - 2, colspan)
    for key in sub:
        truth.pop(key)


# ---------------------------------------------------------------- renderers of issue 14


def render_crawl(rng: random.Random, plan: Plan, blocks: list) -> str:
    """A crawled page's text, as `BeautifulSoup.get_text()` gives it with no separator: chrome,
    title, paragraphs and every table cell run together on one line. An empty cell is what the
    page holds: nothing in a table a CMS wrote (`<td></td>`, as the 平潭 crawls of
    tests/fixtures/real drop their blank rows), or a no-break space in a page exported from Word,
    which writes `&nbsp;` in every empty cell (the 上海 and 沭阳 crawls, 06 and 97, keep one per cell)."""
    empty = "\xa0" if rng.random() < 0.5 else ""
    parts = ["当前位置：首页>政务公开>政府信息公开>年报"]
    for block in blocks:
        if isinstance(block, str):
            parts.append(block)
            continue
        for row in expand_spans(block.rows):
            parts.extend(text or empty for text in row if text is not None and not _absent(text))
    parts.append(f"【打印本页】【关闭窗口】主办单位：{plan.agency}")
    return "".join(parts) + "\n"


def render_cells_blank(rng: random.Random, plan: Plan, blocks: list) -> str:
    """One cell per line and nothing else: an empty cell is an empty line or a line of
    (full-width) spaces; no line between rows."""
    empty = rng.choice(("", "\u3000", "\u3000\u3000", "  "))
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
            continue
        for row in expand_spans(block.rows):
            lines.extend(text if text else empty for text in row if text is not None and not _absent(text))
    return "\n".join(lines) + "\n"


def render_dump(rng: random.Random, plan: Plan, blocks: list) -> str:
    """A text browser's dump of the page (`lynx -dump` of a table too wide to lay out): every paragraph
    and every cell on a line of its own, indented, followed by an empty line; an empty cell is one
    more empty line. Now and then the browser drops the empty cells that end a table (they leave no
    line at all: those cells are lost, not blank)."""
    indent = " " * rng.choice((3, 3, 6))
    drops_trailing = rng.random() < 0.3
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            lines += [indent + block, ""]
            continue
        cells = [text for row in expand_spans(block.rows) for text in row if text is not None and not _absent(text)]
        if drops_trailing:
            while cells and not cells[-1]:
                cells.pop()
        for text in cells:
            lines += [indent + text, ""] if text else [""]
    return "\n".join(lines) + "\n"


def render_layout(rng: random.Random, plan: Plan, blocks: list) -> str:
    """`pdftotext -layout` text of a ruled PDF table: columns separated by runs of spaces, labels
    wrapped over two to four lines with the figures on the first or a middle line, a merged label
    written one character per line down its column, header rows spread over several lines, and a
    page footer in the middle of table 3."""
    lines: list[str] = []
    page = 1
    for block in blocks:
        if isinstance(block, str):
            lines += ["", block] if block[:2] in ("一、", "二、", "三、", "四、", "五、", "六、") else [block]
            continue
        rendered = _layout_rows(rng, block)
        footer_after = rng.randint(block.header_rows + 3, len(rendered) - 3) if block.name == "applications" else None
        for index, row_lines in enumerate(rendered):
            lines += row_lines
            if index == footer_after:
                page += 1
                lines += ["", rng.choice((f"— {page} —", f"第 {page} 页 共 {page + 2} 页", f"- {page} -")), "",
                          f"\f{plan.agency}{plan.year}年政府信息公开工作年度报告", ""]
        lines.append("")
    return "\n".join(lines) + "\n"


def _layout_rows(rng: random.Random, block: TableModel) -> list[list[str]]:
    grid = expand_spans(block.rows)
    columns = len(grid[0])
    placed = list(placed_cells(block.rows))
    value_columns = {"applications": 7, "reviews": 15}.get(block.name, columns - 1)
    first_value = columns - value_columns
    wrap = {c: (rng.randint(4, 7) if c < first_value else rng.randint(2, 4)) for c in range(columns)}
    chunks: dict[tuple[int, int], list[str]] = {}
    vertical: dict[tuple[int, int], tuple[str, int]] = {}
    for r, c, text, rowspan, colspan in placed:
        if not text:
            continue
        if rowspan > 1 and c < first_value and r >= block.header_rows:
            vertical[(r, c)] = (text, rowspan)  # a merged label: one character per line
            continue
        width = sum(wrap[c + k] for k in range(colspan)) + (colspan - 1)
        chunks[(r, c)] = [text] if _is_figure_text(text) else [text[i : i + width] for i in range(0, len(text), width)]
    heights = [max([len(v) for (r, _), v in chunks.items() if r == row] or [1]) for row in range(len(grid))]
    for (r, _c), (text, rowspan) in vertical.items():
        short = len(text) - sum(heights[r : r + rowspan])
        if short > 0:
            heights[r + rowspan - 1] += short
    widths = [max(2 * wrap[c] + 3, 6) for c in range(columns)]
    starts = [sum(widths[:c]) for c in range(columns)]
    figures_at = rng.choice(("first", "middle"))
    out = []
    for r in range(len(grid)):
        canvas: list[list[tuple[int, str]]] = [[] for _ in range(heights[r])]
        for (row, c), pieces in chunks.items():
            if row != r:
                continue
            figure = len(pieces) == 1 and _is_figure_text(pieces[0])
            top = (heights[r] - 1) // 2 if figure and figures_at == "middle" else 0
            for k, piece in enumerate(pieces):
                canvas[min(top + k, heights[r] - 1)].append((starts[c], piece))
        for (row, c), (text, rowspan) in vertical.items():
            offset = sum(heights[row:r])
            if row <= r < row + rowspan:
                for k in range(heights[r]):
                    if offset + k < len(text):
                        canvas[k].append((starts[c], text[offset + k]))
        out.append([_layout_line(items) for items in canvas])
    return out


def _is_figure_text(text: str) -> bool:
    return any(ch.isdigit() for ch in text) and len(text) <= 16 and not any("\u4e00" <= ch <= "\u9fff" for ch in
                                                                              text.replace("万元", "").replace("元", ""))


def _layout_line(items: list[tuple[int, str]]) -> str:
    line = ""
    for start, text in sorted(items):
        gap = max(2 if line.strip() else 0, start - display_width(line))
        line += " " * gap + text
    return line.rstrip()


# ---------------------------------------------------------------- narrative-only reports


def _narrative_document(rng: random.Random, plan: Plan, fig: Figures) -> tuple[str, dict]:
    """A report with no tables: its figures in sentences, in the ways reports phrase them. The truth
    holds exactly what the sentences state."""
    apps, reviews = fig.applications, fig.reviews
    y = plan.year
    stated: dict[str, dict[str, int]] = {}
    # how each count is written: Arabic, Chinese numerals (十二件), thousands separators (1,205件);
    # a stream of its own, so the sentences drawn stay as they were
    numerals = random.Random(f"{plan.index}:narrative-numerals")

    def state(row: str, column: str, value: int) -> str:
        stated.setdefault(row, {})[column] = value
        draw = numerals.random()
        if draw < 0.25 and value < 10000:
            return _chinese_numeral(value)
        return f"{value:,}" if draw < 0.5 and value >= 1000 else str(value)

    received = apps["new_received"]["total"]
    if received == 0 and rng.random() < 0.5:
        sentences = [rng.choice(("本年度未收到政府信息公开申请", f"{y}年，我单位没有收到政府信息公开申请",
                                 "本年度无政府信息公开申请", "本年度未有依申请公开事项"))]
        state("new_received", "total", 0)
    else:
        sentences = [rng.choice((f"{y}年，共受理政府信息公开申请{state('new_received', 'total', received)}件",
                                 f"全年共收到政府信息公开申请{state('new_received', 'total', received)}件",
                                 f"本年度收到依申请公开事项{state('new_received', 'total', received)}件",
                                 f"本年新收政府信息公开申请{state('new_received', 'total', received)}件"))]
        if received and rng.random() < 0.6:
            split = [f"其中自然人{state('new_received', 'natural_person', apps['new_received']['natural_person'])}件"]
            organisations = [c for c in SIX[1:] if apps["new_received"][c]]
            if not organisations:  # (其他N件 alone names no applicant a reader could tell: not written)
                split.append("法人或其他组织0件")
                for column in SIX[1:]:
                    state("new_received", column, 0)
            else:
                for column in (c for c in organisations if c != "other_org"):
                    split.append(f"{APPLICANT_LABELS[column]}{state('new_received', column, apps['new_received'][column])}件")
            sentences[0] += "，" + "，".join(split)
    if apps["carried_over"]["total"] and rng.random() < 0.5:
        sentences.append(f"上年结转政府信息公开申请{state('carried_over', 'total', apps['carried_over']['total'])}件")
    if received and rng.random() < 0.6:
        sentences.append(f"已办结{state('results_total', 'total', apps['results_total']['total'])}件")
    if apps["granted"]["total"] and rng.random() < 0.4:
        sentences.append(f"其中予以公开{state('granted', 'total', apps['granted']['total'])}件")
    if rng.random() < 0.5:
        sentences.append(f"结转下年度继续办理{state('carried_forward', 'total', apps['carried_forward']['total'])}件")
    review = reviews["administrative_review"]["total"]
    direct, after = reviews["litigation_direct"]["total"], reviews["litigation_after_review"]["total"]
    said = {}
    if review == direct == after == 0:
        legal = rng.choice((f"{y}年，未发生因政府信息公开工作引起的行政复议、行政诉讼案件，各项工作平稳有序开展",
                            "本年度，本机关政府信息公开工作中行政复议和行政诉讼均未发生，未出现不予答复的情形"))
        said = {p: 0 for p in L.PROCEEDING_KEYS}
    else:
        legal = f"{y}年，因政府信息公开被申请行政复议{review}起"
        said["administrative_review"] = review
        if direct == after == 0:
            legal += "，行政诉讼0件"
            said.update(litigation_direct=0, litigation_after_review=0)
        else:
            legal += f"，未经复议直接起诉{direct}件，复议后起诉{after}件"
            said.update(litigation_direct=direct, litigation_after_review=after)
        legal += "，均已依法妥善应对"
    truth_reviews = {p: {"total": v} for p, v in said.items()}
    lines = [
        "一、总体情况",
        (f"{y}年，{plan.agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
         "全面推进决策、执行、管理、服务、结果公开，政府信息公开工作取得积极成效。"),
        "二、依申请公开情况",
        "；".join(sentences) + "，均在法定期限内予以答复。",
        # a heading naming the reviews above no table at all, in half of them
        rng.choice(("三、政府信息公开行政复议、行政诉讼情况", "三、其他情况")),
        legal + "。",
        "四、存在的主要问题及改进情况",
        "一是政策解读形式还比较单一；二是工作人员业务能力有待提高。下一步将加强培训，不断提升工作水平。",
    ]
    return "\n".join(lines), {"disclosures": [], "applications": stated, "reviews": truth_reviews}


def _chinese_numeral(value: int) -> str:
    """12 → 十二, 105 → 一百零五, 1005 → 一千零五 (below 10,000)."""
    digits = "零一二三四五六七八九"
    if value < 10:
        return digits[value]
    if value < 20:
        return "十" + (digits[value - 10] if value > 10 else "")
    words, zero = "", False
    for unit, size in (("千", 1000), ("百", 100), ("十", 10)):
        count, value = divmod(value, size)
        if count:
            words += ("零" if zero and words else "") + digits[count] + unit
            zero = False
        elif words:
            zero = True
    return words + (("零" if zero else "") + digits[value] if value else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m testkit.corpus", description="write a labeled corpus: "
                                     "reports in every layout and format (DIR/reports), with their truth (DIR/truth)")
    parser.add_argument("directory")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    paths = write_corpus(args.directory, args.count, args.seed)
    print(f"wrote {len(paths)} documents to {args.directory}/reports, their truth to {args.directory}/truth")
    return 0


if __name__ == "__main__":
    sys.exit(main())

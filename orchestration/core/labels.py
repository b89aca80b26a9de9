"""Canonical keys of SPEC.md and the Chinese labels that name them: the only place they live.

Matching is on meaning, not exact strings: labels are compared after `squash()`, which drops
spaces, punctuation, numbering and bracketed notes, so `三、 本 年 度 办 理 结 果`, `（二）部分公开(区分处理的…)`
and `2.重复申请` all reduce to their core words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from . import numbering as N

# ---------------------------------------------------------------- agency names

# Provincial-level divisions whose name an agency may or may not write before its own
# (山东省淄博市民政局 / 淄博市民政局); core/agency_names.py drops them from the matching key.
# The four municipalities (北京市 …) are not here: in 北京市民政局 the prefix is the agency's place.
PROVINCE_PREFIXES: tuple[str, ...] = (
    "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省",
    "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
    "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区",
    "新疆维吾尔自治区",
)

# ---------------------------------------------------------------- table 2: disclosures

# item key -> (article, label variants, templates it belongs to)
DISCLOSURE_ITEMS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "regulations": ("20(1)", ("规章",), ("2019", "2021")),
    "normative_documents": ("20(1)", ("行政规范性文件", "规范性文件"), ("2019", "2021")),
    "administrative_licensing": ("20(5)", ("行政许可",), ("2019", "2021")),
    "other_management_services": ("20(5)", ("其他对外管理服务事项",), ("2019",)),
    "administrative_penalty": ("20(6)", ("行政处罚",), ("2019", "2021")),
    "administrative_coercion": ("20(6)", ("行政强制",), ("2019", "2021")),
    "administrative_fees": ("20(8)", ("行政事业性收费",), ("2019", "2021")),
    "centralized_procurement": ("20(9)", ("政府集中采购",), ("2019",)),
}

# metric key -> label variants (squashed prefixes are enough: reports truncate headers, e.g. `本年新`)
DISCLOSURE_METRICS: dict[str, tuple[str, ...]] = {
    # the 2019 words ending in 数量 are also printed without their final 量 (`对外公开总数`): no other
    # column's name holds what is left, so the shorter word names the same column
    # …and 本年新制作 printed without its 制 (`本年新作数量`), which names no other column either
    "new_made": ("本年新制作数量", "本年新制作数", "本年新作数量", "本年新作数"),
    "new_published": ("本年新公开数量", "本年新公开数"),
    "total_published": ("对外公开总数量", "对外公开总数"),
    "previous_year_count": ("上一年项目数量", "上一年项目数"),
    "current_year_count": ("本年项目数量", "本年项目数"),
    "change": ("本年增减", "增减"),
    "decisions": ("本年处理决定数量", "处理决定数量", "处理决定数"),
    "project_count": ("采购项目数量", "采购项目数"),
    "total_amount_wan_yuan": ("采购总金额",),
    "issued": ("本年制发件数",),
    "repealed": ("本年废止件数",),
    "in_force": ("现行有效件数",),
    "fee_amount_wan_yuan": ("本年收费金额",),
}

# Metrics that hold money (converted to 万元) or a signed change, rather than a whole count.
AMOUNT_METRICS = frozenset({"total_amount_wan_yuan", "fee_amount_wan_yuan"})
SIGNED_METRICS = frozenset({"change"})
# The unit the template prints in an amount column's header (2021: 本年收费金额（单位：万元）): a bare
# number in that column is in this unit, not an assumption. The 2019 采购总金额 prints none.
AMOUNT_UNIT_PRINTED = {"fee_amount_wan_yuan": "万元"}

# The columns each article's block has in each template, in template order. Used when a header
# is missing or truncated (`本年新 | 本年新`) and for COMPLETENESS.
TEMPLATE_DISCLOSURE_COLUMNS: dict[str, dict[str, tuple[str, ...]]] = {
    "2019": {
        "20(1)": ("new_made", "new_published", "total_published"),
        "20(5)": ("previous_year_count", "change", "decisions"),
        "20(6)": ("previous_year_count", "change", "decisions"),
        "20(8)": ("previous_year_count", "change"),
        "20(9)": ("project_count", "total_amount_wan_yuan"),
    },
    "2021": {
        "20(1)": ("issued", "repealed", "in_force"),
        "20(5)": ("decisions",),
        "20(6)": ("decisions",),
        "20(8)": ("fee_amount_wan_yuan",),
    },
}

# Header words that only the 2021 template prints, and those only the 2019 template prints.
TEMPLATE_2021_MARKERS = ("本年制发件数", "本年废止件数", "现行有效件数", "本年收费金额")
TEMPLATE_2019_MARKERS = ("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量")

# ---------------------------------------------------------------- table 3: applications

APPLICANTS: dict[str, tuple[str, ...]] = {
    "natural_person": ("自然人",),
    "commercial_enterprise": ("商业企业",),
    "research_institution": ("科研机构",),
    "social_welfare_org": ("社会公益组织",),
    "legal_service_org": ("法律服务机构",),
    "other_org": ("其他",),
    "total": ("总计",),
}
APPLICANT_KEYS: tuple[str, ...] = tuple(APPLICANTS)

# row key -> (label variants after squash, group, templates)
APPLICATION_ROWS: dict[str, tuple[tuple[str, ...], str, tuple[str, ...]]] = {
    "new_received": (("本年新收政府信息公开申请数量", "本年新收"), "intake", ("2019", "2021")),
    "carried_over": (("上年结转政府信息公开申请数量", "上年结转"), "intake", ("2019", "2021")),
    "granted": (("予以公开",), "outcome", ("2019", "2021")),
    # the bracketed note is squashed away whole; torn over lines (`（二）部` / `分公开（区分处理的，…不计其他情` /
    # `形）`), its first words still name the row
    "partially_granted": (("部分公开", "区分处理的只计这一情形"), "outcome", ("2019", "2021")),
    "denied_state_secret": (("属于国家秘密",), "outcome", ("2019", "2021")),
    "denied_prohibited_by_law": (("其他法律行政法规禁止公开",), "outcome", ("2019", "2021")),
    "denied_security_stability": (("危及三安全一稳定",), "outcome", ("2019", "2021")),
    "denied_third_party_rights": (("保护第三方合法权益",), "outcome", ("2019", "2021")),
    "denied_internal_affairs": (("属于三类内部事务信息",), "outcome", ("2019", "2021")),
    "denied_process_information": (("属于四类过程性信息",), "outcome", ("2019", "2021")),
    "denied_enforcement_files": (("属于行政执法案卷",), "outcome", ("2019", "2021")),
    "denied_administrative_query": (("属于行政查询事项",), "outcome", ("2019", "2021")),
    "unavailable_not_held": (("本机关不掌握相关政府信息",), "outcome", ("2019", "2021")),
    "unavailable_needs_creation": (("没有现成信息需要另行制作",), "outcome", ("2019", "2021")),
    "unavailable_unclear": (("补正后申请内容仍不明确",), "outcome", ("2019", "2021")),
    "rejected_petition": (("信访举报投诉类申请",), "outcome", ("2019", "2021")),
    "rejected_duplicate": (("重复申请",), "outcome", ("2019", "2021")),
    "rejected_publication": (("要求提供公开出版物",), "outcome", ("2019", "2021")),
    "rejected_excessive": (("无正当理由大量反复申请",), "outcome", ("2019", "2021")),
    "rejected_confirmation": (("要求行政机关确认或重新出具已获取信息",), "outcome", ("2019", "2021")),
    "other": (("其他处理",), "outcome", ("2019",)),
    "other_no_correction": (("申请人无正当理由逾期不补正",), "outcome", ("2021",)),
    "other_no_fee_paid": (("申请人逾期未按收费通知要求缴纳费用",), "outcome", ("2021",)),
    "other_misc": (("其他",), "outcome", ("2021",)),
    "results_total": (("总计",), "total", ("2019", "2021")),
    # its end alone where the label's start is cut at the page's edge or wrapped away: no other row's words hold it
    "carried_forward": (("结转下年度继续办理", "继续办理"), "carry", ("2019", "2021")),
}

# The words the template prints after a row's own (matched on) words, where several rows share them:
# (六)1 and 2 both end `、行政机关不再处理其政府信息公开申请`. A torn piece of these names no one row.
APPLICATION_SHARED_ENDINGS: dict[str, str] = {
    "other_no_correction": "行政机关不再处理其政府信息公开申请",
    "other_no_fee_paid": "行政机关不再处理其政府信息公开申请",
}

# The headings of table 3's groups of outcome rows (`三、本年度办理结果`, `（三）不予公开`, `（四）无法提供`,
# `（五）不予处理`, `（六）其他处理`): a merged cell beside its rows, whose characters a converter writes down the
# margin column and sets on the rows' lines (`果 （二）部分公开`, `其他处 申请人逾期…`). Their characters, each once,
# for a regex's character class: the pieces of a heading, whatever it was torn into.
OUTCOME_GROUP_HEADINGS = ("本年度办理结果", "不予公开", "无法提供", "不予处理", "其他处理")
GROUP_HEADING_CHARACTERS = "".join(dict.fromkeys("".join(OUTCOME_GROUP_HEADINGS)))


@lru_cache(maxsize=8)  # asked several times a report (table 3's reader, its alignment): two templates
def application_rows(template: str) -> tuple[str, ...]:
    return tuple(key for key, (_, _, templates) in APPLICATION_ROWS.items() if template in templates)


@lru_cache(maxsize=8)
def outcome_rows(template: str) -> tuple[str, ...]:
    return outcome_rows_among(application_rows(template))


def outcome_rows_among(keys: Sequence[str]) -> tuple[str, ...]:
    """The outcome rows (those APP_OUTCOME_SUM adds up) among table 3's `keys`, in their order."""
    return tuple(key for key in keys if APPLICATION_ROWS[key][1] == "outcome")


# ---------------------------------------------------------------- table 4: reviews

PROCEEDINGS: dict[str, str] = {
    "administrative_review": "行政复议",
    "litigation_direct": "行政诉讼·未经复议直接起诉",
    "litigation_after_review": "行政诉讼·复议后起诉",
}
REVIEW_OUTCOMES: dict[str, str] = {
    "upheld": "结果维持",
    "corrected": "结果纠正",
    "other": "其他结果",
    "pending": "尚未审结",
    "total": "总计",
}
PROCEEDING_KEYS: tuple[str, ...] = tuple(PROCEEDINGS)
REVIEW_OUTCOME_KEYS: tuple[str, ...] = tuple(REVIEW_OUTCOMES)

# ---------------------------------------------------------------- report structure

SECTION_HEADINGS: dict[str, tuple[str, ...]] = {
    "disclosures": ("主动公开政府信息情况", "主动公开情况"),
    "applications": ("收到和处理政府信息公开申请", "依申请公开政府信息"),
    "reviews": ("行政复议", "行政诉讼"),
    "problems": ("存在的主要问题", "存在的问题"),
}
REPORT_TITLE_WORDS = ("年度报告", "年报", "的报告", "情况报告")
TABLE_PRESENCE_MARKERS = {
    "disclosures": ("第二十条第",),
    "applications": ("本年新收政府信息公开申请数量", "本年新收"),
    "reviews": ("尚未审结",),
}
UNIT_FACTORS_TO_WAN_YUAN = {"亿元": 10000, "万元": 1, "元": 0.0001}
# a unit printed short (`16万`, `（亿）`): the unit it stands for
UNIT_SHORT_NAMES = {"万": "万元", "亿": "亿元"}
# every way a unit is printed, longest first (a regex alternation takes the first that fits): the one table
# that cells, headers and a unit on a line of its own are read with
UNIT_WORDS = tuple(sorted([*UNIT_FACTORS_TO_WAN_YUAN, *UNIT_SHORT_NAMES], key=len, reverse=True))
# `--` and `---`: the en and em dash as markdown writes them in ASCII (pandoc's `smart` extension)
BLANK_TOKENS = frozenset({"", "/", "-", "—", "–", "－", "无", "——", "／", "空", "--", "---"})

# Traditional characters: converted with OpenCC (the `opencc` wheel, OpenCC's own C++ library, t2s
# profile), not a hand-kept map. Measured on a 15 KB report in traditional characters: 0.4 ms with
# `opencc`, 22 ms with the pure-Python opencc-python-reimplemented (too slow for 1,000 reports/s).
# Most reports have no traditional character at all: one regex search over the characters t2s
# changes (built once per process from OpenCC itself) decides, so they pay ~0.04 ms and no conversion.
_CJK = range(0x4E00, 0xA000)


@lru_cache(maxsize=2)
def _opencc(profile: str):
    import opencc

    return opencc.OpenCC(f"{profile}.json")


@lru_cache(maxsize=1)
def _traditional_re() -> re.Pattern:
    characters = [chr(code) for code in _CJK]
    converted = _opencc("t2s").convert("\n".join(characters)).split("\n")
    return re.compile("[" + "".join(c for c, s in zip(characters, converted) if c != s) + "]")


def has_traditional(text: str) -> bool:
    return _traditional_re().search(text) is not None


def to_simplified(text: str) -> str:
    """Traditional characters to simplified ones (OpenCC t2s), only when the text has any. OpenCC's
    t2s keeps the length of what it converts, so line and column positions do not move."""
    if not has_traditional(text):
        return text
    converted = _opencc("t2s").convert(text)
    # positions are lineage (`line`) and layout (aligned columns): never trade them for a phrase
    return converted if len(converted) == len(text) else "".join(_opencc("t2s").convert(c) for c in text)


_PUNCT_RE = re.compile(r"[\s\u3000\"“”'‘’、，,。.：:；;（）()【】\[\]《》<>/／|·・\-—_*#]+")
# a comma may stand for the list mark after a numeral or a digit (`一，`, `1,`)
_NUMBERING_RE = re.compile(f"^(?:{N.CHINESE_NUMERAL}+[{N.LIST_MARKS}，,]|{N.OPENING_BRACKET}?{N.CHINESE_NUMERAL}+{N.CLOSING_BRACKET}"
                           rf"|\d+[{N.LIST_MARKS}，,{N.CLOSING_BRACKETS}])")
# Word's circled list numbers (`②重复申请`): numbering, taken off before NFKC makes them digits
_CIRCLED_NUMBERING_RE = re.compile(rf"^\s*[{N.CIRCLED_NUMBERS}]")
_BRACKET_NOTE_RE = re.compile(f"{N.OPENING_BRACKET}[^{N.OPENING_BRACKETS}{N.CLOSING_BRACKETS}]*{N.CLOSING_BRACKET}")
_SPACES_RE = re.compile(r"\s+")  # compiled once: re.sub(pattern, …) looks its pattern up in re's cache at every call


def opens_with_numbering(text: str) -> bool:
    """A label's first words: its numbering (`一、`, `（三）`, `4.`) opens it."""
    return _NUMBERING_RE.match(normalize_text(text).strip()) is not None


def normalize_text(text: str) -> str:
    """NFKC (full-width digits and letters to ASCII), no BOM, no non-breaking spaces."""
    return unicodedata.normalize("NFKC", text).replace("\ufeff", "").replace("\xa0", " ")


@lru_cache(maxsize=1 << 16)
def squash(label: str) -> str:
    """The core words of a label: no numbering, bracketed notes, spaces or punctuation."""
    text = _SPACES_RE.sub("", to_simplified(normalize_text(_CIRCLED_NUMBERING_RE.sub("", label))))  # `3 . 其 他`, `自 然 人`
    text = _BRACKET_NOTE_RE.sub("", text) if not text.startswith(("(", "（")) else text
    previous = None
    while previous != text:  # strip stacked numbering such as `三、(一)`
        previous = text
        text = _NUMBERING_RE.sub("", text.strip())
    text = _BRACKET_NOTE_RE.sub("", text)
    return _PUNCT_RE.sub("", text)


# ================================================================ agencies (issue 5: regions)
# Kept apart at the end of the file: the words that say what kind of body an agency is, read by
# orchestration/core/regions.py after the place names (which come from a library, not from here).

# A people's government (人民政府) and the township-level bodies below a county.
GOVERNMENT_WORDS: tuple[str, ...] = ("人民政府", "政府")
TOWNSHIP_SUFFIXES: tuple[str, ...] = ("民族乡", "镇", "乡", "街道", "苏木")
SUBDISTRICT_OFFICE_WORDS: tuple[str, ...] = ("街道办事处", "办事处")

# department function key -> words in the department's name, most specific first within a key.
# Matched by the longest word found, so 人民政府办公室 wins over 办公室 and 卫生健康委员会 over 委员会.
DEPARTMENT_FUNCTIONS: dict[str, tuple[str, ...]] = {
    "general_office": ("人民政府办公室", "人民政府办公厅", "政府办公室", "政府办公厅", "政府办"),
    "civil_affairs": ("民政局", "民政厅", "民政部"),
    "health": ("卫生健康委员会", "卫生健康局", "卫生和计划生育委员会", "卫健委", "卫生局"),
    "education": ("教育和体育局", "教育体育局", "教育局", "教育厅", "教育委员会", "教体局"),
    "housing_construction": ("住房和城乡建设局", "住房和城乡建设厅", "住房和城乡建设委员会", "住建局", "建设局"),
    "market_regulation": ("市场监督管理局", "市场监管局", "工商行政管理局", "质量技术监督局"),
    "human_resources_social_security": ("人力资源和社会保障局", "人力资源和社会保障厅", "人社局"),
    "public_security": ("公安局", "公安厅", "公安分局"),
    "finance": ("财政局", "财政厅"),
    "natural_resources": ("自然资源和规划局", "自然资源局", "自然资源厅", "国土资源局", "规划局"),
    "ecology_environment": ("生态环境局", "生态环境厅", "环境保护局", "环保局"),
    "transport": ("交通运输局", "交通运输厅", "交通局"),
    "agriculture_rural": ("农业农村局", "农业农村厅", "农业局", "畜牧局", "农业农村委员会"),
    "water_resources": ("水利局", "水务局", "水利厅"),
    "commerce": ("商务局", "商务厅"),
    "culture_tourism": ("文化和旅游局", "文化旅游局", "文化和旅游厅", "文化广电和旅游局", "文化体育和旅游局", "文旅局"),
    "emergency_management": ("应急管理局", "应急管理厅", "安全生产监督管理局"),
    "audit": ("审计局", "审计厅"),
    "statistics": ("统计局",),
    "justice": ("司法局", "司法厅"),
    "development_reform": ("发展和改革委员会", "发展和改革局", "发展改革委", "发改委", "发改局"),
    "industry_information": ("工业和信息化局", "工业和信息化厅", "经济和信息化局", "工信局", "经信局"),
    "science_technology": ("科学技术局", "科学技术厅", "科技局"),
    "veterans_affairs": ("退役军人事务局", "退役军人事务厅"),
    "medical_security": ("医疗保障局", "医保局"),
    "taxation": ("税务局",),
    "forestry": ("林业局", "林业和草原局", "林业厅"),
    "urban_management": ("城市管理局", "综合行政执法局", "城市管理行政执法局", "城管局"),
    "administrative_approval": ("行政审批服务局", "行政审批局", "政务服务管理局", "政务服务中心"),
    "big_data": ("大数据局", "大数据管理局", "大数据中心"),
    "ethnic_religious_affairs": ("民族宗教事务局", "民族宗教事务委员会", "民宗局"),
    "sports": ("体育局",),
    "petitions": ("信访局",),
    "archives": ("档案局", "档案馆"),
    "rural_revitalization": ("乡村振兴局", "扶贫开发办公室", "扶贫办"),
    "state_assets": ("国有资产监督管理委员会", "国资委"),
    "government_affairs": ("机关事务管理局", "机关事务服务中心"),
    "grain_reserves": ("粮食和物资储备局", "粮食局"),
    "financial_regulation": ("地方金融监督管理局", "金融工作办公室", "金融办"),
    "foreign_affairs": ("外事办公室", "外事办"),
    "radio_television": ("广播电视局", "新闻出版广电局"),
    "housing_fund": ("住房公积金管理中心",),
    "meteorology": ("气象局",),
    "earthquake": ("地震局",),
}

# The last characters of a department's name when no function word matches (局, 委员会, ...).
DEPARTMENT_SUFFIXES: tuple[str, ...] = (
    "局", "厅", "委员会", "委", "办公室", "办", "署", "中心", "管理处", "所", "站", "院", "馆", "分局", "支队", "大队",
)

# The last characters of a division's name (县, 区, 市, ...): a remainder that starts with one of
# these after the library has placed what it could is a division it could not name uniquely.
DIVISION_SUFFIXES: tuple[str, ...] = ("自治州", "自治县", "自治旗", "地区", "新区", "区", "县", "市", "旗", "盟")

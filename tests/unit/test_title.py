"""Title, year and agency: every place a report states them, and a report with readable tables
never lost for want of a name."""

from __future__ import annotations

from datetime import datetime

import pytest

from orchestration.core.batch import parse_to_rows
from orchestration.core.staging_schema import STAGING_TABLES
from orchestration.parsing import title as T
from orchestration.parsing.parse import parse_text
from orchestration.parsing.tokens import split_lines
from tests.unit.test_parser_edges import BALANCED, report_text

BODY = "一、总体情况\n本年度，我单位认真贯彻《条例》。\n"


def read(text: str, source: str | None = None) -> T.TitleRead:
    return T.read_title(split_lines(text), source)


@pytest.mark.parametrize(
    ("text", "agency", "year", "where"),
    [
        # the name in the title, before or after the year
        ("淄博市民政局2020年政府信息公开工作年度报告\n" + BODY, "淄博市民政局", 2020, T.FROM_TITLE),
        ("2023年高青县人民政府政府信息公开工作年度报告\n" + BODY, "高青县人民政府", 2023, T.FROM_TITLE),
        ("2023年高青县人民政府信息公开工作年度报告\n" + BODY, "高青县人民政府", 2023, T.FROM_TITLE),
        ("关于咸宁市咸安区民政局2021年度政府信息公开工作的报告\n" + BODY, "咸宁市咸安区民政局", 2021, T.FROM_TITLE),
        ("高青县财政局关于2022年度政府信息公开工作情况的报告\n" + BODY, "高青县财政局", 2022, T.FROM_TITLE),
        ("高青县民政局政府信息公开工作年度报告（2021年度）\n" + BODY, "高青县民政局", 2021, T.FROM_TITLE),
        ("高青县民政局二〇二〇年政府信息公开工作年度报告\n" + BODY, "高青县民政局", 2020, T.FROM_TITLE),
        # a place whose government reports, named by the place alone
        ("平潭综合实验区2024年度政府信息公开工作年度报告\n" + BODY, "平潭综合实验区", 2024, T.FROM_TITLE),
        # a title wrapped over two lines
        ("濮阳市民政局2020年度政府信息和\n政务公开工作自查情况的报告\n" + BODY, "濮阳市民政局", 2020, T.FROM_TITLE),
        # the year on a line of its own
        ("高青县民政局政府信息公开工作年度报告\n（2022年度）\n" + BODY, "高青县民政局", 2022, T.FROM_TITLE),
        # the name on its own line, above or below the title
        ("聊城市民政局\n\n2020 年政府信息公开工作年度报告\n\n" + BODY, "聊城市民政局", 2020, T.FROM_OWN_LINE),
        ("2020年政府信息公开工作年度报告\n聊城市民政局\n" + BODY, "聊城市民政局", 2020, T.FROM_OWN_LINE),
        # decorations before the title
        ("# 高青县水利局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n", "高青县水利局", 2023, T.FROM_TITLE),
        ("**高青县水利局2023年政府信息公开工作年度报告**\n" + BODY, "高青县水利局", 2023, T.FROM_TITLE),
        ("当前位置：首页 > 政务公开 > 年报\n高青县水利局2023年政府信息公开工作年度报告\n"
         "来源：高青县水利局 时间：2024-01-20 16:34 微信 微博 QQ空间 打印\n" + BODY, "高青县水利局", 2023, T.FROM_TITLE),
        ("当前位置：首页 > 政务公开 > 年报\n2023年政府信息公开工作年度报告\n"
         "来源：高青县水利局 时间：2024-01-20 16:34 微信 微博 QQ空间 打印\n" + BODY, "高青县水利局", 2023, T.FROM_PAGE_SOURCE),
        # a crawled page: the breadcrumb glued to a `关于…的报告` title
        (("当前位置：首页>政务公开>政府信息公开>年报关于濮阳市范县生态环境局2024年度政府信息公开工作情况的报告"
          "本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。一、总体情况"), "濮阳市范县生态环境局", 2024, T.FROM_TITLE),
        # no name in the title: the overview's first sentence names its author
        ("2020年政府信息公开工作年度报告\n一、总体情况\n2020年，山东省济南市教育和体育局认真贯彻落实《条例》。\n",
         "山东省济南市教育和体育局", 2020, T.FROM_OPENING),
        ("年报2021年政府信息公开工作年度报告本报告根据《条例》要求编制。一、总体情况2021年，高青县水利局坚持以人民为中心，",
         "高青县水利局", 2021, T.FROM_OPENING),
        # an index block, as `key：value` lines, a table row, or one cell per line
        ("索引号：11370322/2024-00012\n发布机构：高青县交通运输局\n成文日期：2024-01-15\n"
         "标题：2023年政府信息公开工作年度报告\n2023年政府信息公开工作年度报告\n" + BODY,
         "高青县交通运输局", 2023, T.FROM_INDEX_BLOCK),
        ("索引号 | 11370322/2024-00012 | 发布机构 | 高青县交通运输局\n成文日期 | 2024-01-15 | 标题 | "
         "2023年政府信息公开工作年度报告\n" + BODY, "高青县交通运输局", 2023, T.FROM_INDEX_BLOCK),
        ("索引号\n11370322/2024-00012\n发布机构\n高青县交通运输局\n标题\n2023年政府信息公开工作年度报告\n" + BODY,
         "高青县交通运输局", 2023, T.FROM_INDEX_BLOCK),
        # the metadata header's own title wins over its 发文机关 (seed 003)
        ("- 发文机关: 天水市人民政府\n- 发布时间: 2020-08-14\n- 标题: 天水市民政局2019年政府信息公开工作年度报告\n"
         "天水市民政局2019年政府信息公开工作年度报告\n" + BODY, "天水市民政局", 2019, T.FROM_TITLE),
        # other places in the text
        ("2023年政府信息公开工作年度报告\n本年度报告由高青县审计局编制，全文包括总体情况等。\n" + BODY,
         "高青县审计局", 2023, T.FROM_COMPILED_BY),
        ("2023年政府信息公开工作年度报告\n" + BODY + "六、其他需要报告的事项\n无。\n\n高青县审计局\n2024年1月20日\n",
         "高青县审计局", 2023, T.FROM_SIGNATURE),
        ("2023年政府信息公开工作年度报告\n" + BODY + "高青县审计局    2024年1月20日\n", "高青县审计局", 2023, T.FROM_SIGNATURE),
    ],
)
def test_title_year_and_agency(text, agency, year, where):
    found = read(text, "report.txt")
    assert (found.agency, found.year, found.agency_from) == (agency, year, where)


def test_a_crawled_page_with_no_separators_gives_its_title_and_agency():
    page = ("当前位置：首页>政务公开>年报高青县财政局2022年政府信息公开工作年度报告来源：高青县财政局时间：2023-01-20"
            "16:34微信微博QQ空间打印本年度报告根据条例编制。一、总体情况2022年，我局认真贯彻《条例》。"
            "六、其他需要报告的事项无。高青县财政局2023年1月20日")
    found = read(page)
    assert (found.agency, found.year, found.agency_from) == ("高青县财政局", 2022, T.FROM_TITLE)
    without_name = page.replace("年报高青县财政局2022年", "年报2022年")
    assert read(without_name).agency_from == T.FROM_SIGNATURE
    found = read(without_name.replace("高青县财政局2023年1月20日", ""))
    assert (found.agency, found.year, found.agency_from) == ("高青县财政局", 2022, T.FROM_PAGE_SOURCE)


def test_the_file_name_names_the_agency_only_when_the_text_does_not():
    text = "2023年政府信息公开工作年度报告\n" + BODY
    found = read(text, "landing/07_高青县审计局2023年政府信息公开工作年度报告.txt")
    assert (found.agency, found.agency_from) == ("高青县审计局", T.FROM_FILE_NAME)
    assert read("高青县民政局2023年政府信息公开工作年度报告\n" + BODY, "高青县审计局.txt").agency == "高青县民政局"
    assert read(text, "report_0001.txt").agency is None


def test_a_short_name_is_completed_from_another_place():
    text = "市民政局2023年政府信息公开工作年度报告\n本报告由淄博市民政局编制。\n" + BODY
    assert read(text).agency == "淄博市民政局"


def test_the_year_is_the_years_the_report_covers_not_a_publication_date():
    text = "发布时间：2024-01-20\n成文日期：2024年01月18日\n高青县民政局2023年政府信息公开工作年度报告\n" + BODY
    assert read(text).year == 2023
    from_body = read("高青县民政局政府信息公开工作年度报告\n本年度报告中所列数据统计期限从2020年1月1日起，到12月31日止。\n")
    assert (from_body.year, from_body.year_from, from_body.agency) == (2020, "body", "高青县民政局")
    no_title = read("一、总体情况\n报告中所列数据统计期限自2021年1月1日始，至2021年12月31日止。\n")
    assert (no_title.year, no_title.line) == (2021, None)


def test_a_notice_about_reports_is_no_title():
    assert read("关于报送2023年度政府信息公开工作年度报告的通知\n各单位：\n").line is None


@pytest.mark.parametrize(
    ("written", "expected", "code"),
    [
        ("沐阳县民政局", "沭阳县民政局", "agency_name_corrected"),  # OCR: 沐 for 沭
        ("宿迁市沐阳县人民政府", "宿迁市沭阳县人民政府", "agency_name_corrected"),
        ("毫州市财政局", "亳州市财政局", "agency_name_corrected"),
        ("沐川县民政局", "沐川县民政局", None),  # 沐川县 is a county: nothing to correct
        ("淄博市民政局", "淄博市民政局", None),
    ],
)
def test_one_glyph_misread_by_ocr_is_corrected_against_the_division_list(written, expected, code):
    name, repairs = T.normalise_agency(written, "")
    assert name == expected
    assert [c for c, _ in repairs] == ([code] if code else [])
    if code:
        assert expected[:3] in repairs[0][1] or "沭阳县" in repairs[0][1]


def test_a_name_without_a_confusable_glyph_never_loads_the_division_list(monkeypatch):
    def refuse():
        raise AssertionError("the division list was loaded")

    monkeypatch.setattr(T, "_division_words", refuse)
    assert T.normalise_agency("淄博市民政局", "") == ("淄博市民政局", [])


def test_the_ocr_correction_is_a_warning_on_the_report():
    text = report_text(BALANCED).replace("测试市民政局", "沐阳县民政局")
    report = parse_text(text, "t.txt")
    assert report.agency == "沭阳县民政局" and report.agency_as_written == "沐阳县民政局"
    assert [w.code for w in report.warnings if w.code == "agency_name_corrected"] == ["agency_name_corrected"]


# ---------------------------------------------------------------- no name anywhere


def nameless(year: int = 2020) -> str:
    return report_text(BALANCED, year=year).replace("测试市民政局\n", "")


def test_a_report_with_tables_and_no_agency_is_loaded_with_the_agency_unknown():
    report = parse_text(nameless(), "report.txt")
    assert report.status == "parsed"
    assert report.agency is None and report.year == 2020
    assert "agency_not_found" in [w.code for w in report.warnings]
    assert report.matrix("applications")["new_received"]["total"].value == 4


def test_reports_without_an_agency_keep_an_agency_each_through_staging(tmp_path):
    paths = []
    for index in range(2):
        path = tmp_path / f"report_{index}.txt"
        path.write_text(nameless(2020 + index) + f"\n附：{index}", encoding="utf-8")
        paths.append(path)
    columns = [name for name, _ in STAGING_TABLES["reports"]]
    rows = []
    for path in paths:
        status, tables = parse_to_rows(str(path), datetime(2024, 1, 1))
        assert status == "parsed" and "quarantine" not in tables
        (row,) = tables["reports"]
        rows.append(dict(zip(columns, row)))
        assert any(w[2] == "agency_not_found" for w in tables["warnings"])
    ids = [r["agency_id"] for r in rows]
    assert ids == [f"unknown-{r['report_id']}" for r in rows]
    assert len(set(ids)) == 2  # never one shared 'unknown' agency
    assert all(r["agency_name"] is None and r["agency_match_key"] is None for r in rows)


def test_tables_without_any_year_stay_quarantined():
    text = nameless().replace("2020年政府信息公开工作年度报告", "政府信息公开工作年度报告")
    report = parse_text(text, "report.txt")
    assert report.status == "quarantined"
    assert report.warnings[-1].code == "year_not_found"


# ---------------------------------------------------------------- a crawled page's chrome before the title


def chrome(lines_with_text: int) -> str:
    """A pretty-printed page's navigation: each link a line with text between indentation-only lines."""
    return "".join(f"      \n        栏目{index}\n    \n  \n\n" for index in range(lines_with_text))


@pytest.mark.parametrize("separator", ["-", " - ", "_", "｜", "—"])
def test_a_page_title_followed_by_its_site_gives_the_year_and_agency(separator):
    found = read(f"标题：高青县发展和改革局2023年政府信息公开年度报告{separator}高青县发改局\n" + BODY)
    assert (found.agency, found.year) == ("高青县发展和改革局", 2023)
    assert read(f"高青县民政局2022年政府信息公开工作年度报告{separator}高青县人民政府网\n" + BODY).year == 2022


def test_blank_and_indentation_only_lines_do_not_count_toward_the_head():
    text = chrome(12) + "高青县水利局2023年政府信息公开工作年度报告\n" + BODY
    assert len(split_lines(text)) > T.TITLE_LINES
    assert (read(text).agency, read(text).year) == ("高青县水利局", 2023)
    head = T.head_lines(split_lines(chrome(T.TITLE_LINES + 5)))
    assert sum(1 for line in head if line.strip()) == T.TITLE_LINES and head[-1].strip()


def test_a_report_with_tables_whose_title_is_past_the_head_is_loaded_with_a_warning():
    text = report_text(BALANCED).replace("测试市民政局\n", chrome(T.TITLE_LINES + 20))
    report = parse_text(text, "page.txt")
    assert report.status == "parsed" and report.year == 2020
    assert "year_beyond_head" in [w.code for w in report.warnings]
    assert report.matrix("applications")["new_received"]["total"].value == 4
    # no title line at all: the statistical period before table 1 gives the year; the index block the agency
    text = text.replace("2020年政府信息公开工作年度报告", "发布机构：高青县民政局").replace(
        "正文。", "本年度报告所列数据的统计时限为2020年1月1日至2020年12月31日。")
    report = parse_text(text, "page.txt")
    assert (report.status, report.year, report.agency) == ("parsed", 2020, "高青县民政局")


def test_a_title_inside_a_sentence_past_the_head_names_no_agency():
    later = T.title_before_tables(split_lines(chrome(60) + "现向社会公布高青县民政局2023年度政府信息公开年度报告。\n"), 10**6)
    assert later.agency != "现向社会公布高青县民政局"


# A title printing its year in another font: markitdown of Chromium's PDF sets the year on a line of its own,
# leaving the `年` it stood before bare, before, after or between the title's pieces.
@pytest.mark.parametrize(
    ("head", "agency", "year"),
    [
        ("莆田市林业局 年政府信息公开工作年度报告\n2024\n", "莆田市林业局", 2024),
        ("2023\n仙游县审计局 年政府信息公开工作年度报告\n", "仙游县审计局", 2023),
        ("莆田市城市管理局 年度政府信息公开工作年\n2022\n度报告\n", "莆田市城市管理局", 2022),
        ("涵江区科学技术局 年政府信息公开工作年度\n二〇二五\n报告\n", "涵江区科学技术局", 2025),
        ("荔城区民政局\n2021\n年政府信息公开工作年度报告\n", "荔城区民政局", 2021),
        ("# 秀屿区财政局 年政府信息公开工作年度报告\n\n二〇二四\n", "秀屿区财政局", 2024),
    ],
)
def test_a_year_set_apart_from_its_title_is_put_back(head, agency, year):
    text = head + "根据《条例》要求，特向社会公布本年度报告。\n" + BODY
    read_title = read(text)
    assert (read_title.agency, read_title.year, read_title.agency_from) == (agency, year, T.FROM_TITLE)


@pytest.mark.parametrize(
    "head",
    [
        "2023\n莆田市林业局 年政府信息公开工作年度报告\n2024\n",  # a year either side: which is the title's is unproven
        "莆田市林业局 年政府信息公开 年度报告\n2024\n",  # two bare `年`: where the year stood is unproven
    ],
)
def test_a_title_whose_year_place_is_unproven_names_no_year_from_it(head):
    assert read(head + BODY).year is None


def test_a_name_ending_in_the_titles_words_or_a_quotation_is_no_agency():
    # the year left out and never found: `莆田市林业局年政府` is the title's words, not a body
    assert read("莆田市林业局 年政府信息公开工作年度报告\n本报告所列数据的统计期限自2024年1月1日起。\n").agency is None
    assert not T.looks_like_agency("莆田市林业局年度政府")
    assert not T.looks_like_agency("发布《莆田市城市管理局")
    assert T.looks_like_agency("莆田市人民政府")


@pytest.mark.parametrize(
    ("body", "where", "other"),
    [
        ("依据《条例》，发布《莆田市审计局2024年度政府信息公开工作年度报告》。\n", T.FROM_QUOTED_TITLE, "莆田市审计局"),
        ("本报告由莆田市审计局编制。\n", T.FROM_COMPILED_BY, "莆田市审计局"),
        ("正文。\n莆田市审计局\n2025年1月20日\n", T.FROM_SIGNATURE, "莆田市审计局"),
    ],
)
def test_a_title_another_place_contradicts_is_kept_and_warned_of(body, where, other):
    text = report_text(BALANCED, year=2024).replace("测试市民政局\n2024年", "莆田市林业局2024年")
    text = text + "\n" + body if where == T.FROM_SIGNATURE else text.replace("一、总体情况\n", "一、总体情况\n" + body, 1)
    read_title = read(text)
    assert (read_title.agency, read_title.agency_disputed[:2]) == ("莆田市林业局", (where, other))
    report = parse_text(text, "report.txt")
    assert report.agency == "莆田市林业局" and "agency_disputed" in {w.code for w in report.warnings}


@pytest.mark.parametrize("other", ["莆田市林业局", "莆田市林业局办公室", "市林业局", "莆田市林局"])
def test_a_title_another_place_names_alike_is_confirmed(other):
    text = report_text(BALANCED, year=2024).replace("测试市民政局\n2024年", "莆田市林业局2024年") + f"\n正文。\n{other}\n2025年1月20日\n"
    assert read(text).agency_disputed is None
    assert "agency_disputed" not in {w.code for w in parse_text(text, "report.txt").warnings}


def test_a_title_quoted_by_the_introduction_starts_after_its_quote():
    text = ("根据《条例》要求，发布《莆田市城市管理局2024年度政府信息公开工作年度报告》。\n" + BODY)
    read_title = read(text)
    assert (read_title.agency, read_title.year, read_title.agency_from) == ("莆田市城市管理局", 2024, T.FROM_TITLE)

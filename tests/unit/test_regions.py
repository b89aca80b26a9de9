"""Agencies placed in China's divisions from their names (orchestration/core/regions.py)."""

from __future__ import annotations

import concurrent.futures
import threading

import duckdb
import pytest

from orchestration.core import labels as L
from orchestration.core.regions import PLACED, place_agencies, place_agency
from orchestration.defs.regions import place_new_agencies

# The five seeds' agencies (as the parser normalises them) and the samples' agencies, with the
# place a person looks up in the GB/T 2260 list.
KNOWN = [
    ("高青县民政局", "山东省", "淄博市", "高青县", "370322", "county"),
    ("聊城市民政局", "山东省", "聊城市", None, "371500", "prefecture"),
    ("濮阳市民政局", "河南省", "濮阳市", None, "410900", "prefecture"),
    ("天水市民政局", "甘肃省", "天水市", None, "620500", "prefecture"),
    ("咸宁市咸安区民政局", "湖北省", "咸宁市", "咸安区", "421202", "county"),
    ("济南市历下区市场监督管理局", "山东省", "济南市", "历下区", "370102", "county"),
    ("淄博市张店区人力资源和社会保障局", "山东省", "淄博市", "张店区", "370303", "county"),
    ("临沂市兰山区住房和城乡建设局", "山东省", "临沂市", "兰山区", "371302", "county"),
    ("潍坊市寿光市卫生健康局", "山东省", "潍坊市", "寿光市", "370783", "county"),
    ("青岛市黄岛区教育和体育局", "山东省", "青岛市", "黄岛区", "370211", "county"),
    ("淄博市民政局", "山东省", "淄博市", None, "370300", "prefecture"),
    # Divisions created after 2016, which cpca's list does not have (why another library).
    ("济南市莱芜区人民政府", "山东省", "济南市", "莱芜区", "370116", "county"),
    ("青岛市即墨区民政局", "山东省", "青岛市", "即墨区", "370215", "county"),
    # A vertical agency named after its county.
    ("国家税务总局高青县税务局", "山东省", "淄博市", "高青县", "370322", "county"),
]


@pytest.mark.parametrize(("name", "province", "city", "county", "adcode", "level"), KNOWN)
def test_known_agencies_are_placed_with_their_adcode(name, province, city, county, adcode, level):
    placed = place_agency(name)
    assert (placed.province, placed.city, placed.county, placed.adcode) == (province, city, county, adcode)
    assert placed.admin_level == level and placed.adcode_level == level
    assert placed.placement_status == PLACED and placed.placement_reason is None


def test_a_division_word_inside_a_placed_name_is_not_a_second_place():
    # 河北 (the province) inside 河北区, 资阳 (the city) inside 资阳区
    tianjin = place_agency("天津市河北区民政局")
    assert (tianjin.province, tianjin.county, tianjin.adcode, tianjin.placement_status) == ("天津市", "河北区", "120105", PLACED)
    assert place_agency("益阳市资阳区公安局").adcode == "430902"
    # 第一市场监督管理局 is not a division called 第一市
    market = place_agency("三门峡市市场监督管理局")
    assert (market.adcode, market.admin_level, market.body_function) == ("411200", "prefecture", "market_regulation")


def test_kind_of_body_and_function():
    assert (place_agency("高青县民政局").body_kind, place_agency("高青县民政局").body_function) == ("department", "civil_affairs")
    assert place_agency("潍坊市寿光市卫生健康局").body_function == "health"
    assert place_agency("青岛市黄岛区教育和体育局").body_function == "education"
    # 城乡 is not a township (乡), and 住房和城乡建设局 is a department
    housing = place_agency("临沂市兰山区住房和城乡建设局")
    assert (housing.township, housing.body_kind, housing.body_function) == (None, "department", "housing_construction")
    government = place_agency("济南市莱芜区人民政府")
    assert (government.body_kind, government.body_function) == ("people_government", None)
    office = place_agency("山东省人民政府办公厅")
    assert (office.admin_level, office.adcode, office.body_kind, office.body_function) == (
        "province", "370000", "department", "general_office")
    bank = place_agency("中国人民银行聊城市中心支行")
    assert bank.body_kind == "other" and bank.adcode == "371500"


def test_municipalities_are_province_level():
    own = place_agency("北京市民政局")
    assert (own.province, own.city, own.adcode, own.admin_level) == ("北京市", None, "110000", "province")
    district = place_agency("北京市朝阳区民政局")
    assert (district.province, district.city, district.county, district.adcode) == ("北京市", None, "朝阳区", "110105")


def test_a_township_carries_its_countys_adcode_and_says_so():
    town = place_agency("高青县常家镇人民政府")
    assert (town.county, town.township, town.adcode, town.adcode_level) == ("高青县", "常家镇", "370322", "county")
    assert (town.admin_level, town.body_kind) == ("township", "people_government")
    assert "常家镇" in town.placement_reason and "county" in town.placement_reason
    office = place_agency("聊城市东昌府区古楼街道办事处")
    assert (office.township, office.adcode, office.body_kind) == ("古楼街道", "371502", "subdistrict_office")


def test_names_that_cannot_be_placed_are_kept_with_a_reason():
    # Two counties are called 朝阳区 (北京, 长春): the name alone does not say which.
    chaoyang = place_agency("朝阳区民政局")
    assert chaoyang.adcode is None and chaoyang.province is None
    assert chaoyang.placement_status == "unresolved" and "朝阳区" in chaoyang.placement_reason
    assert (chaoyang.admin_level, chaoyang.body_function) == ("county", "civil_affairs")
    # The province is known, the county (南京's or 徐州's 鼓楼区) is not: no adcode, not the province's.
    gulou = place_agency("江苏省鼓楼区人民政府")
    assert (gulou.province, gulou.adcode, gulou.admin_level) == ("江苏省", None, "county")
    assert gulou.placement_status == "unresolved" and "鼓楼区" in gulou.placement_reason
    two_places = place_agency("北京市驻济南办事处")
    assert two_places.adcode is None and "济南市" in two_places.placement_reason
    nowhere = place_agency("市民政局")
    assert (nowhere.adcode, nowhere.placement_status, nowhere.body_function) == (None, "not_found", "civil_affairs")
    assert nowhere.placement_reason
    empty = place_agency("")
    assert empty.placement_status == "not_found" and empty.placement_reason == "no agency name"
    # the library's list gives 西湖管理区 the code 4307225, not GB/T 2260: never stored as an adcode
    # (dim_agency's test would stop the run); found by benchmarks/season.py on a national season
    xihu = place_agency("常德市西湖管理区审计局")
    assert (xihu.adcode, xihu.placement_status) == (None, "unresolved") and "4307225" in xihu.placement_reason


def test_place_agencies_places_each_name_once():
    placed = place_agencies(["聊城市民政局", "高青县民政局", "聊城市民政局", None])
    assert [p.agency_name for p in placed] == ["聊城市民政局", "高青县民政局", ""]


def test_each_function_word_names_one_function():
    words = [w for ws in L.DEPARTMENT_FUNCTIONS.values() for w in ws]
    assert len(words) == len(set(words))


def test_the_staging_table_places_new_names_only_and_forgets_gone_ones():
    con = duckdb.connect()
    con.execute("CREATE SCHEMA staging")
    con.execute("CREATE TABLE staging.reports (agency_name VARCHAR)")
    con.execute("INSERT INTO staging.reports VALUES ('聊城市民政局'), ('聊城市民政局'), ('朝阳区民政局'), (NULL)")
    assert place_new_agencies(con, "lib 1") == 2
    rows = dict(con.execute("SELECT agency_name, adcode FROM staging.agencies").fetchall())
    assert rows == {"聊城市民政局": "371500", "朝阳区民政局": None}
    con.execute("INSERT INTO staging.reports VALUES ('高青县民政局')")
    con.execute("DELETE FROM staging.reports WHERE agency_name = '朝阳区民政局'")
    assert place_new_agencies(con, "lib 1") == 1  # only the new name
    assert dict(con.execute("SELECT agency_name, adcode FROM staging.agencies").fetchall()) == {
        "聊城市民政局": "371500", "高青县民政局": "370322"}
    assert place_new_agencies(con, "lib 2") == 2  # a new library version places every name again
    assert {r[0] for r in con.execute("SELECT region_library FROM staging.agencies").fetchall()} == {"lib 2"}


def test_the_division_words_are_the_librarys_own_read_without_loading_its_parser():
    """The OCR place check of the parse processes reads the words alone: the same words as the
    library's parser holds, without jieba's dictionary (seconds per process)."""
    import subprocess
    import sys

    from orchestration.core.regions import _parser

    script = ("import sys; from orchestration.core.regions import division_words; words = division_words(); "
              "print(len(words), 'jieba' in sys.modules, '沭阳县' in words)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.split()
    assert out == [str(len(_parser().resources.word_set)), "False", "True"]
    from orchestration.core.regions import division_words

    assert division_words() == frozenset(_parser().resources.word_set)


def test_many_names_placed_with_helper_processes_are_placed_as_in_one(monkeypatch):
    """The step's process places from the first name on, the helpers from the last back once they
    have loaded the library; together they give the placements one process gives, in order."""
    from orchestration.core import regions

    names = [f"{place}{department}" for place in ("聊城市", "高青县", "朝阳区", "常德市西湖管理区", "北京市", "")
             for department in ("民政局", "人民政府", "第一市场监督管理局", "城关镇人民政府")]
    names = [f"{name}{n}" for n in range(25) for name in names] + [None]
    alone = place_agencies(names)
    placed_here = []
    helped = threading.Event()  # a helper has given back a chunk

    class Helpers(concurrent.futures.ProcessPoolExecutor):  # the real pool, which says when a chunk is back
        def submit(self, *args, **kwargs):
            future = super().submit(*args, **kwargs)
            future.add_done_callback(lambda _: helped.set())
            return future

    def slowly(name):  # this process only: the spawned helpers place at full speed
        placed_here.append(name)
        # 0.3 s a name (~3 min for all alone: room for the helpers' start on a loaded machine) until a
        # helper has given a chunk back; then at full speed, the rest shared as it comes
        helped.wait(0.3)
        return regions.place_agency.__wrapped__(name)

    slowly.__wrapped__ = regions.place_agency
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Helpers)
    monkeypatch.setattr(regions, "place_agency", slowly)
    monkeypatch.setattr(regions, "PARALLEL_FROM", 2)
    monkeypatch.setattr(regions, "CHUNK_NAMES", 20)
    assert place_agencies(names, helpers=2) == alone
    assert 0 < len(placed_here) < len(alone)  # both sides placed some


def test_helpers_that_cannot_start_leave_every_name_placed_here(monkeypatch):
    import concurrent.futures
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from orchestration.core import regions

    class BrokenHelpers:  # what a helper that died while loading the library gives back
        def __init__(self, *args, **kwargs):
            pass

        def submit(self, *args):
            future = Future()
            future.set_exception(BrokenProcessPool("a helper died while loading"))
            return future

        def shutdown(self, **kwargs):
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", BrokenHelpers)
    monkeypatch.setattr(regions, "PARALLEL_FROM", 2)
    monkeypatch.setattr(regions, "CHUNK_NAMES", 2)
    names = ["聊城市民政局", "高青县民政局", "朝阳区民政局", "北京市人民政府", "城关镇人民政府", "常德市西湖管理区审计局", ""]
    assert place_agencies(names, helpers=2) == [place_agency(name) for name in names]

"""Place an agency in China's administrative divisions from its name alone.

The divisions and their GB/T 2260 codes (adcode) come from a maintained library,
ssdlab-region-parser, which ships the 2026 list of provinces, prefectures and counties and leaves
a name it cannot resolve (朝阳区: Beijing's or Changchun's?) unplaced instead of guessing. This
module decides what the place means for an agency: the level of the government it belongs to
(province / prefecture / county / township), and the kind of body (a people's government, a
subdistrict office, or a department with its function). The words for those are in
labels.py (DEPARTMENT_FUNCTIONS and neighbours).

A name the library cannot place keeps its row, with adcode null and a reason.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from . import labels as L

REGION_LIBRARY = "ssdlab-region-parser"

PLACED = "placed"
UNRESOLVED = "unresolved"  # a division is named, but not one the library can tell apart
NOT_FOUND = "not_found"  # no division is named at all
PLACEMENT_STATUSES = (PLACED, UNRESOLVED, NOT_FOUND)
ADMIN_LEVELS = ("province", "prefecture", "county", "township")
BODY_KINDS = ("people_government", "subdistrict_office", "department", "other")

_TOWNSHIPS = "|".join(L.TOWNSHIP_SUFFIXES)
_TOWNSHIP_BODIES = "|".join(L.GOVERNMENT_WORDS + L.SUBDISTRICT_OFFICE_WORDS)
_TOWNSHIP_RE = re.compile(rf"^(?P<township>[^和与及]{{1,12}}?(?:{_TOWNSHIPS}))(?P<rest>(?:{_TOWNSHIP_BODIES}).*)?$")
_DIVISIONS = "|".join(L.DIVISION_SUFFIXES)
_UNPLACED_DIVISION_RE = re.compile(rf"^(?P<division>[^和与及]{{1,10}}?(?:{_DIVISIONS}))")
# (function, word) pairs, longest word first, so the most specific word wins.
_FUNCTION_WORDS = sorted(
    ((function, word) for function, words in L.DEPARTMENT_FUNCTIONS.items() for word in words),
    key=lambda pair: -len(pair[1]),
)


@dataclass(frozen=True)
class Placement:
    agency_name: str
    province: str | None = None
    city: str | None = None  # prefecture (地级); null for a municipality's own bodies
    county: str | None = None
    township: str | None = None
    adcode: str | None = None  # GB/T 2260, six digits, of the deepest division placed
    adcode_level: str | None = None  # level of the division `adcode` names
    admin_level: str | None = None  # level of the government the body belongs to
    body_kind: str = "other"
    body_function: str | None = None  # a department's function key (labels.DEPARTMENT_FUNCTIONS)
    placement_status: str = NOT_FOUND
    placement_reason: str | None = None

    def as_row(self) -> tuple:
        return tuple(asdict(self).values())


PLACEMENT_COLUMNS = tuple(f.name for f in fields(Placement))


def region_library_version() -> str:
    return f"{REGION_LIBRARY} {metadata.version(REGION_LIBRARY)}"


@lru_cache(maxsize=1)
def _parser():
    # Loading the division list and jieba's dictionary takes ~3 s: once per process, when needed.
    from ssdlab_region_parser import CN_RegionParser

    parser = CN_RegionParser()
    # place_agency reads a name's candidate words, then parse() segments the same name again (jieba,
    # most of the time of a placement): the last names' candidates are kept, so each is segmented once.
    parser.extract_candidates = lru_cache(maxsize=4)(parser.extract_candidates)
    return parser


# The library's division list, and its columns of the words that name a province, prefecture, county.
LIBRARY_TABLE = ("data", "CN_Region_Reference_Library.xlsx")
KEYWORD_COLUMNS = ("省级关键词", "市级关键词", "区县关键词")
NAME_COLUMNS = ("省级名称", "城市名称", "区县名称")


@lru_cache(maxsize=1)
def division_paths() -> tuple[tuple[str, ...], ...]:
    """Each county on the library's list as the names of its province, prefecture and county (a
    municipality's own districts name it once: (北京市, 东城区)): what parsing/agency_places.py checks a name's
    places against, each in the places round it. Empty where the list is kept elsewhere."""
    rows = _library_rows()
    if not rows:
        return ()
    columns = [rows[0].index(name) for name in NAME_COLUMNS]
    paths = (tuple(dict.fromkeys(str(row[c]).strip() for c in columns if c < len(row) and row[c] not in (None, "")))
             for row in rows[1:])
    return tuple(path for path in paths if path)


def _library_rows() -> list | None:
    """The library's list as rows (its header first), read with calamine; None where it is kept elsewhere."""
    spec = importlib.util.find_spec("ssdlab_region_parser")  # found, not imported: its import loads jieba
    table = Path(spec.origin).parent.joinpath(*LIBRARY_TABLE) if spec and spec.origin else None
    if table is None or not table.is_file():
        return None
    import python_calamine

    return python_calamine.CalamineWorkbook.from_path(str(table)).get_sheet_by_index(0).to_python()


@lru_cache(maxsize=1)
def division_words() -> frozenset[str]:
    """Every name and short name of a province, prefecture and county on the library's list
    (沭阳县, 沭阳, …): what parsing/title.py checks a place name in a title against.

    Read from the library's own list with calamine (~0.2 s), not through its parser (jieba's
    dictionary and pandas: ~2.5 s in each parse process that meets a name to check); the same words
    as the parser's `word_set` (a test compares them)."""
    rows = _library_rows()
    if rows is None:  # a release that keeps its list elsewhere
        return frozenset(_parser().resources.word_set)
    columns = [rows[0].index(name) for name in KEYWORD_COLUMNS]
    cells = (row[column] for row in rows[1:] for column in columns if column < len(row))
    return frozenset(word.strip() for cell in cells if cell not in (None, "")
                     for word in str(cell).split("|") if word.strip())


def _text(value) -> str | None:
    """The library returns pandas.NA for 'nothing'; plain None or str here."""
    text = None if value is None else str(value)
    return None if text in (None, "<NA>", "nan", "None", "") else text


def _code(value) -> str | None:
    text = _text(value)
    return None if text is None else text.split(".")[0].zfill(6)


def department_function(rest: str) -> str | None:
    for function, word in _FUNCTION_WORDS:
        if word in rest:
            return function
    return None


def classify_body(rest: str, township: str | None = None) -> tuple[str, str | None]:
    """Kind of body and, for a department, its function, from the name after the place."""
    function = department_function(rest)
    if function:
        return "department", function
    if rest in L.GOVERNMENT_WORDS:
        return "people_government", None
    if township and rest in L.SUBDISTRICT_OFFICE_WORDS:
        return "subdistrict_office", None
    if rest.endswith(L.DEPARTMENT_SUFFIXES):
        return "department", None
    return "other", None


def split_township(rest: str) -> tuple[str | None, str]:
    """`常家镇人民政府` -> (`常家镇`, `人民政府`); a township only when a government or office follows."""
    match = _TOWNSHIP_RE.match(rest)
    if not match or (match.group("rest") is None and not rest.endswith(L.TOWNSHIP_SUFFIXES)):
        return None, rest
    return match.group("township"), match.group("rest") or ""


def _starts_with_body(text: str) -> bool:
    return text.startswith(L.GOVERNMENT_WORDS) or any(text.startswith(word) for _, word in _FUNCTION_WORDS)


def _level_of_division(division: str) -> str | None:
    if division.endswith(("地区", "自治州", "盟")):
        return "prefecture"
    if division.endswith("市"):
        return None  # a prefecture-level or a county-level city: the name does not say
    return "county"


def _remainder(name: str, words: list[str]) -> str:
    """The name after the last division word the library found in it."""
    end = 0
    for word in words:
        index = name.rfind(word)
        if index >= 0:
            end = max(end, index + len(word))
    return name[end:]


def place_agency(name: str | None) -> Placement:
    name = (name or "").strip()
    if not name:
        return Placement(agency_name=name, placement_reason="no agency name")
    parser = _parser()
    words = parser.extract_candidates(name)["merged_words"]
    found = parser.parse(name)
    province, city, county = _text(found.province_name), _text(found.city_name), _text(found.county_name)
    codes = {"province": _code(found.province_code), "prefecture": _code(found.city_code), "county": _code(found.county_code)}
    if county == "市辖区":  # a prefecture without counties (中山市): the prefecture itself
        county, codes["county"] = None, None
    municipality = city is not None and city == province  # 北京市: the city is the province
    if city is not None and (municipality or "直辖" in city):
        city, codes["prefecture"] = None, None

    rest = _remainder(name, words)
    township, rest = split_township(rest)
    # A division the library left unplaced: `鼓楼区` in 江苏省鼓楼区人民政府. Only when a government or
    # a department follows it directly, so 开发区管委会 or 第一市场监督管理局 are not taken for one.
    unplaced = _UNPLACED_DIVISION_RE.match(rest) if township is None and county is None else None
    if unplaced and not _starts_with_body(rest[unplaced.end():]):
        unplaced = None
    body_rest = rest[unplaced.end():] if unplaced else rest
    body_kind, body_function = classify_body(body_rest or name, township)

    status, reason = PLACED, None
    placed_names = {n for n in (province, city, county) if n}
    if municipality:
        placed_names.add(province)
    # A division word that is neither placed nor part of a placed name (河北 in 天津市河北区 is part of
    # 河北区) means the name names two places: 北京市驻济南办事处.
    unexplained = sorted({
        standard for word in words
        for standard in parser.map_words_to_standard_names([word])
        if standard not in placed_names and not any(word in placed for placed in placed_names)
    })
    if not placed_names:
        status = NOT_FOUND
        reason = "no province, prefecture or county named in the agency name"
        if unplaced:
            status = UNRESOLVED
            reason = f"{unplaced.group('division')} is not one division the region library can name (several share the name, or it is not on the list)"
    elif unexplained:
        status = UNRESOLVED
        reason = f"the name places the agency in more than one division: {', '.join(sorted(placed_names | set(unexplained)))}"
    elif unplaced:
        status = UNRESOLVED
        reason = f"{unplaced.group('division')} is not one division of {city or province} the region library can name"

    level = "county" if county else "prefecture" if city else "province" if province else None
    admin_level = "township" if township else level
    if unplaced:  # the body belongs to the division the library could not name
        admin_level = _level_of_division(unplaced.group("division"))
    adcode = codes.get(level) if level else None
    if municipality and not county:
        adcode = codes["province"]
    if status == PLACED and adcode and not (len(adcode) == 6 and adcode.isdigit()):
        # the library's list carries a few codes that are not GB/T 2260 (西湖管理区: 4307225)
        status = UNRESOLVED
        reason = f"the region library's code for {county or city or province} is {adcode}, not a GB/T 2260 code"
    if status != PLACED:
        adcode = None
    elif township:
        reason = f"{township} is a township of {county or city or province}: adcode is the county's (GB/T 2260 stops at counties)"
    return Placement(
        agency_name=name,
        province=province,
        city=city,
        county=county,
        township=township,
        adcode=adcode,
        adcode_level=level if adcode else None,
        admin_level=admin_level,
        body_kind=body_kind,
        body_function=body_function,
        placement_status=status,
        placement_reason=reason,
    )


def place_agencies(names: Iterable[str | None], helpers: int = 0) -> list[Placement]:
    """One placement per distinct name, in first-seen order. With `helpers` and names enough to
    repay a process's loading of the library (~3 s), that many processes place names beside this
    one (results identical: each name is placed on its own)."""
    distinct = list(dict.fromkeys(n or "" for n in names))
    if helpers < 1 or len(distinct) < PARALLEL_FROM:
        return [place_agency(name) for name in distinct]
    chunks = [distinct[start:start + CHUNK_NAMES] for start in range(0, len(distinct), CHUNK_NAMES)]
    return [placement for chunk in _place_chunks_shared(chunks, helpers) for placement in chunk]


# A national season has ~140,000 names at ~0.1 ms of one core each (a helper repays its ~3 s of loading
# only on a core left free, and only over many names); a new report's run has a few.
PARALLEL_FROM, CHUNK_NAMES = 50_000, 2_000


def _place_chunks_shared(chunks: list[list[str]], helpers: int) -> list[list[Placement]]:
    """Each chunk placed, here from the first chunk on, and by `helpers` spawned processes from the
    last chunk back once they have loaded the library. This process never waits for a helper still
    loading: a chunk a helper has not returned when the rest is done is placed here too."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    done: list[list[Placement] | None] = [None] * len(chunks)
    # spawn: a fresh interpreter, not a fork of the Dagster process (its threads, its memory)
    pool = ProcessPoolExecutor(helpers, mp_context=multiprocessing.get_context("spawn"), initializer=_parser)
    given: dict = {}  # future -> chunk index
    first, last = 0, len(chunks) - 1
    helping = True  # until a helper fails (it could not start, or died): then this process places the rest

    def collect(finished) -> None:
        nonlocal helping
        for future in finished:
            index = given.pop(future)
            try:
                done[index] = future.result()
            except Exception:  # noqa: BLE001 - a helper's failure is no placement's: its chunk is placed here
                helping = False

    try:
        while first <= last:
            collect([f for f in given if f.done()])
            while helping and len(given) < helpers and first <= last:
                given[pool.submit(_place_chunk, chunks[last])] = last
                last -= 1
            if first <= last:
                done[first] = _place_chunk(chunks[first])
                first += 1
        collect([f for f in given if f.done()])
        for index in [i for i, placed in enumerate(done) if placed is None]:  # still with a helper, or failed
            done[index] = _place_chunk(chunks[index])
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return done


def _place_chunk(names: list[str]) -> list[Placement]:
    return [place_agency(name) for name in names]

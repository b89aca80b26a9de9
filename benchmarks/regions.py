"""How fast agencies are placed in China's divisions, and how many get an adcode, on a national
season's worth of names: every county, prefecture and province of the region library's list with
the departments that publish reports (民政局, 财政局, ...), plus its townships' governments.

    .venv/bin/python benchmarks/regions.py [N]     # N names (default 20000); prints numbers
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter

from orchestration.core.regions import _parser, place_agencies

DEPARTMENTS = ["民政局", "财政局", "卫生健康局", "教育局", "人民政府", "公安局", "审计局", "住房和城乡建设局",
               "市场监督管理局", "人力资源和社会保障局", "自然资源局", "交通运输局", "人民政府办公室"]


def names(count: int) -> list[str]:
    table = _parser().resources.df_region_code  # the library's own division list (benchmark only)
    places = set()
    for province, city, county in table[["省级名称", "城市名称", "区县名称"]].itertuples(index=False):
        for parts in ((province,), (city,), (city, county), (county,)):
            if all(isinstance(p, str) and p for p in parts):
                places.add("".join(dict.fromkeys(parts)))
    rng = random.Random(5)
    places = sorted(places)
    result = {f"{place}{rng.choice(DEPARTMENTS)}" for place in places}
    while len(result) < count:
        result.add(f"{rng.choice(places)}{rng.choice(['第一', '第二', '城关镇', '新区'])}{rng.choice(DEPARTMENTS)}")
    return sorted(result)[:count]


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    started = time.perf_counter()
    _parser()
    loaded = time.perf_counter() - started
    batch = names(count)
    started = time.perf_counter()
    placed = place_agencies(batch)
    seconds = time.perf_counter() - started
    statuses = Counter(p.placement_status for p in placed)
    levels = Counter(p.admin_level for p in placed)
    print(f"library load: {loaded:.1f} s")
    print(f"{len(placed)} names placed in {seconds:.1f} s ({len(placed) / seconds:,.0f} names/s)")
    print("by status:", dict(statuses))
    print("by level:", dict(levels))
    print(f"with adcode: {sum(1 for p in placed if p.adcode) / len(placed):.1%}")


if __name__ == "__main__":
    main()

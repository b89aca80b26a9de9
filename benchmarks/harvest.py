"""How fast and how lean the harvester is, against generated sites on 127.0.0.1.

    .venv/bin/python -m benchmarks.harvest                    # defaults: 30 entries politely, then 10,000
    .venv/bin/python -m benchmarks.harvest --entries 2000 --default-entries 0

1. Pages per second at the default politeness (1 request/s per host, 2 in flight): a small site.
2. A site of N list entries (20 a list page, joined by 下一页) harvested with the rate limit raised
   (the harvester's own cost, not the server's patience): seconds, requests, peak memory; then
   re-harvested (conditional GET: what a nightly run in the season costs).

The server runs in a child process, so the memory measured is the harvester's. Numbers are
printed, never asserted.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from orchestration.harvest.crawl import harvest_site
from orchestration.harvest.sources import Site
from orchestration.settings import HarvestSettings


def _serve(entries: int, ports) -> None:
    from tests.harvest_site import FakeSite, generated_site

    site = FakeSite(generated_site(entries))
    site.thread.start()
    ports.put(site.server.server_address[1])
    site.thread.join()


def serving(entries: int) -> tuple[multiprocessing.Process, str]:
    ports = multiprocessing.Queue()
    process = multiprocessing.Process(target=_serve, args=(entries, ports), daemon=True)
    process.start()
    return process, f"http://127.0.0.1:{ports.get(timeout=600)}"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def run(entries: int, politeness: HarvestSettings, label: str, again: bool = False) -> None:
    process, base = serving(entries)
    try:
        with tempfile.TemporaryDirectory() as folder:
            site = Site("bench", (base + "/list/index.html",))
            before = peak_rss_mb()
            result = harvest_site(site, politeness, Path(folder) / "landing", Path(folder) / "log")
            pages = result.pages_visited
            print(f"{label}: {entries} entries, {result.requests} requests, {pages} pages, {result.files_new} files "
                  f"landed, {result.failed} failed, in {result.seconds:.1f} s = {pages / result.seconds:.2f} pages/s, "
                  f"{result.requests / result.seconds:.2f} requests/s; peak RSS {peak_rss_mb():.0f} MB "
                  f"(before: {before:.0f} MB)")
            if again:
                second = harvest_site(site, politeness, Path(folder) / "landing", Path(folder) / "log")
                print(f"{label}, re-harvest: {second.requests} requests (conditional), {second.files_new} new, "
                      f"{second.files_unchanged} unchanged, {second.bytes} bytes, in {second.seconds:.1f} s; "
                      f"peak RSS {peak_rss_mb():.0f} MB")
            log = Path(folder) / "log" / "bench.jsonl"
            print(f"{label}: fetch log {log.stat().st_size / 1e6:.1f} MB, landed "
                  f"{sum(p.stat().st_size for p in (Path(folder) / 'landing').rglob('*') if p.is_file()) / 1e6:.1f} MB")
    finally:
        process.terminate()
        process.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--default-entries", type=int, default=30, help="entries of the site crawled at the "
                        "default politeness (0: skip)")
    parser.add_argument("--entries", type=int, default=10_000, help="entries of the large site")
    parser.add_argument("--rate", type=float, default=500.0, help="requests/s per host for the large site")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight for the large site")
    args = parser.parse_args(argv)
    defaults = HarvestSettings()
    if args.default_entries:
        run(args.default_entries, defaults, f"default politeness ({defaults.requests_per_second}/s, "
                                            f"{defaults.concurrency} in flight)")
    if args.entries:
        fast = replace(defaults, requests_per_second=args.rate, concurrency=args.concurrency)
        run(args.entries, fast, f"large site ({args.rate:g}/s, {args.concurrency} in flight)", again=True)
        requests = args.entries + (args.entries + 19) // 20 + 1
        print(f"at the default politeness the same site needs ~{requests} requests = "
              f"~{requests / defaults.requests_per_second / 3600:.1f} h per host")
    return 0


if __name__ == "__main__":
    sys.exit(main())

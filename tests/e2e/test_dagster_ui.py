"""The Dagster UI as a data engineer sees it, in headless Chromium (Debian's, never a download).

Starts the webserver and the daemon (what `make dev` starts) on loopback with a temporary
DAGSTER_HOME (the repo's dagster.yaml), a temporary warehouse and a copy of the seeds as the
landing folder; checks that the asset graph, its groups, the checks and the year partitions show;
launches the 2020 partition from the job's launchpad and waits for the run to succeed. Screenshots
go to test-artifacts/ (gitignored).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest

from orchestration.settings import load_settings
from tests.conftest import ROOT, SEEDS_DIR
from tests.dbt_parse_state import WAREHOUSE_DBT_TARGET, seed_parse_state

YEARS = load_settings().report_years  # what `make dev` shows: the years of the environment


pytestmark = [pytest.mark.e2e, pytest.mark.graph_runs(1)]  # and the UI's servers

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTIFACTS = ROOT / "test-artifacts"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer in {seconds} s")


@pytest.fixture(scope="module")
def dagster_ui():
    if not SEEDS_DIR.is_dir():
        pytest.skip("../shared/seeds is not here")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `make system-deps` installs Debian's chromium")
    # Not under pytest's basetemp: a concurrent pytest of the same user prunes old basetemps,
    # and these servers live for minutes.
    base = Path(tempfile.mkdtemp(prefix="gdw-ui-"))
    home, landing, warehouse = base / "dagster_home", base / "landing", base / "warehouse"
    home.mkdir()
    shutil.copy(ROOT / "dagster.yaml", home / "dagster.yaml")
    # Create the instance's SQLite storage before the webserver and the daemon start: both would
    # create it at once, and the loser fails its schema check (alembic) under load.
    import dagster as dg

    with dg.DagsterInstance.from_config(str(home)):
        pass
    shutil.copytree(SEEDS_DIR, landing)
    port = free_port()
    env = dict(os.environ, DAGSTER_HOME=str(home), GDW_LANDING_DIR=str(landing), GDW_WAREHOUSE_DIR=str(warehouse),
               GDW_PARSE_WORKERS="1", GDW_AUTOMATION="off")
    seed_parse_state(warehouse / WAREHOUSE_DBT_TARGET, env)
    logs = base / "logs"
    logs.mkdir()
    commands = {
        "webserver": [str(BIN / "dagster-webserver"), "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
        "daemon": [str(BIN / "dagster-daemon"), "run", "-w", "workspace.yaml"],
    }
    processes = {}
    try:
        for name, command in commands.items():
            with open(logs / f"{name}.log", "w") as log:  # the child keeps its own copy of the file
                processes[name] = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log,
                                                   stderr=subprocess.STDOUT, start_new_session=True)
            if name == "webserver":  # one process loads the code location at a time
                wait_for(f"http://127.0.0.1:{port}/server_info", 120)
        yield f"http://127.0.0.1:{port}", warehouse / "gdw.duckdb", logs
    finally:
        for process in processes.values():  # each in its own session: stop it and its code server
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes.values():
            try:  # a graceful stop of the daemon takes ~6 s (its threads wind down); nothing is kept
                process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        shutil.rmtree(base, ignore_errors=True)


def wait_for_run_end(url: str, run_id: str, seconds: float) -> str:
    """The run's status once it has ended, from the webserver's GraphQL API (what the UI reads),
    asked every 2 s."""
    query = json.dumps({"query": "query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }",
                        "variables": {"id": run_id}}).encode()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        request = urllib.request.Request(f"{url}/graphql", data=query, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            status = (json.load(response)["data"]["runOrError"] or {}).get("status")
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            return status
        time.sleep(2)
    raise TimeoutError(f"run {run_id} did not end in {seconds} s")


def tail(logs: Path) -> str:
    return "\n".join(f"--- {p.name}\n{p.read_text(errors='replace')[-2500:]}" for p in sorted(logs.glob("*.log")))


def choose_partition(page, key: str, attempts: int = 3) -> None:
    """Pick a partition in the launchpad as a user does: type it, click it in the list.

    The list opens on typed keys only (a filled value opens none), and it fills from a query to the
    code location: Enter pressed before it has loaded picks nothing, which failed CI once. The
    launchpad then loads the partition's config from the code location: seconds on a busy machine."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import expect

    box = page.get_by_placeholder("Partition")
    for attempt in range(1, attempts + 1):
        try:
            box.click()
            box.fill("")
            box.press_sequentially(key, delay=50)
            page.get_by_role("menuitem", name=key, exact=True).first.click(timeout=30_000)
            expect(page.get_by_text(f"partition: {key}").first).to_be_visible(timeout=60_000)
            return
        except (AssertionError, PlaywrightTimeout):
            if attempt == attempts:
                raise


def test_the_ui_shows_the_graph_checks_and_partitions_and_runs_one_year(dagster_ui):
    from playwright.sync_api import expect, sync_playwright

    url, duckdb_path, logs = dagster_ui
    ARTIFACTS.mkdir(exist_ok=True)

    def shot(page, name: str) -> None:
        page.screenshot(path=str(ARTIFACTS / f"ui-{name}.png"), full_page=False)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.set_default_timeout(60_000)
        # the first-visit newsletter dialog may cover the page at any moment: skip it when it does
        page.add_locator_handler(page.get_by_role("button", name="Skip"), lambda skip: skip.click())
        try:
            # the code location loads in its own process: wait until the job is listed
            page.goto(f"{url}/jobs")
            try:
                expect(page.get_by_text("gdw_everything").first).to_be_visible(timeout=180_000)
            except AssertionError as error:
                shot(page, "00-no-code-location")
                raise AssertionError(f"the code location did not load\n{tail(logs)}") from error

            page.goto(f"{url}/asset-groups")
            for group in ("ingestion", "parsing", "staging", "warehouse", "quality"):
                expect(page.get_by_text(group, exact=True).first).to_be_visible()
            shot(page, "01-asset-graph")

            page.goto(f"{url}/locations/gdw/asset-groups/warehouse/list")  # shows partitions at any graph size
            expect(page.get_by_text("fct_applications", exact=True).first).to_be_visible()
            expect(page.get_by_text(f"{len(YEARS)} partitions").first).to_be_visible()
            expect(page.get_by_text("Never materialized").first).to_be_visible()  # the dims: not partitioned
            shot(page, "02-warehouse-group")

            page.goto(f"{url}/assets/fct_applications?view=checks")
            for check in ("gx_app_balance", "gx_fct_applications_structure", "assert_app_balance"):
                expect(page.get_by_text(check, exact=True).first).to_be_visible()
            shot(page, "03-checks")

            page.goto(f"{url}/assets/fct_applications?view=partitions")
            expect(page.get_by_text(f"Missing ({len(YEARS)})")).to_be_visible()
            for year in ("2019", "2020", str(YEARS[-1])):
                expect(page.get_by_text(year, exact=True).first).to_be_visible()
            shot(page, "04-partitions-before")

            # launch the 2020 partition of the whole job from its launchpad
            page.goto(f"{url}/locations/gdw/jobs/gdw_everything/playground")
            choose_partition(page, "2020")
            shot(page, "05-launchpad-2020")
            page.get_by_role("button", name="Launch Run").click()
            page.wait_for_url(re.compile(r".*/runs/[0-9a-f-]+.*"), timeout=60_000)
            run_page = page.url
            # While the run goes, the browser is on a blank page: the live run page re-renders every
            # event and took half the test's CPU from the run it showed. The webserver is asked for
            # the run's status, then the run page shows how it ended.
            page.goto("about:blank")
            ended = wait_for_run_end(url, re.search(r"/runs/([0-9a-f-]+)", run_page).group(1), 900)
            page.goto(run_page)
            status = page.get_by_text(re.compile(r"^(Success|Failure|Canceled)$")).first
            expect(status).to_be_visible()
            shot(page, "06-run")
            assert status.inner_text() == "Success", f"{ended}\n{tail(logs)}"

            page.goto(f"{url}/assets/fct_applications?view=partitions")
            expect(page.get_by_text("Materialized (1)")).to_be_visible()
            shot(page, "07-partitions-after")
        finally:
            browser.close()

    # the run built 2020, and only 2020
    con = duckdb.connect(str(duckdb_path), read_only=True)
    try:
        years = dict(con.execute("SELECT report_year, count(*) FROM dim_report GROUP BY 1").fetchall())
        fact_years = {r[0] for r in con.execute("SELECT DISTINCT report_year FROM fct_applications").fetchall()}
    finally:
        con.close()
    assert years == {2020: 4} and fact_years == {2020}

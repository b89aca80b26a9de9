"""Harvesting: the reports of the sites in sources.yaml, fetched into the landing folder.

- `ingestion/harvested_reports`, partitioned by site (the names in GDW_SOURCES_FILE): crawls one
  site politely (orchestration/harvest) and lands its reports in
  `$GDW_LANDING_DIR/harvested/<site>/`, where `landing/raw_reports` (downstream) finds them like any
  other file. It never opens DuckDB: a polite crawl takes hours and must not hold the one writer.
  A site is a partition, so one failing site never fails another.
- `staging/fetch_log`: the fetch log (JSON Lines beside the warehouse) loaded into DuckDB in a
  moment, for stg_fetch_log → fct_fetch_log and dim_report.source_url. Rebuilt whole in every run.
- `gdw_harvest` (one run per site) and `harvest_season_daily` (02:00 Beijing time, January to
  April: the season, when reports appear); switched off by default like the other automation.
"""

from dataclasses import dataclass
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.harvest.crawl import harvest_site
from orchestration.harvest.fetch_log import load_fetch_log_sql
from orchestration.harvest.sources import load_sources
from orchestration.settings import SEASON_TIMEZONE, HarvestSettings, Settings

from .metadata import markdown_table, table_metadata
from .resources import WRITER_RETRY

HARVESTED_REPORTS = dg.AssetKey(["ingestion", "harvested_reports"])
FETCH_LOG = dg.AssetKey(["staging", "fetch_log"])


class Harvester(dg.ConfigurableResource):
    """Where the harvest reads its sites and writes its files and log, and how politely it crawls."""

    sources_file: str
    landing_dir: str
    fetch_log_dir: str
    requests_per_second: float
    concurrency: int
    timeout_seconds: float
    retries: int
    backoff_seconds: float
    max_bytes: int
    max_redirects: int
    user_agent: str

    def politeness(self) -> HarvestSettings:
        return HarvestSettings(self.requests_per_second, self.concurrency, self.timeout_seconds, self.retries,
                               self.backoff_seconds, self.max_bytes, self.max_redirects, self.user_agent)

    def log_files(self) -> list[Path]:
        return sorted(Path(self.fetch_log_dir).glob("*.jsonl"))


def harvester_resource(settings: Settings) -> Harvester:
    h = settings.harvest
    return Harvester(sources_file=str(settings.sources_file), landing_dir=str(settings.landing_dir),
                     fetch_log_dir=str(settings.fetch_log_dir), requests_per_second=h.requests_per_second,
                     concurrency=h.concurrency, timeout_seconds=h.timeout_seconds, retries=h.retries,
                     backoff_seconds=h.backoff_seconds, max_bytes=h.max_bytes, max_redirects=h.max_redirects,
                     user_agent=h.user_agent)


@dataclass(frozen=True)
class HarvestDefinitions:
    assets: list
    job: object  # what dg.define_asset_job returns
    schedule: dg.ScheduleDefinition
    resources: dict


def build_harvest(settings: Settings) -> HarvestDefinitions:
    """The harvest's assets, job and schedule; its partitions are the sites of settings.sources_file."""
    site_names = [site.name for site in load_sources(settings.sources_file)]
    sites = dg.StaticPartitionsDefinition(site_names)

    @dg.asset(
        key=HARVESTED_REPORTS,
        partitions_def=sites,
        group_name="ingestion",
        kinds={"python"},
        description="The reports of one site of the sources file (GDW_SOURCES_FILE), fetched politely "
        "(robots.txt, a per-host rate limit, conditional GET) into $GDW_LANDING_DIR/harvested/<site>/; "
        "every attempt is in the fetch log. A re-harvest moves only what changed.",
    )
    def harvested_reports(context: dg.AssetExecutionContext, harvester: Harvester) -> dg.MaterializeResult:
        # Read at run time: a URL corrected in the file applies without reloading the code location.
        site = {s.name: s for s in load_sources(harvester.sources_file)}.get(context.partition_key)
        if site is None:
            raise dg.Failure(f"site {context.partition_key} is no longer in {harvester.sources_file}")
        result = harvest_site(site, harvester.politeness(), Path(harvester.landing_dir), Path(harvester.fetch_log_dir),
                              on_progress=lambda so_far: context.log.info(so_far.line()))
        context.log.info(result.line())
        metadata = {
            "site": dg.MetadataValue.text(site.name),
            "pages_visited": dg.MetadataValue.int(result.pages_visited),
            "files_new": dg.MetadataValue.int(result.files_new),
            "files_unchanged": dg.MetadataValue.int(result.files_unchanged),
            "files_failed": dg.MetadataValue.int(result.failed),
            "disallowed_by_robots": dg.MetadataValue.int(result.disallowed),
            "requests": dg.MetadataValue.int(result.requests),
            "bytes": dg.MetadataValue.int(result.bytes),
            "seconds": dg.MetadataValue.float(result.seconds),
            "landed": dg.MetadataValue.json(result.landed[:50]),
            "fetch_log": dg.MetadataValue.path(str(Path(harvester.fetch_log_dir) / f"{site.name}.jsonl")),
        }
        if result.error:  # this site's run fails, visibly; the other sites are other runs
            raise dg.Failure(description=f"{site.name}: {result.error}", metadata=metadata)
        return dg.MaterializeResult(metadata=metadata)

    job = dg.define_asset_job(
        "gdw_harvest",
        selection=dg.AssetSelection.assets(HARVESTED_REPORTS, FETCH_LOG),
        partitions_def=sites,
        description="Harvest one site of the sources file into the landing folder, then load the fetch log "
        "into staging. The landing sensor (or the next gdw_everything run) reads the new reports.",
    )

    @dg.schedule(
        name="harvest_season_daily",
        cron_schedule="0 2 * 1-4 *",
        execution_timezone=SEASON_TIMEZONE,
        job=job,
        default_status=dg.DefaultScheduleStatus.RUNNING if settings.automation_on else dg.DefaultScheduleStatus.STOPPED,
        description="Reporting season (January – April, the last month for late reports): every night at "
        "02:00 Beijing time, when government servers are quiet, harvest every site (one run each).",
    )
    def harvest_season_daily(context: dg.ScheduleEvaluationContext):
        day = context.scheduled_execution_time.strftime("%Y-%m-%d")
        return [dg.RunRequest(run_key=f"{day}-{name}", partition_key=name, tags={"gdw/trigger": "harvest_season_daily"})
                for name in site_names]

    return HarvestDefinitions([harvested_reports, staging_fetch_log], job, harvest_season_daily,
                              {"harvester": harvester_resource(settings)})


@dg.asset(
    key=FETCH_LOG,
    deps=[HARVESTED_REPORTS],
    group_name="staging",
    kinds={"duckdb"},
    pool="duckdb_write",
    retry_policy=WRITER_RETRY,
    description="Every attempt of every harvest (the fetch log, JSON Lines beside the warehouse), failures "
    "included with their reason. Rebuilt whole in every run; empty when nothing was harvested.",
)
def staging_fetch_log(context: dg.AssetExecutionContext, harvester: Harvester,
                      warehouse: DuckDBResource) -> dg.MaterializeResult:
    files = harvester.log_files()
    Path(warehouse.database).parent.mkdir(parents=True, exist_ok=True)
    with warehouse.get_connection() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS staging")
        con.execute(load_fetch_log_sql(files, "staging.fetch_log"))
        rows = con.execute("SELECT count(*) FROM staging.fetch_log").fetchall()[0][0]
        by_outcome = con.execute(
            "SELECT site, outcome, count(*) AS attempts FROM staging.fetch_log GROUP BY ALL ORDER BY 1, 2").df()
        latest = con.execute("SELECT site, kind, url, status, outcome, reason FROM staging.fetch_log "
                             "ORDER BY fetched_at DESC LIMIT 10").df()
    context.log.info(f"{rows} fetch attempts from {len(files)} site log(s)")
    return dg.MaterializeResult(metadata=table_metadata(
        latest, row_count=rows, table=dg.MetadataValue.text("staging.fetch_log"),
        attempts_by_outcome=dg.MetadataValue.md(markdown_table(by_outcome, limit=40)),
        site_logs=dg.MetadataValue.int(len(files)),
    ))

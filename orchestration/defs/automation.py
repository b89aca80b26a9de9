"""Season operations: the jobs, the landing sensor and the season schedules (Asia/Shanghai).

- `gdw_everything` (partitioned by report year): scan, parse what is new, then stage, build and
  check the run's years. One year, or a range of years in one run (the backfill policy).
- `gdw_quarantine` (not partitioned): scan, parse and rebuild the quarantine, for files whose
  year cannot be read (they belong to no year).
- `landing_sensor`: every 30 s, compares the landing folder with what it saw before (kept in the
  landing store beside the warehouse, shared with the landing scan: a file is hashed only when
  its size, mtime or inode changed) by content hash, and asks for a run of each year whose files
  were added, changed or removed; a new file's year comes from the parse cache when its content
  is known, else from its title (the first kilobytes, a PDF's first page), never from a full
  extract, OCR or LibreOffice; unchanged files ask for nothing; a file whose year cannot be read asks for a `gdw_quarantine` run, and the tick's
  log and an observation on staging/quarantine say which file and why. A scan, an image, a legacy
  Word file or a spreadsheet, whose year only the parser reads, asks for the same run (it parses
  every new file); once the parse cache knows its year (copied into the landing store by the
  parse step), a later tick asks for a run of that year.
- `season_daily` (1 January – 31 March, daily) rebuilds the year whose reports are being
  published; `off_season_weekly` (April – December, Mondays) rebuilds every year, for late and
  corrected reports. Both run at 06:00 Beijing time.

Default status: STOPPED, unless the Settings given to `build_definitions` say automation_on
(GDW_AUTOMATION=on). A fresh checkout, a test or a laptop must not
start writing into a warehouse someone may be reading (DuckDB takes one writer); switching them on
is a deliberate act in the UI (Automation), which the instance remembers. A production deployment
sets GDW_AUTOMATION=on so that a new deployment starts watching without anyone pressing a button.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import dagster as dg

from orchestration.core.landing import scan_landing
from orchestration.core.seasons import cheap_year_reader, in_season, plan_landing_changes, season_year
from orchestration.settings import SEASON_TIMEZONE

from .harvest import HARVESTED_REPORTS
from .ingestion import RAW_REPORTS
from .parsing import PARSED_REPORTS
from .partitions import SeasonYears
from .resources import LandingFolder
from .staging import QUARANTINE_KEY

# Run retries (dagster.yaml run_retries) re-execute a run whose worker died, from the failure.
RUN_TAGS = {"dagster/max_retries": "1", "dagster/retry_strategy": "FROM_FAILURE"}

everything = dg.define_asset_job(
    "gdw_everything",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets(HARVESTED_REPORTS),  # harvests: gdw_harvest
    tags=RUN_TAGS,
    description="Read the landing folder, parse what is new, then stage, build and check the report "
    "years of the run (one partition, or a range of years in one run).",
)

quarantine_job = dg.define_asset_job(
    "gdw_quarantine",
    selection=dg.AssetSelection.assets(RAW_REPORTS, PARSED_REPORTS, QUARANTINE_KEY)
    | dg.AssetSelection.assets("stg_quarantine", "fct_quarantine"),
    tags=RUN_TAGS,
    description="Read the landing folder and record in fct_quarantine the files that belong to no "
    "report year (unreadable, or no year in the title), with the reason.",
)

def load_cursor(cursor: str | None) -> int:
    """The generation of the sensor's state the cursor points at (the state is in the landing
    store, orchestration/core/landing.py: a cursor holding every path grew with the season)."""
    return int(json.loads(cursor)["generation"]) if cursor else 0


def dump_cursor(generation: int) -> str:
    return json.dumps({"generation": generation})


def _digest(items) -> str:
    return hashlib.sha256(json.dumps(items, ensure_ascii=False).encode()).hexdigest()[:12]


def _listing(files: list[str], limit: int = 5) -> str:
    shown = ", ".join(files[:limit])
    return shown + (f" and {len(files) - limit} more" if len(files) > limit else "")


def evaluate_landing(context: dg.SensorEvaluationContext, landing: LandingFolder,
                     season: SeasonYears) -> dg.SensorResult:
    """One tick of the landing sensor."""
    generation = load_cursor(context.cursor)
    folder = Path(landing.path)
    if not folder.is_dir():
        return dg.SensorResult(skip_reason=f"landing folder {folder} does not exist (GDW_LANDING_DIR)")
    with landing.store() as store:
        scan = scan_landing(folder, store)  # hashes only what changed (the fingerprint cache)
        previous = store.sensor_seen(generation)
        changes = plan_landing_changes(scan.entries, previous, set(season.years), cheap_year_reader(store))
        if changes.seen != previous:
            generation += 1
            store.put_sensor_seen(generation, changes.seen)
    if not changes.anything:
        copies = f"; {len(changes.copies)} new copies of known reports (duplicates, listed by the next run)" \
            if changes.copies else ""
        return dg.SensorResult(
            skip_reason=f"no new or changed report in {folder} ({changes.unchanged} unchanged){copies}",
            cursor=dump_cursor(generation),
        )
    requests, observations = [], []
    for year, files in changes.years.items():
        context.log.info(f"report year {year}: {len(files)} new, changed or removed file(s): {_listing(files)}")
        key = _digest([generation, year, [(f, changes.seen[f][0] if f in changes.seen else None) for f in files]])
        requests.append(dg.RunRequest(
            run_key=f"{year}-{key}", job_name=everything.name, partition_key=str(year),
            tags={"gdw/trigger": "landing_sensor", "gdw/files": _listing(files, 3)[:200]},
        ))
    stray = [(path, code, reason) for path, code, reason in changes.unknown_year]
    stray += [(path, "year_out_of_range", (f"{path}: a report on {year}, outside the warehouse's years "
               f"{season.first}–{season.last}")) for path, year in changes.outside_years]
    for path, code, reason in stray:
        context.log.warning(f"quarantined: {reason} ({code})")
        observations.append(dg.AssetObservation(
            asset_key=QUARANTINE_KEY, metadata={"file": path, "reason_code": code, "reason": reason}))
    for _path, reason in changes.to_parse:
        context.log.info(f"to be parsed first: {reason}")
    if stray or changes.to_parse:  # the quarantine job parses every new file: a later tick asks for the years it read
        requests.append(dg.RunRequest(
            run_key=f"quarantine-{_digest([generation, stray, changes.to_parse])}", job_name=quarantine_job.name,
            tags={"gdw/trigger": "landing_sensor",
                  "gdw/quarantined": _listing([p for p, _, _ in stray] + [p for p, _ in changes.to_parse], 3)[:200]},
        ))
    return dg.SensorResult(run_requests=requests, asset_events=observations, cursor=dump_cursor(generation))


def build_landing_sensor(automation_on: bool) -> dg.SensorDefinition:
    """The landing sensor, switched on by default only when the Settings say so (GDW_AUTOMATION)."""
    status = dg.DefaultSensorStatus.RUNNING if automation_on else dg.DefaultSensorStatus.STOPPED

    @dg.sensor(
        name="landing_sensor",
        jobs=[everything, quarantine_job],
        minimum_interval_seconds=30,
        default_status=status,
        description="Watches the landing folder (GDW_LANDING_DIR): a new, changed or removed file starts "
        "a run for its report year; a file whose year cannot be read starts a quarantine run.",
    )
    def landing_sensor(context: dg.SensorEvaluationContext, landing: LandingFolder,
                       season: SeasonYears) -> dg.SensorResult:
        return evaluate_landing(context, landing, season)

    return landing_sensor


def build_schedules(automation_on: bool) -> list[dg.ScheduleDefinition]:
    """The season schedules, switched on by default only when the Settings say so (GDW_AUTOMATION)."""
    status = dg.DefaultScheduleStatus.RUNNING if automation_on else dg.DefaultScheduleStatus.STOPPED

    @dg.schedule(
        name="season_daily",
        cron_schedule="0 6 * 1-3 *",
        execution_timezone=SEASON_TIMEZONE,
        job=everything,
        default_status=status,
        description="Reporting season (1 January – 31 March): every day at 06:00 Beijing time, rebuild the "
        "year whose reports are being published (the previous calendar year).",
    )
    def season_daily(context: dg.ScheduleEvaluationContext, season: SeasonYears):
        day = context.scheduled_execution_time.date()
        year = season_year(day)
        if not in_season(day) or year not in season.years:
            return dg.SkipReason(f"{day} is outside the season, or {year} is not a partition ({season.first}–{season.last})")
        return dg.RunRequest(partition_key=str(year), tags={"gdw/trigger": "season_daily"})


    @dg.schedule(
        name="off_season_weekly",
        cron_schedule="0 6 * 4-12 1",
        execution_timezone=SEASON_TIMEZONE,
        job=everything,
        default_status=status,
        description="Outside the season (April – December): every Monday at 06:00 Beijing time, rebuild "
        "every report year, for late and corrected reports.",
    )
    def off_season_weekly(context: dg.ScheduleEvaluationContext, season: SeasonYears):
        tick = context.scheduled_execution_time.strftime("%Y-%m-%d")
        return [dg.RunRequest(run_key=f"{tick}-{year}", partition_key=str(year), tags={"gdw/trigger": "off_season_weekly"})
                for year in season.years]

    return [season_daily, off_season_weekly]

"""Parsing: read every new or changed report once; keep the result keyed by content hash.

The `parsing` schema holds the staging tables' rows for every hash parsed with the current
parser version. A file whose hash is already there is not parsed again; rows of hashes that left
the landing folder, or were parsed by an older parser, are dropped.

The asset is three kinds of step, so that parsing can be spread over workers
(GDW_PARSE_SHARDS, README "Deployment"):
- `plan_parse` (the DuckDB writer) drops stale cache rows, lists the files to parse and splits
  them into shards by content hash (core/parse_spool.py), one dynamic output per shard;
- `parse_shard`, one step per shard, parses its files on its own bounded pool of processes and
  writes the rows to Parquet files in the spool; it never opens the DuckDB file, so shard steps can
  run at once, in other processes or on other machines (an executor that runs steps in parallel);
- `load_parsed` (the DuckDB writer) inserts every complete shard into the cache in one transaction.
A shard killed half-way leaves only a `.partial` folder: its files are not in the cache, and the
next run parses them again.
"""

import shutil
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor, wait
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from orchestration.core.batch import OCR_REASON_CODES, parse_again_with_last_year, parse_files_to_rows
from orchestration.core.landing import has_surrogates, os_path, text_safe, text_safe_rows
from orchestration.core.parse_spool import (
    ShardWriter,
    StagingCollector,
    collected_tables,
    load_shards,
    shard_name,
    split_into_shards,
)
from orchestration.core.staging_rows import empty_tables
from orchestration.core.staging_schema import (
    FACT_TABLES,
    PARSING_SCHEMA,
    STAGING_TABLES,
    collector_paused,
    column_names,
    create_table_sql,
    rows_to_arrow,
    stale_cache_tables_sql,
)
from orchestration.parsing.record import PARSER_VERSION

from .ingestion import RAW_REPORTS, remember_parsed_years
from .metadata import markdown_table
from .resources import WRITER_RETRY, LandingFolder

PARSED_REPORTS = dg.AssetKey(["parsing", "parsed_reports"])
BATCH = 5000  # reports per Parquet row group: bounds a shard's memory on a national season
PROGRESS_SECONDS = 10  # a "parsed x of y" line at least this often (make run prints them)


def insert_rows(con, schema: str, tables: dict[str, list[tuple]]) -> None:
    """Rows as Arrow tables typed from the staging schema (the caller holds the transaction)."""
    for table, rows in tables.items():
        if not rows:
            continue
        columns = ", ".join(f'"{name}"' for name in column_names(table))
        con.register("incoming", rows_to_arrow(table, rows))
        con.execute(f"INSERT INTO {schema}.{table} ({columns}) SELECT {columns} FROM incoming")
        con.unregister("incoming")


def replace_rows(con, schema: str, sha256s: list[str], tables: dict[str, list[tuple]]) -> None:
    """The rows of reports parsed again in place of their earlier rows, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        ids = [sha[:16] for sha in sha256s]  # report_id: the first 16 hex digits of the hash
        for table in FACT_TABLES:
            con.execute(f"DELETE FROM {schema}.{table} WHERE list_contains(?, report_id)", [ids])
        for table in ("reports", "quarantine"):
            con.execute(f"DELETE FROM {schema}.{table} WHERE list_contains(?, sha256)", [sha256s])
        insert_rows(con, schema, tables)
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def reports_to_read_with_last_year(con, since: datetime) -> list[tuple[str, str, dict]]:
    """(file, sha256, the agency's record of the year before) of each report with a table 2 cell
    its text left unknown, where the cache holds the same agency's report of the year before and
    one of the two was parsed in this run (at `since` or later). One join on (agency, year), one
    report a side: linear in the reports, however many share an agency."""
    found = con.execute(
        f"""
        WITH previous AS (  -- one report per agency and year before the join: never agency x agency
            SELECT agency_name, report_year, report_id, template, parsed_at FROM {PARSING_SCHEMA}.reports
            QUALIFY row_number() OVER (PARTITION BY agency_name, report_year ORDER BY report_id) = 1
        )
        SELECT r.source_file, r.sha256, p.report_id, p.agency_name, p.report_year, p.template
        FROM {PARSING_SCHEMA}.reports r
        JOIN previous p ON p.agency_name = r.agency_name AND p.report_year = r.report_year - 1
        WHERE (r.parsed_at >= ? OR p.parsed_at >= ?)
          AND r.report_id IN (SELECT report_id FROM {PARSING_SCHEMA}.disclosures WHERE cell_state = 'unknown')
        """,
        [since, since],
    ).fetchall()
    cells: dict[str, list[dict]] = {}
    for report_id, item, metric, value, state in con.execute(
        f"SELECT report_id, item, metric, value, cell_state FROM {PARSING_SCHEMA}.disclosures "
        "WHERE list_contains(?, report_id)", [[row[2] for row in found]]
    ).fetchall():
        cells.setdefault(report_id, []).append({"item": item, "metric": metric, "value": value, "cell_state": state})
    return [(os_path(source), sha256, {"agency": agency, "year": year, "template": template,
                                       "disclosures": cells.get(previous_id, [])})
            for source, sha256, previous_id, agency, year, template in found]


def _add_rows(tables: dict[str, list[tuple]], rows: dict[str, list[tuple]], escape: bool) -> None:
    """One file's staging rows added to a batch; `escape`: the parser names the file in its rows,
    and DuckDB takes valid UTF-8 only."""
    for table, table_rows in (text_safe_rows(rows) if escape else rows).items():
        tables[table].extend(table_rows)


def _forget_stale(con) -> int:
    """Drop cached rows of hashes no longer in the landing folder or parsed by another version; how
    many reports were dropped. The fact tables (most of the cache's rows) are touched only when a
    report was: an unchanged re-run does not scan them."""
    keep = "SELECT sha256 FROM landing.raw_reports"
    con.execute(
        f"DELETE FROM {PARSING_SCHEMA}.quarantine WHERE parser_version <> ? OR sha256 NOT IN ({keep})", [PARSER_VERSION]
    )
    con.execute(f"""CREATE OR REPLACE TEMP TABLE stale_reports AS SELECT report_id FROM {PARSING_SCHEMA}.reports
                    WHERE parser_version <> ? OR sha256 NOT IN ({keep})""", [PARSER_VERSION])
    stale = con.execute("SELECT count(*) FROM stale_reports").fetchall()[0][0]
    if stale:
        for table in (*FACT_TABLES, "reports"):
            con.execute(f"DELETE FROM {PARSING_SCHEMA}.{table} WHERE report_id IN (SELECT report_id FROM stale_reports)")
    con.execute("DROP TABLE stale_reports")
    return stale


def _forget_old_spools(spool: Path, instance, keep: set[str]) -> None:
    """Remove the spool folders of runs that ended (a killed run's shards included): what they
    did not load is parsed again. A run still going, and the runs `keep` names (the run this one
    re-executes), keep theirs."""
    if not spool.is_dir():
        return
    for folder in spool.iterdir():
        run = instance.get_run_by_id(folder.name)
        if folder.name not in keep and (run is None or run.is_finished):
            shutil.rmtree(folder, ignore_errors=True)


@dg.op(
    ins={"after_scan": dg.In(dg.Nothing)},
    out=dg.DynamicOut(dict),
    pool="duckdb_write",
    retry_policy=WRITER_RETRY,
    description="Drop stale cache rows; split the files not cached yet into shards by content hash.",
)
def plan_parse(context: dg.OpExecutionContext, landing: LandingFolder, warehouse: DuckDBResource):
    with warehouse.get_connection() as con:
        con.execute(f"CREATE SCHEMA IF NOT EXISTS {PARSING_SCHEMA}")
        if con.execute(stale_cache_tables_sql()).fetchall():  # a cache of an older shape: parse again
            for table in STAGING_TABLES:
                con.execute(f"DROP TABLE IF EXISTS {PARSING_SCHEMA}.{table}")
        for table in STAGING_TABLES:
            con.execute(create_table_sql(table, PARSING_SCHEMA, replace=False))
        _forget_stale(con)
        if landing.ocr:  # scans quarantined while OCR was off are read now
            con.execute(f"DELETE FROM {PARSING_SCHEMA}.quarantine WHERE list_contains(?, reason_code)", [list(OCR_REASON_CODES)])
        todo = con.execute(
            f"""
            SELECT sha256, min(source_file) AS source_file FROM landing.raw_reports
            WHERE sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.reports)
              AND sha256 NOT IN (SELECT sha256 FROM {PARSING_SCHEMA}.quarantine)
            GROUP BY sha256 ORDER BY 2
            """
        ).fetchall()
    run = context.run
    _forget_old_spools(landing.spool_dir, context.instance, {run.run_id, run.parent_run_id, run.root_run_id})
    shards = split_into_shards(todo, landing.parse_shards)
    context.log.info(f"{len(todo)} new or changed files to parse, in {sum(map(bool, shards))} of "
                     f"{landing.parse_shards} shards by content hash")
    for index, source_files in enumerate(shards):
        if source_files or (index == 0 and not todo):  # nothing to parse: one empty shard, so the load step runs
            folder = landing.spool_dir / run.run_id / shard_name(index, len(shards))
            yield dg.DynamicOutput({"folder": str(folder), "source_files": source_files},
                                   mapping_key=f"shard_{index}")


@dg.op(
    out=dg.Out(dict),
    description="Parse one shard's files on a bounded pool of processes; write their rows to the spool.",
)
def parse_shard(context: dg.OpExecutionContext, landing: LandingFolder, shard: dict) -> dict:
    folder = Path(shard["folder"])
    paths = [os_path(name) for name in shard["source_files"]]  # the stored name of a non-UTF-8 name is escaped
    escape_results = any(map(has_surrogates, paths))
    statuses: Counter[str] = Counter()
    overruns: Counter[str] = Counter()
    peak_worker_rss = 0
    parsed_at = datetime.now(UTC).replace(tzinfo=None)
    started = time.monotonic()
    last_progress = started
    context.log.info(f"{folder.name}: parsing {len(paths)} files on {landing.workers_per_shard} workers")
    writer = ShardWriter(folder)
    # The parse processes send their files' rows as Arrow, a batch of files at a time
    # (StagingCollector): this loop only gathers the batches and counts; the rows it makes itself are
    # those of files whose parse process overran a limit (quarantine). A batch is written by a thread
    # of its own while this loop goes on answering the workers (Parquet is written without the GIL).
    # The cycle collector stays paused: what this loop makes (outcomes, Arrow tables) holds no cycles.
    with collector_paused(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="shard-writer") as behind:
        writing: Future | None = None
        try:
            tables, collected = empty_tables(), []
            outcomes = parse_files_to_rows(paths, parsed_at, landing.workers_per_shard, landing.parse_limits,
                                           ocr=landing.ocr, collector=partial(StagingCollector, escape=escape_results))
            for number, outcome in enumerate(outcomes, 1):
                if outcome.collected is not None:
                    collected.append(collected_tables(outcome.collected))
                status, rows = outcome.value
                statuses[status] += 1
                peak_worker_rss = max(peak_worker_rss, outcome.peak_rss_bytes)
                if outcome.overrun:
                    overruns[outcome.overrun] += 1
                    what = "died" if outcome.overrun == "crash" else f"hit the {outcome.overrun} limit"
                    context.log.warning(f"{text_safe(outcome.path)}: quarantined, its parse process {what}")
                _add_rows(tables, rows, escape_results)
                if number % BATCH == 0:
                    writing = _write_behind(behind, writing, writer, tables, collected)
                    tables, collected = empty_tables(), []
                if number % BATCH == 0 or time.monotonic() - last_progress > PROGRESS_SECONDS:
                    context.log.info(f"parsed {number} of {len(paths)} files ({folder.name})")
                    last_progress = time.monotonic()
            _write_behind(behind, writing, writer, tables, collected).result()
        except BaseException:
            if writing is not None:
                wait([writing])  # the writer's files are closed below, never under a batch being written
            writer.abandon()
            raise
    writer.close()
    seconds = time.monotonic() - started
    context.log.info(f"{folder.name}: parsed {len(paths)} files in {seconds:.1f} s")
    return {"folder": str(folder), "files": len(paths), "seconds": seconds, "statuses": dict(statuses),
            "parsed_at": parsed_at.isoformat(),
            "overruns": dict(overruns), "peak_worker_rss": peak_worker_rss}


def _write_behind(behind: ThreadPoolExecutor, writing: Future | None, writer: ShardWriter,
                  tables: dict[str, list[tuple]], collected: list[dict]) -> Future:
    """Start writing `tables` and the `collected` Arrow batches once the batch before is written (at
    most two batches in memory)."""
    if writing is not None:
        writing.result()  # its error, if any, stops the shard here
    return behind.submit(writer.write, tables, collected)


def _sum_counts(counts: list[dict[str, int]]) -> dict[str, int]:
    return dict(sum((Counter(c) for c in counts), Counter()))


def _read_again_with_last_year(context: dg.OpExecutionContext, landing: LandingFolder, con, since: datetime) -> None:
    """Table 2 cells a crawled page left unknown: the agency's report of the year before may settle
    them. The few reports concerned are parsed again here, by the writer, after every shard is in."""
    again = reports_to_read_with_last_year(con, since)
    if not again:
        return
    context.log.info(f"parsing {len(again)} reports again with their agency's report of the year before")
    escape_results = any(has_surrogates(path) for path, _, _ in again)
    tables = empty_tables()
    parsed_at = datetime.now(UTC).replace(tzinfo=None)
    outcomes = parse_again_with_last_year([(path, previous) for path, _, previous in again], parsed_at,
                                          landing.parse_workers, landing.parse_limits, ocr=landing.ocr)
    for outcome in outcomes:
        _add_rows(tables, outcome.value[1], escape_results)
    replace_rows(con, PARSING_SCHEMA, [sha256 for _, sha256, _ in again], tables)


@dg.op(
    pool="duckdb_write",
    retry_policy=WRITER_RETRY,
    description="Insert every parsed shard into the parse cache, in one transaction.",
)
def load_parsed(context: dg.OpExecutionContext, landing: LandingFolder, warehouse: DuckDBResource,
                shards: list[dict]) -> dg.Output:
    folders = [Path(shard["folder"]) for shard in shards if shard["files"]]
    parsed_now = sum(shard["files"] for shard in shards)
    started = time.monotonic()
    with warehouse.get_connection() as con:
        inserted = load_shards(con, PARSING_SCHEMA, folders)
        if parsed_now:
            since = min(datetime.fromisoformat(shard["parsed_at"]) for shard in shards if shard["files"])
            _read_again_with_last_year(context, landing, con, since)
        cached = con.execute("SELECT count(DISTINCT sha256) FROM landing.raw_reports").fetchall()[0][0] - parsed_now
        if parsed_now:  # the sensor learns the years only the parser could read (a scan, a .doc) on its next tick
            with landing.store() as store:
                remember_parsed_years(con, store)
        summary = con.execute(
            f"""
            SELECT status, count(*) AS reports FROM {PARSING_SCHEMA}.reports GROUP BY status
            UNION ALL SELECT 'quarantined', count(*) FROM {PARSING_SCHEMA}.quarantine
            ORDER BY 1
            """
        ).df()
    for run_folder in {Path(shard["folder"]).parent for shard in shards}:
        shutil.rmtree(run_folder, ignore_errors=True)
    seconds = sum(shard["seconds"] for shard in shards)  # the shards' own times, however they ran
    context.log.info(f"parsed {parsed_now} new or changed files in {len(shards)} shards ({seconds:.1f} s of shard "
                     f"steps), loaded in {time.monotonic() - started:.1f} s; {cached} unchanged files not parsed again")
    return dg.Output(
        None,
        metadata={
            "dagster/row_count": dg.MetadataValue.int(int(summary["reports"].sum())),
            "parsed_now": dg.MetadataValue.int(parsed_now),
            "unchanged_not_parsed": dg.MetadataValue.int(int(cached)),
            "shards": dg.MetadataValue.int(len(shards)),
            "parse_seconds": dg.MetadataValue.float(round(seconds, 3)),
            "files_per_second": dg.MetadataValue.float(round(parsed_now / seconds, 1) if seconds else 0.0),
            "parsed_now_by_status": dg.MetadataValue.json(_sum_counts([s["statuses"] for s in shards])),
            # files whose parse process hit the time or memory limit, or died (quarantined)
            "parse_overruns": dg.MetadataValue.json(_sum_counts([s["overruns"] for s in shards])),
            "peak_parse_process_mib": dg.MetadataValue.float(
                round(max(s["peak_worker_rss"] for s in shards) / 2**20, 1)),
            "rows_loaded": dg.MetadataValue.json(inserted),
            "parser_version": PARSER_VERSION,
            "reports_by_status": dg.MetadataValue.md(markdown_table(summary)),
        },
    )


@dg.graph_asset(
    key=PARSED_REPORTS,
    ins={"raw_reports": dg.AssetIn(RAW_REPORTS, dagster_type=dg.Nothing)},
    group_name="parsing",
    kinds={"python", "duckdb"},
    description="Every landed file parsed once per content hash and parser version: the tables of "
    "the report, each cell's state, warnings and the per-report rule results, or the reason it "
    "was quarantined. Parsed in shards by content hash (GDW_PARSE_SHARDS), loaded by one writer.",
)
def parsed_reports(raw_reports):
    return load_parsed(plan_parse(raw_reports).map(parse_shard).collect())

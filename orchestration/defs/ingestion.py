"""Ingestion: every entry of the landing folder, accounted for, each file hashed once.

`landing.raw_reports` lists the report candidates (regular files, and symlinks to files inside the
folder) with path, size and sha256; `landing.rejected_entries` every other entry with its reason
(a symlink out of the folder, a FIFO, an Office lock file, ...), never opened: staging/quarantine
lists them, so each landed entry ends in dim_report or fct_quarantine. Hashes come from the
fingerprint cache shared with the landing sensor (orchestration/core/landing.py): an unchanged
file is neither read nor hashed again.
"""


from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import pyarrow as pa
from dagster_duckdb import DuckDBResource

from orchestration.core.landing import LandingStore, ScanResult, scan_landing
from orchestration.core.staging_schema import arrow_type

from .harvest import HARVESTED_REPORTS
from .metadata import table_metadata
from .resources import WRITER_RETRY, LandingFolder

RAW_REPORTS = dg.AssetKey(["landing", "raw_reports"])
LANDING_TABLES = {
    "raw_reports": "source_file VARCHAR, file_name VARCHAR, size_bytes BIGINT, sha256 VARCHAR, scanned_at TIMESTAMP",
    "rejected_entries": "sha256 VARCHAR, source_file VARCHAR, file_name VARCHAR, size_bytes BIGINT, "
    "reason_code VARCHAR, reason VARCHAR, scanned_at TIMESTAMP",
}


def landing_tables(scan: ScanResult, scanned_at: datetime) -> tuple[pa.Table, pa.Table]:
    """(report candidates, rejected entries) as the two landing tables' rows, typed Arrow columns."""
    candidates = _arrow("raw_reports", {
        "source_file": [e.source_file for e in scan.candidates], "file_name": [e.file_name for e in scan.candidates],
        "size_bytes": [e.size_bytes for e in scan.candidates], "sha256": [e.sha256 for e in scan.candidates],
        "scanned_at": [scanned_at] * len(scan.candidates)})
    # sha256 '': never read (fct_quarantine's sha256 is "empty when the file could not be read")
    rejected = _arrow("rejected_entries", {
        "sha256": [""] * len(scan.rejected), "source_file": [e.source_file for e in scan.rejected],
        "file_name": [e.file_name for e in scan.rejected], "size_bytes": [e.size_bytes for e in scan.rejected],
        "reason_code": [e.reason_code for e in scan.rejected], "reason": [e.reason for e in scan.rejected],
        "scanned_at": [scanned_at] * len(scan.rejected)})
    return candidates, rejected


def _arrow(table: str, columns: dict[str, list]) -> pa.Table:
    names_and_types = [column.split() for column in LANDING_TABLES[table].split(", ")]
    return pa.table({name: pa.array(columns[name], arrow_type(sql_type)) for name, sql_type in names_and_types})


def remember_parsed_years(con, store: LandingStore) -> int:
    """Copy the parse cache's years of hashes the store does not have yet into the store, so
    that the sensor (in the daemon, which cannot open the DuckDB file while a run writes it)
    learns a known content's year without reading the file."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'parsing'").fetchall()}
    if not {"reports", "quarantine"} <= tables:
        return 0
    known = store.known_year_hashes("parse")
    rows = [r for r in con.execute(
        """SELECT sha256, any_value(report_year), NULL, NULL FROM parsing.reports GROUP BY 1
           UNION ALL SELECT sha256, any_value(report_year), any_value(reason_code), any_value(reason)
           FROM parsing.quarantine GROUP BY 1""").fetchall() if r[0] not in known]
    store.put_years(rows, source="parse")
    return len(rows)


@dg.asset(
    key=RAW_REPORTS,
    deps=[HARVESTED_REPORTS],  # harvested files land in the landing folder's harvested/<site>/
    group_name="ingestion",
    kinds={"python", "duckdb"},
    pool="duckdb_write",
    retry_policy=WRITER_RETRY,
    description="Every entry of the landing folder (GDW_LANDING_DIR): report files with path, size and "
    "sha256 (landing.raw_reports), and the entries that are not (symlinks out of the folder, FIFOs, "
    "Office lock files) with their reason, never opened (landing.rejected_entries). An unchanged "
    "file is not read again (fingerprint cache).",
)
def raw_reports(context: dg.AssetExecutionContext, landing: LandingFolder, warehouse: DuckDBResource) -> dg.MaterializeResult:
    with landing.store() as store:
        scan = scan_landing(Path(landing.path), store)
        candidates, rejected = landing_tables(scan, datetime.now(UTC).replace(tzinfo=None))
        Path(warehouse.database).parent.mkdir(parents=True, exist_ok=True)
        with warehouse.get_connection() as con:
            con.execute("CREATE SCHEMA IF NOT EXISTS landing")
            con.execute("BEGIN TRANSACTION")
            for table, rows in (("raw_reports", candidates), ("rejected_entries", rejected)):
                con.register("incoming", rows)
                con.execute(f"CREATE OR REPLACE TABLE landing.{table} ({LANDING_TABLES[table]})")
                con.execute(f"INSERT INTO landing.{table} SELECT * FROM incoming")
                con.unregister("incoming")
            con.execute("COMMIT")
            remembered = remember_parsed_years(con, store)
    by_reason = dict(Counter(e.reason_code for e in scan.rejected).most_common())
    context.log.info(
        f"scanned {len(scan.entries)} entries in {landing.path}: {len(candidates)} report files "
        f"({scan.hashed} read and hashed, {scan.from_cache} unchanged, from the fingerprint cache); "
        f"{len(rejected)} not report files{f' {by_reason}' if by_reason else ''}"
    )
    return dg.MaterializeResult(
        metadata=table_metadata(
            candidates.select(["file_name", "size_bytes", "sha256"]).slice(0, 10).to_pandas(),  # the preview
            row_count=len(candidates),
            landing_dir=dg.MetadataValue.path(landing.path),
            hashed_now=dg.MetadataValue.int(scan.hashed),
            unchanged_from_cache=dg.MetadataValue.int(scan.from_cache),
            rejected_entries=dg.MetadataValue.int(len(rejected)),
            rejected_by_reason=dg.MetadataValue.json({k: int(v) for k, v in by_reason.items()}),
            years_from_parse_cache=dg.MetadataValue.int(remembered),
            total_bytes=dg.MetadataValue.int(sum(e.size_bytes for e in scan.candidates)),
        )
    )

"""The one module through which gdw calls Great Expectations (GX 1.24).

Suites live as GX 1.x JSON in `expectations/`. Each suite's `meta` says what it validates:

    asset        the mart table the Dagster check attaches to
    kind         'structural' (severity critical: a failure is a pipeline bug) or
                 'statutory' (severity warning: a finding about a report, not a failure of the run)
    rule_id      the SPEC rule id, or null
    description  one sentence for people
    frame_sql    DuckDB SQL building the DataFrame the suite validates
    index_columns     (optional) the columns that name a failing row; default report_id (+ scope)
    partition_column  (optional) the frame column `report_years=` filters on (rows where it is NULL
                      are always kept); null: always whole

GX on DuckDB through SQLAlchemy is broken in 1.24 (STYLE.md section 2), so `build_frame` reads the
frame into pandas and `validate_frame` validates it with a pandas datasource in an ephemeral context.
`run_suite` first lets DuckDB screen the frame (orchestration/quality/screen.py): GX then reads only
the reports that could fail (and a small sample of the others), not every row of the season. It
validates them in slices of at most REPORTS_PER_SLICE reports (by a hash of report_id) and merges
the outcomes, so memory does not grow with the season: every expectation here is per row or per
report (compound keys include report_id), and a report is never split between slices.
This module does not import dagster (the Dagster checks wrap it) and imports GX lazily: the import
costs seconds.

Failing rows are found by row label: GX returns the `unexpected_index_list` of the frame's RangeIndex
and the adapter reads `report_id`, `scope`, `expected` and `actual` from the frame. GX's own
`unexpected_index_column_names` works in 1.24 too (`index_mode="columns"`), but builds the list with
one `DataFrame.at` per cell and then deep-copies it into the results store: 47 s for 233k failing
rows of 700k against 2.3 s by row label, and statutory rules fail often on real reports.

GX does not raise when an expectation breaks (a missing column, a metric error): it returns
success=False with `exception_info`. The outcome says so (`raised_exception`), and a crashed
expectation counts as critical whatever its severity: a check that did not run is not a finding.
"""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import json
import math
import numbers
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from .screen import suspect_reports_sql

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

SUITES_DIR: Path = Path(__file__).resolve().parents[2] / "expectations"

REQUIRED_META: tuple[str, ...] = ("asset", "kind", "rule_id", "description", "frame_sql")
SUITE_KINDS: tuple[str, ...] = ("structural", "statutory")
SEVERITY_RANK: dict[str, int] = {"info": 1, "warning": 2, "critical": 3}
MAX_FAILING_ROWS = 50
SAMPLE_SIZE = 10
# A suite validates at most this many reports' rows at once (the structure suites hold ~175 rows a
# report): memory stays bounded whatever the season's size, at the cost of one validation per slice.
REPORTS_PER_SLICE = 5000
# Reports the screen cleared that GX validates all the same: the Data Docs show real rows, and a
# screen that wrongly cleared a failing report is caught (a broken check) rather than trusted.
SCREEN_SAMPLE = 50

IndexMode = Literal["row_label", "columns"]

# ------------------------------------------------------------------------------------ suites


def _suites_dir(suites_dir: str | Path | None) -> Path:
    return Path(suites_dir) if suites_dir is not None else SUITES_DIR


def check_suite(suite: dict) -> dict:
    """Raise ValueError unless `suite` has a name, expectations with a severity, and the required meta."""
    name = suite.get("name")
    if not name:
        raise ValueError("suite has no name")
    meta = suite.get("meta") or {}
    missing = [key for key in REQUIRED_META if key not in meta]
    if missing:
        raise ValueError(f"suite {name!r}: meta lacks {missing}")
    if meta["kind"] not in SUITE_KINDS:
        raise ValueError(f"suite {name!r}: meta.kind {meta['kind']!r} is not one of {SUITE_KINDS}")
    if not str(meta["frame_sql"]).strip():
        raise ValueError(f"suite {name!r}: meta.frame_sql is empty")
    expectations = suite.get("expectations") or []
    if not expectations:
        raise ValueError(f"suite {name!r} has no expectations")
    for i, expectation in enumerate(expectations):
        if expectation.get("severity") not in SEVERITY_RANK:
            # GX would default a missing severity to critical; make every file say what it means
            raise ValueError(f"suite {name!r}: expectation {i} has no valid severity")
    return suite


def load_suite(name_or_path: str | Path | dict, suites_dir: str | Path | None = None) -> dict:
    """The raw suite JSON, by name (`app_balance`) or by path to a .json file. Dicts pass through."""
    if isinstance(name_or_path, dict):
        return check_suite(name_or_path)
    candidate = Path(name_or_path)
    if candidate.suffix == ".json" or candidate.is_file():
        path = candidate
    else:
        path = _suites_dir(suites_dir) / f"{name_or_path}.json"
    if not path.exists():
        raise FileNotFoundError(f"no expectation suite at {path}")
    return check_suite(json.loads(path.read_text(encoding="utf-8")))


def list_suites(asset: str | None = None, suites_dir: str | Path | None = None) -> list[dict]:
    """Every suite in the suites directory (sorted by name), optionally only those attached to `asset`."""
    suites = [load_suite(path) for path in sorted(_suites_dir(suites_dir).glob("*.json"))]
    if asset is not None:
        suites = [s for s in suites if s["meta"]["asset"] == asset]
    return sorted(suites, key=lambda s: s["name"])


# ------------------------------------------------------------------------------------ frames


def _years(report_years: int | Iterable[int] | None) -> list[int] | None:
    if report_years is None:
        return None
    years = [report_years] if isinstance(report_years, numbers.Integral) else list(report_years)
    return sorted({int(y) for y in years})


def frame_sql(suite: dict | str, report_years: int | Iterable[int] | None = None,
              part: tuple[int, int] | None = None, reports: str | None = None) -> str:
    """The suite's meta.frame_sql, restricted to some report years when the suite has a
    meta.partition_column (suites without one always see everything). A row whose partition column
    is NULL (a quarantined file with no year) belongs to every year, so it is always kept.

    `part` = (i, n): only slice i of n, the reports whose hash of report_id is i modulo n (every row of
    a report in one slice, so an expectation over a report's rows sees them all).
    `reports`: a query of report_ids; only their rows (a NULL report_id matches a NULL), ordered by
    every column, since a join keeps no order."""
    suite = load_suite(suite)
    sql = suite["meta"]["frame_sql"].strip().rstrip(";")
    column = suite["meta"].get("partition_column")
    years = _years(report_years)
    conditions = []
    if years is not None and column:
        conditions.append(f'("{column}" IN ({", ".join(map(str, years))}) OR "{column}" IS NULL)')
    if part is not None and part[1] > 1:
        conditions.append(f"hash(report_id) % {int(part[1])} = {int(part[0])}")
    if not conditions and reports is None:
        return sql
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    if reports is None:
        return f"SELECT * FROM (\n{sql}\n) AS frame{where}"
    return (f"SELECT frame.* FROM (\n{sql}\n) AS frame SEMI JOIN ({reports}) AS chosen "
            f"ON frame.report_id IS NOT DISTINCT FROM chosen.report_id{where} ORDER BY ALL")


def frame_types(con: Any, suite: dict) -> dict[str, str]:
    """column -> DuckDB type of the suite's frame (DuckDB plans the query without running it)."""
    return {row[0]: row[1] for row in con.execute(f"DESCRIBE {frame_sql(suite)}").fetchall()}


def slice_count(con: Any, report_years: int | Iterable[int] | None = None,
                reports_per_slice: int | None = None) -> int:
    """How many slices keep each frame within `reports_per_slice` reports of the run's years (counted
    in dim_report, the table every suite's rows belong to)."""
    years = _years(report_years)
    where = "TRUE" if years is None else f"report_year IN ({', '.join(map(str, years))})" if years else "FALSE"
    try:
        reports = con.execute(f"SELECT count(*) FROM dim_report WHERE {where}").fetchall()[0][0]
    except Exception:  # noqa: BLE001 - no dim_report (a broken warehouse): one slice, and the suite says what it finds
        return 1
    return max(1, math.ceil(reports / (reports_per_slice or REPORTS_PER_SLICE)))


def build_frame(con: Any, suite: dict | str, report_years: int | Iterable[int] | None = None,
                part: tuple[int, int] | None = None, reports: str | None = None) -> pd.DataFrame:
    """Run the suite's frame SQL on a DuckDB connection and return a pandas DataFrame.

    The frame gets a fresh RangeIndex (failing rows are found by row label). Nullable integer columns
    holding NULL become float64: GX 1.24's column-pair metrics fail on pandas.NA ("boolean value of NA
    is ambiguous"); counts stay exact as float64 far beyond any report.
    """
    import pandas as pd

    df = con.execute(frame_sql(suite, report_years, part, reports)).df().reset_index(drop=True)
    for column in df.columns:
        dtype = df[column].dtype
        if isinstance(dtype, pd.api.extensions.ExtensionDtype) and dtype.kind in "iu":
            df[column] = (
                df[column].astype("float64") if df[column].isna().any() else df[column].astype("int64")
            )
    return df


# ------------------------------------------------------------------------------------ outcomes


@dataclass
class ExpectationOutcome:
    type: str
    kwargs: str  # short summary, e.g. "column=row, value_set=[26 values]"
    columns: list[str]  # the columns it checks (column, column_A/B or column_list)
    severity: str
    success: bool
    unexpected_count: int | None
    failing_report_ids: list[str] = field(default_factory=list)  # a sample, at most SAMPLE_SIZE
    raised_exception: bool = False
    exception_message: str | None = None
    rule_id: str | None = None


@dataclass
class SuiteOutcome:
    suite_name: str
    asset: str
    kind: str
    rule_id: str | None
    description: str
    success: bool
    rows_validated: int
    worst_failed_severity: str | None  # 'critical' | 'warning' | 'info' | None
    expectations: list[ExpectationOutcome]
    failing_report_ids: list[str]  # sorted, unique, complete
    failing_rows: list[dict]  # at most MAX_FAILING_ROWS
    raised_exception: bool = False  # an expectation crashed: a broken check, not bad data
    exception_message: str | None = None
    elapsed_seconds: float = 0.0
    report_years: list[int] | None = None  # the partition validated; None: the whole table
    data_docs_url: str | None = None  # file:// URL of this validation's page in the Data Docs
    rows_through_gx: int | None = None  # the rows GX read; the others were cleared by DuckDB's screen
    suspect_reports: int | None = None  # the reports the screen could not clear; None: not screened

    @property
    def failed_expectations(self) -> list[ExpectationOutcome]:
        return [e for e in self.expectations if not e.success]

    def to_dict(self) -> dict:
        return asdict(self)

    def to_markdown(self, max_rows: int = 10) -> str:
        status = "passed" if self.success else f"FAILED ({self.worst_failed_severity})"
        lines = [
            f"**{self.suite_name}** on `{self.asset}` ({self.kind}"
            + (f", {self.rule_id}" if self.rule_id else "")
            + f"): {status}; {self.rows_validated} rows validated"
            + ("" if self.suspect_reports is None else
               f" ({self.suspect_reports} reports DuckDB could not clear and a sample, {self.rows_through_gx} rows, by GX)")
            + f", {len(self.failing_report_ids)} failing reports",
        ]
        if self.raised_exception:
            lines.append(
                f"\n**An expectation raised an exception** (a broken check): {_clip(self.exception_message)}"
            )
        failed = self.failed_expectations
        lines.append(
            f"\n{len(self.expectations) - len(failed)} of {len(self.expectations)} expectations passed."
        )
        if failed:
            lines += [
                "",
                "| failed expectation | kwargs | severity | unexpected | sample report_ids |",
                "|---|---|---|---|---|",
            ]
        for e in failed:
            severity = f"{e.severity}, ERROR" if e.raised_exception else e.severity
            sample = ", ".join(e.failing_report_ids[:3])
            lines.append(
                f"| {e.type.removeprefix('expect_')} | {_md(e.kwargs)} | {severity} | "
                f"{'' if e.unexpected_count is None else e.unexpected_count} | {_md(sample)} |"
            )
        if self.failing_rows and self.kind == "statutory":
            lines += ["", "| report_id | scope | expected | actual |", "|---|---|---|---|"]
            for row in self.failing_rows[:max_rows]:
                lines.append(
                    "| "
                    + " | ".join(str(row.get(k)) for k in ("report_id", "scope", "expected", "actual"))
                    + " |"
                )
            if len(self.failing_rows) > max_rows or len(self.failing_report_ids) > max_rows:
                lines.append(f"\n… {len(self.failing_report_ids)} failing reports in all")
        return "\n".join(lines)


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _clip(text: str | None, limit: int = 300) -> str:
    text = (text or "").strip().replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(value: Any) -> Any:
    """numpy / Decimal scalars to plain JSON-friendly Python values."""
    if value is None:
        return None
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        try:
            value = value.item()
        except (ValueError, TypeError):
            pass
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer():
            return int(value)
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    return value


def _kwargs_summary(kwargs: dict) -> str:
    parts = []
    for key, value in kwargs.items():
        if key in ("batch_id", "result_format"):
            continue
        if isinstance(value, (list, tuple, set)) and len(value) > 4:
            parts.append(f"{key}=[{len(value)} values]")
        else:
            parts.append(f"{key}={value}")
    return ", ".join(parts)


# ------------------------------------------------------------------------------------ GX

_LOCK = threading.RLock()
_GX: dict[str, Any] = {}
_DATASOURCE = "gdw_frames"
_ASSET = "frame"
_BATCH_DEFINITION = "whole_frame"


_BACKGROUND_IMPORT: list[threading.Thread] = []


def import_gx_in_background() -> None:
    """Start importing GX on a daemon thread, once per process. The import is most of the first
    check's time (17 s of CPU measured on a loaded 2-core machine: GX loads scipy, altair and
    sqlalchemy), and a step that only waits for its dbt process can pay it meanwhile on another
    core; the first check then finds GX imported. A failure here is left to the check, which
    imports GX again and says what fails."""
    with _LOCK:
        if _BACKGROUND_IMPORT or _GX:
            return

        def import_gx() -> None:
            with contextlib.suppress(Exception):
                import great_expectations  # noqa: F401

        thread = threading.Thread(target=import_gx, name="gdw-import-gx", daemon=True)
        _BACKGROUND_IMPORT.append(thread)
        thread.start()


def _gx_context() -> tuple[Any, Any, Any]:
    """(gx module, ephemeral context, whole-dataframe batch definition), built once per process."""
    if not _GX:
        import great_expectations as gx
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(),
            progress_bars=ProgressBarsConfig(globally=False),
            analytics_enabled=False,
        )
        context = gx.get_context(mode="ephemeral", project_config=config)
        batch_definition = (
            context.data_sources.add_pandas(_DATASOURCE)
            .add_dataframe_asset(_ASSET)
            .add_batch_definition_whole_dataframe(_BATCH_DEFINITION)
        )
        _GX.update(gx=gx, context=context, batch_definition=batch_definition)
    return _GX["gx"], _GX["context"], _GX["batch_definition"]


def _exception_messages(exception_info: Any) -> list[str]:
    """GX reports exceptions either as one {raised_exception, exception_message, …} dict or, when a
    metric failed, as {metric id: {…}}; both mean the expectation did not evaluate the data."""
    if not exception_info:
        return []
    infos = [exception_info] if "raised_exception" in exception_info else list(exception_info.values())
    messages = []
    for info in infos:
        info = info.to_json_dict() if hasattr(info, "to_json_dict") else info
        if isinstance(info, dict) and (info.get("raised_exception") or info.get("exception_message")):
            messages.append(str(info.get("exception_message") or "exception without message"))
    return list(dict.fromkeys(messages))


def _domain_columns(kwargs: Any) -> list[str]:
    columns = [kwargs.get("column"), kwargs.get("column_A"), kwargs.get("column_B")]
    columns += list(kwargs.get("column_list") or [])
    return [c for c in columns if c]


def _unexpected(
    result: dict, df: pd.DataFrame, index_columns: list[str], domain_columns: list[str], limit: int
) -> tuple[list[str], list[dict]]:
    """(every failing report_id, sorted and unique; the first `limit` failing rows as plain dicts).

    Handles the three shapes GX 1.24 returns: row labels (no index columns requested), one dict per
    row (`unexpected_index_column_names`), one dict of lists (with `exclude_unexpected_values`)."""
    entries = result.get("unexpected_index_list")
    if entries is None:
        entries = result.get("partial_unexpected_index_list") or []
    ids: set[str] = set()
    rows: list[dict] = []
    labels = [e for e in entries if not isinstance(e, dict)]
    if labels and {"expected", "actual"} <= set(df.columns):  # the largest differences first
        import pandas as pd

        sample = df.loc[labels, ["expected", "actual"]].apply(pd.to_numeric, errors="coerce")
        labels = list((sample["actual"] - sample["expected"]).abs().fillna(0).sort_values(ascending=False, kind="stable").index)
    if labels:
        if "report_id" in df.columns:  # vectorised: statutory rules can fail on 100k+ units
            ids.update(df.loc[labels, "report_id"].dropna().astype(str).unique())
        wanted = [c for c in dict.fromkeys([*index_columns, *domain_columns]) if c in df.columns]
        rows += df.loc[labels[:limit], wanted].to_dict("records")
    for entry in (e for e in entries if isinstance(e, dict)):
        if entry and all(isinstance(v, list) for v in entry.values()):
            expanded = [dict(zip(entry, values, strict=True)) for values in zip(*entry.values(), strict=True)]
        else:
            expanded = [dict(entry)]
        ids.update(str(row["report_id"]) for row in expanded if _plain(row.get("report_id")) is not None)
        rows += expanded[: max(0, limit - len(rows))]
    return sorted(ids), [{k: _plain(v) for k, v in row.items()} for row in rows]


def _result_format(index_mode: IndexMode, index_columns: list[str]) -> dict:
    result_format: dict[str, Any] = {
        "result_format": "COMPLETE",
        "partial_unexpected_count": SAMPLE_SIZE,
        "return_unexpected_index_query": False,
    }
    if index_mode == "columns":
        result_format["unexpected_index_column_names"] = index_columns
    return result_format


def validate_frame(
    suite: dict | str,
    df: pd.DataFrame,
    index_mode: IndexMode = "row_label",
    report_years: int | Iterable[int] | None = None,
    docs_root: str | Path | None = None,
) -> SuiteOutcome:
    """Validate `df` against the suite in the process's ephemeral GX context.

    `report_years` only labels the outcome (the frame is already filtered by build_frame).
    `docs_root`: also store the result in the file-mode GX project there and rebuild its Data Docs
    (see `publish_data_docs`); the outcome then carries the page's URL."""
    started = time.perf_counter()
    suite = load_suite(suite)
    meta = suite["meta"]
    default_index = ["report_id", "scope"]
    index_columns = [c for c in meta.get("index_columns") or default_index if c in df.columns]
    if "report_id" not in index_columns and "report_id" in df.columns:
        index_columns.insert(0, "report_id")
    if index_mode == "row_label":
        df = df.reset_index(drop=True)  # row labels must be unique positions

    with _LOCK:
        gx, context, batch_definition = _gx_context()
        run_name = f"{suite['name']}-{uuid.uuid4().hex[:8]}"
        gx_suite = context.suites.add(
            # copies: gx.ExpectationSuite writes great_expectations_version into the meta it is given
            gx.ExpectationSuite(
                name=run_name, expectations=copy.deepcopy(suite["expectations"]), meta=copy.deepcopy(meta)
            )
        )
        validation = context.validation_definitions.add(
            gx.ValidationDefinition(name=run_name, data=batch_definition, suite=gx_suite)
        )
        try:
            result = validation.run(
                batch_parameters={"dataframe": df},
                result_format=_result_format(index_mode, index_columns),
            )
            order = {e.id: i for i, e in enumerate(gx_suite.expectations)}
            results = sorted(result.results, key=lambda r: order.get(r.expectation_config.id, len(order)))
            docs_url = None
            if docs_root is not None:
                try:
                    docs_url = publish_data_docs(suite, result, docs_root)
                except Exception as error:  # noqa: BLE001 - the docs are a view of the result, never a reason to fail the gate
                    docs_url = f"Data Docs not built: {error}"
        finally:
            _forget(context, run_name)

    expectations: list[ExpectationOutcome] = []
    failing_ids: set[str] = set()
    failing_rows: list[dict] = []
    messages: list[str] = []
    worst: str | None = None
    for r in results:
        config = r.expectation_config
        severity = getattr(config.severity, "value", str(config.severity))
        errors = _exception_messages(r.exception_info)
        ids, rows = (
            ([], [])
            if r.success
            else _unexpected(
                r.result or {}, df, index_columns, _domain_columns(config.kwargs), MAX_FAILING_ROWS
            )
        )
        failing_ids.update(ids)
        if not r.success:
            for row in rows[: max(0, MAX_FAILING_ROWS - len(failing_rows))]:
                if meta["kind"] == "statutory":
                    failing_rows.append({k: row.get(k) for k in ("report_id", "scope", "expected", "actual")})
                else:
                    failing_rows.append({"expectation": config.type, **row})
            rank = 3 if errors else SEVERITY_RANK.get(severity, 3)  # a crashed check is never a mere finding
            if worst is None or rank > SEVERITY_RANK[worst]:
                worst = {v: k for k, v in SEVERITY_RANK.items()}[rank]
        messages += [f"{config.type}: {m}" for m in errors]
        expectations.append(
            ExpectationOutcome(
                type=config.type,
                kwargs=_kwargs_summary(dict(config.kwargs)),
                columns=_domain_columns(config.kwargs),
                severity=severity,
                success=bool(r.success),
                unexpected_count=(r.result or {}).get("unexpected_count"),
                failing_report_ids=ids[:SAMPLE_SIZE],
                raised_exception=bool(errors),
                exception_message="; ".join(errors) or None,
                rule_id=(config.meta or {}).get("rule_id"),
            )
        )

    return SuiteOutcome(
        suite_name=suite["name"],
        asset=meta["asset"],
        kind=meta["kind"],
        rule_id=meta.get("rule_id"),
        description=meta.get("description", ""),
        success=bool(result.success),
        rows_validated=len(df),
        worst_failed_severity=None if result.success else worst,
        expectations=expectations,
        failing_report_ids=sorted(failing_ids),
        failing_rows=failing_rows,
        raised_exception=bool(messages),
        exception_message="; ".join(messages) or None,
        elapsed_seconds=round(time.perf_counter() - started, 3),
        report_years=_years(report_years) if meta.get("partition_column") else None,
        data_docs_url=docs_url,
    )


# ------------------------------------------------------------------------------------ Data Docs

_FILE_CONTEXTS: dict[str, Any] = {}
# Lists GX keeps in full for COMPLETE results; the Data Docs show the partial (sample) lists, so a
# rule failing on 100k reports does not write a 100k-row page on every run.
_FULL_LISTS = ("unexpected_index_list", "unexpected_list", "unexpected_index_query")


def data_docs_site(docs_root: str | Path) -> Path:
    """The GX Data Docs site of the project rooted at `docs_root`."""
    return Path(docs_root) / "gx" / "uncommitted" / "data_docs" / "local_site"


def data_docs_index(docs_root: str | Path) -> Path:
    """gdw's index of the latest page of each suite. GX's own index.html lists them with scripts it
    loads from CDNs, so it shows an empty list offline; the result pages themselves render offline."""
    return Path(docs_root) / "index.html"


def _page(docs_root: str | Path, key: Any) -> Path:
    """The Data Docs page of a validation result (GX: validations/<suite>/<run>/<time>/<batch>.html)."""
    parts = key.to_fixed_length_tuple()
    return data_docs_site(docs_root).joinpath("validations", *parts[:-1], f"{parts[-1]}.html")


# (docs root, result key) -> whether that stored result passed: the index is rewritten after every
# check, and reading every suite's stored result back from its JSON file each time cost more than
# the page of the result itself. A key names one validation (its run time), so it never goes stale.
_RESULT_PASSED: dict[tuple[str, tuple], bool] = {}


def _result_passed(context: Any, docs_root: Path, key: Any) -> bool:
    cached = (str(docs_root), key.to_tuple())
    if cached not in _RESULT_PASSED:
        _RESULT_PASSED[cached] = bool(context.validation_results_store.get(key).success)
    return _RESULT_PASSED[cached]


def _write_index(context: Any, docs_root: Path) -> None:
    import html

    rows = []
    for key in sorted(context.validation_results_store.list_keys(), key=lambda k: k.expectation_suite_identifier.name):
        page = _page(docs_root, key)
        rows.append(
            f"<tr><td><a href=\"{html.escape(page.relative_to(docs_root).as_posix())}\">"
            f"{html.escape(key.expectation_suite_identifier.name)}</a></td>"
            f"<td>{'passed' if _result_passed(context, docs_root, key) else 'FAILED'}</td><td>{html.escape(str(key.run_id.run_time))}</td></tr>"
        )
    site = (data_docs_site(docs_root) / "index.html").relative_to(docs_root).as_posix()
    (docs_root / "index.html").write_text(
        "<!doctype html><meta charset=\"utf-8\"><title>gdw quality checks</title>"
        "<h1>gdw quality checks: the latest result of each GX suite</h1>"
        "<table border=\"1\" cellpadding=\"4\"><tr><th>suite</th><th>result</th><th>validated at</th></tr>"
        + "".join(rows) + f"</table><p><a href=\"{site}\">GX Data Docs site</a> (its list needs internet for scripts)</p>",
        encoding="utf-8",
    )


_COMPILED_TEMPLATES: dict[tuple[str, str, str], Any] = {}


def keep_compiled_templates() -> None:
    """Make GX's Data Docs views compile each Jinja template once per process, not once per page.

    GX builds a new Jinja environment for every page it renders (one DefaultJinjaView per build),
    so every page compiled its ~20 templates again: most of the CPU time of the Data Docs, which
    are rebuilt at each check. A Jinja bytecode cache shared by those environments keeps the
    compiled code, keyed by template file and source checksum (a changed template compiles anew)
    and by view class (each class configures its environment the same way every time)."""
    from great_expectations.render.view.view import DefaultJinjaView
    from jinja2 import BytecodeCache

    if getattr(DefaultJinjaView._get_template, "keeps_compiled_templates", False):
        return

    class CompiledTemplates(BytecodeCache):
        def __init__(self, view_class: type) -> None:
            self.view_class = f"{view_class.__module__}.{view_class.__qualname__}"

        def load_bytecode(self, bucket) -> None:
            bucket.code = _COMPILED_TEMPLATES.get((self.view_class, bucket.key, bucket.checksum))

        def dump_bytecode(self, bucket) -> None:
            _COMPILED_TEMPLATES[(self.view_class, bucket.key, bucket.checksum)] = bucket.code

    get_template = DefaultJinjaView._get_template

    # The view's first template sets the cache; the templates it includes load through the same
    # environment. (Not in __init__: GX passes a view only the arguments its __init__'s signature names.)
    def get_compiled_template(self, template_str: str):
        if self.env.bytecode_cache is None:
            self.env.bytecode_cache = CompiledTemplates(type(self))
        return get_template(self, template_str)

    get_compiled_template.keeps_compiled_templates = True
    DefaultJinjaView._get_template = get_compiled_template


def _file_context(docs_root: Path) -> Any:
    """A file-mode GX project at docs_root (gx/: suites, results, Data Docs), one per process."""
    key = str(docs_root.resolve())
    if key not in _FILE_CONTEXTS:
        import great_expectations as gx
        from great_expectations.data_context.types.base import ProgressBarsConfig

        keep_compiled_templates()
        docs_root.mkdir(parents=True, exist_ok=True)
        context = gx.get_context(mode="file", project_root_dir=str(docs_root))
        context.variables.progress_bars = ProgressBarsConfig(globally=False)
        _FILE_CONTEXTS[key] = context
    return _FILE_CONTEXTS[key]


def publish_data_docs(suite: dict, result: Any, docs_root: str | Path) -> str:
    """Store one validation result (under the suite's own name, lists trimmed to samples) in the
    file-mode GX project at docs_root, keep only the latest result of each suite, and rebuild the
    Data Docs pages of that result and the index. Returns the file:// URL of the result's page."""
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier
    from great_expectations.data_context.types.resource_identifiers import (
        ExpectationSuiteIdentifier,
        ValidationResultIdentifier,
    )

    context = _file_context(Path(docs_root))
    name = suite["name"]
    context.suites.add_or_update(
        gx.ExpectationSuite(name=name, expectations=copy.deepcopy(suite["expectations"]), meta=copy.deepcopy(suite["meta"]))
    )
    # copy without the full lists (the caller still reads them from `result`)
    held = [{key: r.result.pop(key) for key in _FULL_LISTS if key in (r.result or {})} for r in result.results]
    try:
        stored = copy.deepcopy(result)
    finally:
        for r, lists in zip(result.results, held, strict=True):
            if lists:
                r.result.update(lists)
    stored.suite_name = name
    run_id = stored.meta.get("run_id")
    run_id = run_id if isinstance(run_id, RunIdentifier) else RunIdentifier(run_name=name)
    suite_id = ExpectationSuiteIdentifier(name=name)
    key = ValidationResultIdentifier(suite_id, run_id, f"{_DATASOURCE}-{_ASSET}")
    store = context.validation_results_store
    for old in store.list_keys():  # the latest result of each suite only, and its page only
        if old.expectation_suite_identifier.name == name:
            with contextlib.suppress(Exception):
                store.remove_key(old)
            page = _page(docs_root, old)
            page.unlink(missing_ok=True)
            with contextlib.suppress(OSError):
                page.parent.rmdir()  # its run folder, when empty
    store.store_validation_results(stored, key, suite_id)
    _RESULT_PASSED[(str(Path(docs_root)), key.to_tuple())] = bool(stored.success)
    urls = context.build_data_docs(resource_identifiers=[key])
    _write_index(context, Path(docs_root))
    page = context.get_docs_sites_urls(resource_identifier=key, only_if_exists=False)
    return (page[0]["site_url"] if page else None) or next(iter(urls.values()), None) or data_docs_index(docs_root).as_uri()


def _forget(context: Any, run_name: str) -> None:
    """Drop the run's suite, validation definition and stored results: the context lives as long as
    the process, and the in-memory results store would otherwise keep every result."""
    # cleanup must not hide the validation's own outcome
    for delete in (context.validation_definitions.delete, context.suites.delete):
        with contextlib.suppress(Exception):
            delete(run_name)
    store = context.validation_results_store
    for key in store.list_keys():
        with contextlib.suppress(Exception):
            store.remove_key(key)


@dataclass
class Screen:
    """What DuckDB's screen of a frame found: the temp table of the reports GX is to validate."""

    table: str  # report_id, frame_rows, suspect, chosen (suspect, or in the sample): one row a report
    frame_rows: int  # rows of the whole frame, screened
    reports: int  # reports GX validates
    suspect_reports: int
    sample: set[str]  # the reports validated though cleared

    def chosen(self) -> str:
        return f"SELECT report_id FROM {self.table} WHERE chosen"


def screen_frame(con: Any, suite: dict, report_years: int | Iterable[int] | None = None) -> Screen | None:
    """Screen the suite's frame in DuckDB (orchestration/quality/screen.py) into a temp table of the
    reports GX must validate: the suspect ones and up to SCREEN_SAMPLE others. None when the screen
    cannot clear any row (a frame without report_id, an expectation it cannot judge): GX reads all."""
    by_report = suspect_reports_sql(suite["expectations"], frame_types(con, suite), frame_sql(suite, report_years))
    if by_report is None:
        return None
    table = f"gx_screen_{uuid.uuid4().hex[:12]}"
    try:
        con.execute(f"""
            CREATE TEMP TABLE {table} AS
            SELECT *, suspect OR row_number() OVER (PARTITION BY suspect ORDER BY hash(report_id), report_id)
                                 <= {SCREEN_SAMPLE} AS chosen
            FROM ({by_report})""")
    except Exception:  # noqa: BLE001 - a screen DuckDB cannot run clears nothing: GX reads every row and says what fails
        return None
    rows, reports, suspects = con.execute(
        f"SELECT coalesce(sum(frame_rows), 0), count(*) FILTER (WHERE chosen), count(*) FILTER (WHERE suspect) "
        f"FROM {table}").fetchall()[0]
    sample = {r[0] for r in con.execute(f"SELECT report_id FROM {table} WHERE chosen AND NOT suspect").fetchall()}
    return Screen(table, int(rows), int(reports), int(suspects), sample)


def run_suite(
    con: Any,
    name_or_path: str | Path | dict,
    suites_dir: str | Path | None = None,
    index_mode: IndexMode = "row_label",
    report_years: int | Iterable[int] | None = None,
    docs_root: str | Path | None = None,
    reports_per_slice: int | None = None,
    screened: bool = True,
) -> SuiteOutcome:
    """build_frame + validate_frame, in slices of at most `reports_per_slice` reports (default
    REPORTS_PER_SLICE) merged into one outcome, so one frame in memory is never the whole season.
    `report_years` validates one partition (or a few). `screened` (the default): GX validates only
    the reports DuckDB's screen did not clear (screen_frame), and the outcome counts every row of
    the frame as validated. The Data Docs show the first slice, or the first that failed
    (validated once more to document it)."""
    suite = load_suite(name_or_path, suites_dir)
    screen = screen_frame(con, suite, report_years) if screened else None
    try:
        if screen is None:
            slices, reports = slice_count(con, report_years, reports_per_slice), None
        else:
            slices = max(1, math.ceil(screen.reports / (reports_per_slice or REPORTS_PER_SLICE)))
            reports = screen.chosen()
        outcomes: list[SuiteOutcome] = []
        for i in range(slices):
            frame = build_frame(con, suite, report_years, part=(i, slices), reports=reports)
            outcome = validate_frame(suite, frame, index_mode=index_mode, report_years=report_years,
                                     docs_root=docs_root if i == 0 else None)
            documented = any(o.data_docs_url and not o.success for o in outcomes)
            if docs_root is not None and i > 0 and not outcome.success and not documented:
                outcome = validate_frame(suite, frame, index_mode=index_mode, report_years=report_years,
                                         docs_root=docs_root)
            outcomes.append(outcome)
            del frame
    finally:
        if screen is not None:
            con.execute(f"DROP TABLE IF EXISTS {screen.table}")
    merged = merge_outcomes(outcomes)
    merged = dataclasses.replace(merged, rows_through_gx=merged.rows_validated)
    if screen is None:
        return merged
    missed = sorted(set(merged.failing_report_ids) & screen.sample)
    if missed:  # the screen cleared a report GX fails: it cannot be trusted with the others
        message = f"the DuckDB screen cleared report(s) GX fails: {', '.join(missed[:SAMPLE_SIZE])}"
        merged = dataclasses.replace(merged, raised_exception=True, worst_failed_severity="critical",
                                     exception_message=_joined([merged.exception_message, message]))
    return dataclasses.replace(merged, rows_validated=screen.frame_rows, suspect_reports=screen.suspect_reports)


def merge_outcomes(outcomes: list[SuiteOutcome]) -> SuiteOutcome:
    """One suite's outcomes on slices of its frame, as the outcome on the whole frame."""
    if len(outcomes) == 1:
        return outcomes[0]
    expectations = []
    for parts in zip(*(o.expectations for o in outcomes), strict=True):
        counts = [p.unexpected_count for p in parts if p.unexpected_count is not None]
        expectations.append(dataclasses.replace(
            parts[0],
            success=all(p.success for p in parts),
            unexpected_count=sum(counts) if counts else None,
            failing_report_ids=sorted({i for p in parts for i in p.failing_report_ids})[:SAMPLE_SIZE],
            raised_exception=any(p.raised_exception for p in parts),
            exception_message=_joined(p.exception_message for p in parts),
        ))
    failed = [o.worst_failed_severity for o in outcomes if o.worst_failed_severity]
    rows = [row for o in outcomes for row in o.failing_rows]
    if all(isinstance(r.get("expected"), numbers.Number) and isinstance(r.get("actual"), numbers.Number) for r in rows):
        rows.sort(key=lambda r: -abs(r["actual"] - r["expected"]))  # the largest differences first, as in a slice
    # the page kept is the last one published: a failing slice's, else the first slice's
    docs = [o.data_docs_url for o in outcomes if o.data_docs_url]
    return dataclasses.replace(
        outcomes[0],
        success=all(o.success for o in outcomes),
        rows_validated=sum(o.rows_validated for o in outcomes),
        worst_failed_severity=max(failed, key=SEVERITY_RANK.__getitem__) if failed else None,
        expectations=expectations,
        failing_report_ids=sorted({i for o in outcomes for i in o.failing_report_ids}),
        failing_rows=rows[:MAX_FAILING_ROWS],
        raised_exception=any(o.raised_exception for o in outcomes),
        exception_message=_joined(o.exception_message for o in outcomes),
        elapsed_seconds=round(sum(o.elapsed_seconds for o in outcomes), 3),
        data_docs_url=docs[-1] if docs else None,
    )


def _joined(messages: Iterable[str | None]) -> str | None:
    return "; ".join(dict.fromkeys(m for m in messages if m)) or None


def run_suites(
    con: Any,
    asset: str | None = None,
    suites_dir: str | Path | None = None,
    report_years: int | Iterable[int] | None = None,
) -> list[SuiteOutcome]:
    """Every suite (of one asset), in name order."""
    return [run_suite(con, s, report_years=report_years) for s in list_suites(asset, suites_dir)]

"""Which reports of a suite's frame could fail it, decided by DuckDB, so GX reads only those.

A GX 1.24 suite on pandas needs the whole frame in memory (STYLE.md: GX on DuckDB through SQLAlchemy
is broken, and patching GX is not allowed). Materialising every row of the season costs more than
GX's own work (fct_applications: ~175 rows a report). So DuckDB screens the frame first, one
aggregate per report: a report is *suspect* when one of its rows could be an unexpected row of
one of the suite's expectations. GX then validates the suspect reports, whole, and GX's result on
them is its result on the whole frame: every expectation here is per row or per report (a
compound key includes report_id), so a report that is not suspect adds no unexpected row.

The screen must never miss: its condition is GX's unexpected condition or wider. Wherever it
cannot say (an expectation type or a kwarg it does not know, a column it cannot type, a
compound key without report_id, `mostly`), the condition is TRUE: every report is suspect and GX
reads every row, as without the screen. NaN, which pandas counts as missing and DuckDB as a
number, always makes a row suspect.

Plain functions building SQL; no GX, no Dagster.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Iterable, Mapping

EVERY_ROW = "TRUE"

# The kwargs whose meaning the screen reproduces; any other (mostly, ignore_row_if, row_condition,
# parse_strings_as_datetimes, …) changes which rows GX counts, so the screen reads every row.
KNOWN_KWARGS = {
    "expect_column_values_to_not_be_null": {"column"},
    "expect_column_values_to_be_in_set": {"column", "value_set"},
    "expect_column_values_to_be_between": {"column", "min_value", "max_value", "strict_min", "strict_max"},
    "expect_column_pair_values_to_be_equal": {"column_A", "column_B"},
    "expect_column_pair_values_a_to_be_greater_than_b": {"column_A", "column_B", "or_equal"},
    "expect_compound_columns_to_be_unique": {"column_list"},
}
FLOAT_TYPES = ("FLOAT", "DOUBLE", "REAL")
NUMBER_TYPES = (*FLOAT_TYPES, "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
                "UINTEGER", "UBIGINT", "DECIMAL")


def _numeric(column_type: str) -> bool:
    return column_type.startswith(NUMBER_TYPES) and not column_type.endswith("]")  # not a list of numbers


def quoted(column: str) -> str:
    return '"' + column.replace('"', '""') + '"'


def _is_number(value: object) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def _literal(value: object, column_type: str) -> str | None:
    """`value` as a SQL literal comparable with a column of `column_type` as pandas compares it, or
    None when the two would not compare alike (a string with a number, a bool with a string)."""
    if isinstance(value, bool):
        return ("true" if value else "false") if column_type == "BOOLEAN" else None
    if _is_number(value):
        return repr(value) if _numeric(column_type) and not math.isnan(value) else None
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'" if column_type == "VARCHAR" else None
    return None


def _nan(columns: Iterable[str], types: Mapping[str, str]) -> list[str]:
    return [f"isnan({quoted(c)})" for c in columns if types.get(c, "").startswith(FLOAT_TYPES) and _numeric(types[c])]


def _either(*conditions: str) -> str:
    return " OR ".join(f"({c})" for c in conditions if c)


def row_condition(expectation: dict, types: Mapping[str, str]) -> str:
    """SQL true on every row of the frame GX could count as unexpected for `expectation` (wider is
    allowed, narrower never). `types`: column -> DuckDB type of the frame."""
    kind, kwargs = expectation["type"], expectation.get("kwargs") or {}
    if kind not in KNOWN_KWARGS or set(kwargs) - KNOWN_KWARGS[kind] or kind == "expect_compound_columns_to_be_unique":
        return EVERY_ROW
    columns = [kwargs[k] for k in ("column", "column_A", "column_B") if k in kwargs]
    if any(c not in types for c in columns):
        return EVERY_ROW  # GX raises on a missing column: let it
    nan = _nan(columns, types)
    if kind == "expect_column_values_to_not_be_null":
        return _either(f"{quoted(columns[0])} IS NULL", *nan)
    if kind == "expect_column_values_to_be_in_set":
        column, values = columns[0], kwargs.get("value_set")
        if not isinstance(values, list) or not values:
            return EVERY_ROW
        literals = [_literal(v, types[column]) for v in values]
        if None in literals:
            return EVERY_ROW
        return _either(f"{quoted(column)} NOT IN ({', '.join(literals)})", *nan)
    if kind == "expect_column_values_to_be_between":
        column, low, high = quoted(columns[0]), kwargs.get("min_value"), kwargs.get("max_value")
        if not _numeric(types[columns[0]]) or not all(v is None or _is_number(v) for v in (low, high)):
            return EVERY_ROW
        outside = []
        if low is not None:
            outside.append(f"{column} {'<=' if kwargs.get('strict_min') else '<'} {low!r}")
        if high is not None:
            outside.append(f"{column} {'>=' if kwargs.get('strict_max') else '>'} {high!r}")
        return _either(*outside, *nan) if outside else EVERY_ROW
    a, b = (quoted(c) for c in columns)
    if kind == "expect_column_pair_values_to_be_equal":
        return _either(f"{a} IS DISTINCT FROM {b}", *nan)
    comparison = ">=" if kwargs.get("or_equal") else ">"
    # a row with both values missing is ignored by GX; one missing fails the comparison
    return _either(f"NOT coalesce({a} {comparison} {b}, {a} IS NULL AND {b} IS NULL)", *nan)


def duplicate_key(expectation: dict, types: Mapping[str, str]) -> list[str] | None:
    """The key of a compound uniqueness expectation, whose duplicates no single row shows (None for
    expectations judged row by row); EVERY_ROW when a duplicate could span reports (the key lacks
    report_id) or GX would raise (a missing column)."""
    if expectation["type"] != "expect_compound_columns_to_be_unique":
        return None
    kwargs = expectation.get("kwargs") or {}
    key = kwargs.get("column_list") or []
    if set(kwargs) - KNOWN_KWARGS[expectation["type"]] or "report_id" not in key or any(c not in types for c in key):
        return [EVERY_ROW]
    return key


def suspect_reports_sql(expectations: list[dict], types: Mapping[str, str], frame: str) -> str | None:
    """A query of one row per report of the `frame` query: report_id, frame_rows (its rows) and
    suspect (it could fail one of the expectations); None when the screen cannot clear any report.

    One aggregate per report (a NULL report_id groups as one report). A duplicate key within a
    report shows as fewer distinct hashes of the key than rows: equal keys hash alike, so no
    duplicate is missed (NULLs hash alike, as pandas' duplicated counts them equal), and a collision
    only makes a report suspect. Grouping on the whole key instead costs a group per row."""
    keys = [k for k in (duplicate_key(e, types) for e in expectations) if k is not None]
    rows = [row_condition(e, types) for e in expectations if duplicate_key(e, types) is None]
    if "report_id" not in types or EVERY_ROW in rows or [EVERY_ROW] in keys:
        return None
    suspect = [f"coalesce(bool_or({_either(*rows)}), false)"] if rows else []
    for key in keys:
        others = [quoted(c) for c in key if c != "report_id"]
        suspect.append(f"count(*) > len(list_distinct(list(hash({', '.join(others)}))))" if others else "count(*) > 1")
    return (f"SELECT report_id, count(*) AS frame_rows, {_either(*suspect) or 'false'} AS suspect "
            f"FROM (\n{frame}\n) AS frame GROUP BY report_id")

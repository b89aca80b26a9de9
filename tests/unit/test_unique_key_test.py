"""The dbt test of a table's grain (unique_combination_of_columns, dbt_project/macros): on DuckDB it
groups the keys' hashes first, then the keys where a hash repeats; it must fail with exactly the rows
the plain GROUP BY gives: one per duplicated key, with its count."""

from __future__ import annotations

from tests.dbt_sql import compiled_inline, warehouse_connection

PLAIN = 'SELECT report_id, "row", count(*) AS n_records FROM main.keyed GROUP BY ALL HAVING count(*) > 1'


def grain_test_sql() -> str:
    return compiled_inline("{{ test_unique_combination_of_columns(model='main.keyed', "
                           "combination_of_columns=['report_id', 'row']) }}")


def test_the_grain_test_fails_with_each_duplicated_key_and_its_count_only():
    con = warehouse_connection()
    con.execute('CREATE TABLE main.keyed (report_id VARCHAR, "row" VARCHAR, n INTEGER)')
    sql = grain_test_sql()
    assert con.execute(sql).fetchall() == []  # no row: nothing fails
    con.execute("""INSERT INTO main.keyed VALUES ('a', 'granted', 1), ('a', 'denied', 2), ('b', 'granted', 3),
                   ('a', 'granted', 4), ('a', 'granted', 5), ('b', NULL, 6), ('b', NULL, 7), (NULL, NULL, 8)""")
    found = sorted(con.execute(sql).fetchall(), key=repr)
    assert found == sorted(con.execute(PLAIN).fetchall(), key=repr)
    assert found == [("a", "granted", 3), ("b", None, 2)]
    con.execute("DELETE FROM main.keyed WHERE n IN (4, 5, 7)")  # the grain holds again
    assert con.execute(sql).fetchall() == []

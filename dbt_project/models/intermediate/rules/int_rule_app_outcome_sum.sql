-- APP_OUTCOME_SUM (structure of table 3), per report x applicant:
--     results_total = the sum of every outcome row of the report's template
-- The rule's one SQL definition: its dbt test (assert_app_outcome_sum) and its GX suite read this table.
-- Evaluable when results_total and every outcome row of a template are present (the 18 rows both
-- templates share, plus 其他处理 of 2019 or the three 其他 rows of 2021) and none is unreadable.
-- A 2021 table that prints （六）其他处理 as one row (`other`) and not one cell of its three sub-rows
-- (each unknown or absent) is summed as printed: `other` in place of the sub-rows, as in 2019
-- (core/rules.py, other_as_one_row, says so in the result's message).
{%- set other_sub_rows = "('other_no_correction', 'other_no_fee_paid', 'other_misc')" %}
with cells as (

    {{ rule_cells(
        'fct_applications',
        'applications',
        ["applicant", "row_group", gdw_quote_identifier('row') ~ " as row_key", "cell_state"],
        gdw_quote_identifier('row'),
        where="row_group in ('outcome', 'total')"
    ) }}

),

-- read from the table, not from `cells`: the few rows it needs are filtered at the scan, and `cells`,
-- read once, is not held in memory whole for a second reader (2.8 s of the model's 4.2 at 20,000 reports)
other_as_one_row as (

    select report_id
    from {{ ref('fct_applications') }}
    where {{ gdw_quote_identifier('row') }} in ('other', {{ other_sub_rows[1:-1] }})
        and {{ gdw_in_report_years('report_year') }}
    group by report_id
    having count(case when {{ gdw_quote_identifier('row') }} = 'other' then 1 end) > 0
        and count(case when {{ gdw_quote_identifier('row') }} in {{ other_sub_rows }} and cell_state <> 'unknown' then 1 end) = 0

),

printed as (

    select cells.*
    from cells
    left join other_as_one_row
        on cells.report_id = other_as_one_row.report_id
    where other_as_one_row.report_id is null or cells.row_key not in {{ other_sub_rows }}

),

units as (

    select
        report_id,
        agency_id,
        report_year,
        applicant as scope,
        sum(case when row_group = 'total' then 1 else 0 end) as total_cells,
        -- count(), not count(distinct): one row per report x row x applicant (its unique
        -- test runs before this model and stops the build otherwise); a distinct count keeps a set
        -- per group, 3-5x the time
        count(case when row_group = 'outcome' and row_key not like 'other%' then row_key end)
            as common_rows,
        count(case when row_key = 'other' then row_key end) as rows_only_2019,
        count(case when row_key in {{ other_sub_rows }} then row_key end) as rows_only_2021,
        sum(is_unusable) as unusable_cells,
        sum(is_unconfirmed) as unconfirmed_cells,
        sum(case when row_group = 'outcome' then amount else 0 end) as expected,
        sum(case when row_group = 'total' then amount else 0 end) as actual
    from printed
    group by report_id, agency_id, report_year, applicant

)

{{ rule_units('APP_OUTCOME_SUM',
    'total_cells = 1 and common_rows = 18 and (rows_only_2019 = 1 or rows_only_2021 = 3) and unusable_cells = 0',
    unconfirmed='unconfirmed_cells') }}

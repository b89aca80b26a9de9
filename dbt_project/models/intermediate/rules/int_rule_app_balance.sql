-- APP_BALANCE (printed in table 3: 第一项加第二项之和，等于第三项加第四项之和), per report x applicant:
--     new_received + carried_over = results_total + carried_forward
-- The rule's one SQL definition: its dbt test (assert_app_balance) and its GX suite read this table.
-- One row per unit that can be evaluated: all four cells present and readable (macros/rule_cells.sql:
-- blank reads as 0; an unknown cell, or a NULL that is not blank, leaves the unit out).
-- expected is the side the law computes (intake), actual what the report prints.
with cells as (

    {{ rule_cells(
        'fct_applications',
        'applications',
        ["applicant", gdw_quote_identifier('row') ~ " as row_key"],
        gdw_quote_identifier('row'),
        where=gdw_quote_identifier('row') ~ " in ('new_received', 'carried_over', 'results_total', 'carried_forward')"
    ) }}

),

units as (

    select
        report_id,
        agency_id,
        report_year,
        applicant as scope,
        -- count(), not count(distinct): one row per report x row x applicant (its unique
        -- test runs before this model and stops the build otherwise); a distinct count keeps a set
        -- per group, 3-5x the time
        count(row_key) as rows_present,
        sum(is_unusable) as unusable_cells,
        sum(is_unconfirmed) as unconfirmed_cells,
        sum(case when row_key in ('new_received', 'carried_over') then amount else 0 end) as expected,
        sum(case when row_key in ('results_total', 'carried_forward') then amount else 0 end) as actual
    from cells
    group by report_id, agency_id, report_year, applicant

)

{{ rule_units('APP_BALANCE', 'rows_present = 4 and unusable_cells = 0', unconfirmed='unconfirmed_cells') }}

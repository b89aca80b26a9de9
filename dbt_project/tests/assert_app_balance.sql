{{ config(severity='warn', tags=['statutory']) }}
{#-
    APP_BALANCE (printed in table 3: 第一项加第二项之和，等于第三项加第四项之和), per report x applicant:
        new_received + carried_over = results_total + carried_forward
    A blank cell (NULL with cell_state 'blank') reads as 0. A report x applicant where a needed
    cell is unknown, missing, or NULL without being blank is not evaluable and skipped.
    Returns one row per breach, with expected (intake) and actual (results + carry-forward). Severity warn: real reports break it.
-#}
with cells as (

    select
        report_id,
        report_year,
        applicant,
        {{ gdw_quote_identifier('row') }} as row_key,
        {{ rule_amount('applications') }} as amount,
        {{ rule_cell_unusable('applications') }} as is_unusable
    from {{ ref('fct_applications') }}
    where {{ gdw_quote_identifier('row') }} in
        ('new_received', 'carried_over', 'results_total', 'carried_forward')

),

per_applicant as (

    select
        report_id,
        report_year,
        applicant,
        count(distinct row_key) as rows_present,
        sum(is_unusable) as unusable_cells,
        sum(case when row_key = 'new_received' then amount else 0 end) as new_received,
        sum(case when row_key = 'carried_over' then amount else 0 end) as carried_over,
        sum(case when row_key = 'results_total' then amount else 0 end) as results_total,
        sum(case when row_key = 'carried_forward' then amount else 0 end) as carried_forward
    from cells
    group by report_id, report_year, applicant

)

select
    report_id,
    report_year,
    applicant,
    new_received,
    carried_over,
    results_total,
    carried_forward,
    -- As in staging.rule_results: expected is the side the law computes, actual what the report prints.
    new_received + carried_over as expected,
    results_total + carried_forward as actual
from per_applicant
where rows_present = 4
    and unusable_cells = 0
    and new_received + carried_over <> results_total + carried_forward

{{ config(severity='warn', tags=['statutory']) }}
{#-
    APP_OUTCOME_SUM (structure of table 3), per report x applicant:
        results_total = sum of all outcome rows (granted ... other_misc)
    A blank cell (NULL with cell_state 'blank') reads as 0. A report x applicant where
    results_total or any outcome cell is unknown (or NULL without being blank), or that has no
    results_total or no outcome row, is not evaluable and skipped.
    Returns one row per breach. Severity warn: real reports break it.
-#}
with cells as (

    select
        report_id,
        report_year,
        applicant,
        row_group,
        {{ rule_amount('applications') }} as amount,
        {{ rule_cell_unusable('applications') }} as is_unusable
    from {{ ref('fct_applications') }}
    where row_group in ('outcome', 'total')

),

per_applicant as (

    select
        report_id,
        report_year,
        applicant,
        sum(case when row_group = 'total' then 1 else 0 end) as total_cells,
        sum(case when row_group = 'outcome' then 1 else 0 end) as outcome_cells,
        sum(is_unusable) as unusable_cells,
        sum(case when row_group = 'total' then amount else 0 end) as results_total,
        sum(case when row_group = 'outcome' then amount else 0 end) as outcome_sum
    from cells
    group by report_id, report_year, applicant

)

select
    report_id,
    report_year,
    applicant,
    outcome_sum as expected,
    results_total as actual
from per_applicant
where total_cells = 1
    and outcome_cells > 0
    and unusable_cells = 0
    and results_total <> outcome_sum

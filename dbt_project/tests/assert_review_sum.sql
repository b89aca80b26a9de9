{{ config(severity='warn', tags=['statutory']) }}
{#-
    REVIEW_SUM (structure of table 4), per report x proceeding:
        total = upheld + corrected + other + pending
    A blank cell (NULL with cell_state 'blank') reads as 0. A report x proceeding where a needed
    cell is unknown, missing, or NULL without being blank is not evaluable and skipped.
    Returns one row per breach. Severity warn: real reports break it.
-#}
with cells as (

    select
        report_id,
        report_year,
        proceeding,
        outcome,
        {{ rule_amount('cases') }} as amount,
        {{ rule_cell_unusable('cases') }} as is_unusable
    from {{ ref('fct_reviews') }}
    where outcome in ('upheld', 'corrected', 'other', 'pending', 'total')

),

per_proceeding as (

    select
        report_id,
        report_year,
        proceeding,
        count(distinct outcome) as outcomes_present,
        sum(is_unusable) as unusable_cells,
        sum(case when outcome = 'upheld' then amount else 0 end) as upheld,
        sum(case when outcome = 'corrected' then amount else 0 end) as corrected,
        sum(case when outcome = 'other' then amount else 0 end) as other,
        sum(case when outcome = 'pending' then amount else 0 end) as pending,
        sum(case when outcome = 'total' then amount else 0 end) as total
    from cells
    group by report_id, report_year, proceeding

)

select
    report_id,
    report_year,
    proceeding,
    upheld,
    corrected,
    other,
    pending,
    upheld + corrected + other + pending as expected,
    total as actual
from per_proceeding
where outcomes_present = 5
    and unusable_cells = 0
    and total <> upheld + corrected + other + pending

{{ config(severity='warn', tags=['statutory']) }}
{#-
    APP_APPLICANT_SUM (structure of table 3), per report x row:
        total = natural_person + the five organisation columns
    Blank reads as 0; a row with an unknown cell (or NULL that is not blank) or a missing column
    is not evaluable and skipped. Returns one row per breach. Severity warn: real reports break it.
-#}
with cells as (

    select
        report_id,
        report_year,
        {{ gdw_quote_identifier('row') }} as row_key,
        applicant,
        {{ rule_amount('applications') }} as amount,
        {{ rule_cell_unusable('applications') }} as is_unusable
    from {{ ref('fct_applications') }}

),

per_row as (

    select
        report_id,
        report_year,
        row_key,
        count(distinct applicant) as columns_present,
        sum(is_unusable) as unusable_cells,
        sum(case when applicant <> 'total' then amount else 0 end) as applicants_sum,
        sum(case when applicant = 'total' then amount else 0 end) as total
    from cells
    group by report_id, report_year, row_key

)

select
    report_id,
    report_year,
    row_key,
    applicants_sum as expected,
    total as actual
from per_row
where columns_present = 7
    and unusable_cells = 0
    and applicants_sum <> total

{{ config(severity='warn', tags=['statutory']) }}
{#-
    CARRY_CONTINUITY (logic of the carry-over), per agency x year: carried_over[total] in year Y
    equals carried_forward[total] in year Y-1. It spans two reports, so the per-report rules
    engine leaves it to the warehouse. Blank reads as 0; a pair where either cell is unknown (or
    NULL without being blank) or absent is not evaluable and skipped. Agencies with no report
    for Y-1 are skipped too.
    Returns one row per breach. Severity warn: real reports break it.
-#}
with cells as (

    select
        report_id,
        agency_id,
        report_year,
        {{ gdw_quote_identifier('row') }} as row_key,
        {{ rule_amount('applications') }} as amount
    from {{ ref('fct_applications') }}
    where applicant = 'total'
        and {{ gdw_quote_identifier('row') }} in ('carried_over', 'carried_forward')
        and cell_state <> 'unknown'
        and (applications is not null or cell_state = 'blank')

),

carried_over as (

    select report_id, agency_id, report_year, amount
    from cells
    where row_key = 'carried_over'

),

carried_forward as (

    select report_id, agency_id, report_year, amount
    from cells
    where row_key = 'carried_forward'

)

select
    carried_over.agency_id,
    carried_over.report_year,
    carried_over.report_id,
    carried_forward.report_id as previous_report_id,
    carried_forward.amount as expected,
    carried_over.amount as actual
from carried_over
inner join carried_forward
    on carried_over.agency_id = carried_forward.agency_id
    and carried_over.report_year = carried_forward.report_year + 1
where carried_over.amount <> carried_forward.amount

-- CARRY_CONTINUITY (logic of the carry-over), set-based: for every report of year Y whose agency
-- has a report of year Y-1, carried_over[total] in Y must equal carried_forward[total] in Y-1.
-- Agencies are matched on agency_id, which derives from the matching key of the agency name
-- (orchestration/core/agency_names.py; dim_agency_name shows which names were matched and how).
-- Cells are read as every rule reads them (macros/rule_cells.sql): blank is 0; an unknown or
-- absent cell makes the pair not_evaluable. A report with no previous year gets no row.
-- Incremental by year (dbt_project.yml), over the run's years and each one's next year: the pairs
-- of year Y+1 compare it with year Y, so they change when Y does.
{{ config(meta={'reads_year_before': true}) }}
with reports as (

    select report_id, agency_id, report_year, file_name, parsed_at
    from {{ ref('dim_report') }}

),

-- The report of each agency and year that the next year is compared with: the latest parsed (then
-- lowest id). Chosen before the join, so the join is one-to-one per report: however many reports
-- share an agency_id (a name normalised too far, a ministry's departments under one name), no
-- query grows with the square of them.
previous_years as (

    select
        agency_id,
        report_year,
        report_id,
        file_name,
        row_number() over (
            partition by agency_id, report_year
            order by parsed_at desc, report_id
        ) as pick
    from reports

),

pairs as (

    select
        current_year.report_id,
        current_year.agency_id,
        current_year.report_year,
        previous_year.report_id as previous_report_id,
        previous_year.file_name as previous_file_name
    from reports as current_year
    inner join previous_years as previous_year
        on current_year.agency_id = previous_year.agency_id
        and previous_year.report_year = current_year.report_year - 1
        and previous_year.pick = 1
    where {{ gdw_in_report_years('current_year.report_year', with_next_year=true) }}

),

totals as (

    select
        report_id,
        {{ gdw_quote_identifier('row') }} as row_key,
        {{ rule_amount('applications') }} as amount,
        {{ rule_cell_unusable('applications') }} as is_unusable,
        cell_state
    from {{ ref('fct_applications') }}
    where applicant = 'total'
        and {{ gdw_quote_identifier('row') }} in ('carried_over', 'carried_forward')

),

compared as (

    select
        pairs.report_id,
        pairs.agency_id,
        pairs.report_year,
        pairs.previous_report_id,
        pairs.previous_file_name,
        carried_forward.amount as previous_carried_forward,
        carried_over.amount as carried_over,
        carried_over.report_id is null or carried_over.is_unusable = 1 as over_unknown,
        carried_forward.report_id is null or carried_forward.is_unusable = 1 as forward_unknown,
        -- a recovered cell is read, but it is no evidence that the rule passes (as in core/rules.py)
        coalesce(carried_over.cell_state = 'recovered' or carried_forward.cell_state = 'recovered', false)
            as rests_on_recovered
    from pairs
    left join totals as carried_over
        on pairs.report_id = carried_over.report_id
        and carried_over.row_key = 'carried_over'
    left join totals as carried_forward
        on pairs.previous_report_id = carried_forward.report_id
        and carried_forward.row_key = 'carried_forward'

)

select
    report_id,
    agency_id,
    report_year,
    'CARRY_CONTINUITY' as rule_id,
    'report' as scope,
    case
        when over_unknown or forward_unknown then 'not_evaluable'
        when carried_over = previous_carried_forward and rests_on_recovered then 'not_evaluable'
        when carried_over = previous_carried_forward then 'passed'
        else 'failed'
    end as status,
    case when not (over_unknown or forward_unknown) then previous_carried_forward end as expected,
    case when not (over_unknown or forward_unknown) then carried_over end as actual,
    previous_report_id,
    case
        when over_unknown then 'needs carried_over.total, which is unknown'
        when forward_unknown then 'needs carried_forward.total of ' || previous_file_name || ', which is unknown'
        when carried_over = previous_carried_forward and rests_on_recovered
            then 'rests on recovered cells, which cannot prove it'
        when carried_over = previous_carried_forward then null
        else 'carried_over.total ' || cast(carried_over as varchar) || ' but ' || previous_file_name
            || ' (' || cast(report_year - 1 as varchar) || ') carried forward '
            || cast(previous_carried_forward as varchar)
    end as message
from compared

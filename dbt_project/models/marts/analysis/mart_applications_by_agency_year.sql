-- Table 3, wide: one row per agency x year, applications by outcome group and the denial rate.
-- Groups add up as the rules read cells: blank = 0, an unknown cell makes its group NULL, a
-- group the report does not have is NULL.
with chosen as (

    select * from {{ ref('int_agency_year_reports') }}
    where {{ gdw_in_report_years('report_year') }}

),

cells as (

    select
        applications.report_id,
        applications.{{ gdw_quote_identifier('row') }} as row_key,
        {{ gdw_outcome_group('applications.' ~ gdw_quote_identifier('row')) }} as outcome_group,
        applications.applications,
        applications.cell_state
    from {{ ref('fct_applications') }} as applications
    inner join chosen
        on applications.report_id = chosen.report_id
    where applications.applicant = 'total'
        and {{ gdw_in_report_years('applications.report_year') }}

),

per_report as (

    select
        report_id,
        {{ gdw_known_sum('applications', "row_key = 'new_received'") }} as new_received,
        {{ gdw_known_sum('applications', "row_key = 'carried_over'") }} as carried_over,
        {{ gdw_known_sum('applications', "outcome_group = 'granted'") }} as granted,
        {{ gdw_known_sum('applications', "outcome_group = 'partially_granted'") }} as partially_granted,
        {{ gdw_known_sum('applications', "outcome_group = 'denied'") }} as denied,
        {{ gdw_known_sum('applications', "outcome_group = 'unavailable'") }} as unavailable,
        {{ gdw_known_sum('applications', "outcome_group = 'not_processed'") }} as not_processed,
        {{ gdw_known_sum('applications', "outcome_group = 'other'") }} as other,
        {{ gdw_known_sum('applications', "outcome_group is not null") }} as decided,
        {{ gdw_known_sum('applications', "row_key = 'results_total'") }} as results_total,
        {{ gdw_known_sum('applications', "row_key = 'carried_forward'") }} as carried_forward,
        sum(case when cell_state = 'unknown' then 1 else 0 end) as unknown_cells
    from cells
    group by report_id

),

agencies as (

    select * from {{ ref('dim_agency') }}

)

select
    cast(chosen.agency_id as varchar) as agency_id,
    cast(agencies.agency_name as varchar) as agency_name,
    cast(agencies.province as varchar) as province,
    cast(agencies.city as varchar) as city,
    cast(agencies.county as varchar) as county,
    cast(agencies.adcode as varchar) as adcode,
    cast(agencies.admin_level as varchar) as admin_level,
    cast(agencies.body_kind as varchar) as body_kind,
    cast(agencies.body_function as varchar) as body_function,
    cast(chosen.report_year as integer) as report_year,
    cast(chosen.report_id as varchar) as report_id,
    cast(chosen.reports_in_year as integer) as reports_in_year,
    cast(per_report.new_received as bigint) as new_received,
    cast(per_report.carried_over as bigint) as carried_over,
    cast(per_report.granted as bigint) as granted,
    cast(per_report.partially_granted as bigint) as partially_granted,
    cast(per_report.denied as bigint) as denied,
    cast(per_report.unavailable as bigint) as unavailable,
    cast(per_report.not_processed as bigint) as not_processed,
    cast(per_report.other as bigint) as other,
    cast(per_report.decided as bigint) as decided,
    cast(per_report.results_total as bigint) as results_total,
    cast(per_report.carried_forward as bigint) as carried_forward,
    {{ gdw_rate('per_report.denied', 'per_report.decided') }} as denial_rate,
    {{ gdw_rate('per_report.granted + per_report.partially_granted', 'per_report.decided') }} as grant_rate,
    cast(per_report.decided = per_report.results_total as boolean) as outcomes_add_up,
    cast(coalesce(per_report.unknown_cells, 0) as integer) as unknown_cells
from chosen
left join per_report
    on chosen.report_id = per_report.report_id
left join agencies
    on chosen.agency_id = agencies.agency_id

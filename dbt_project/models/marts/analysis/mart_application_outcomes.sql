-- Table 3 outcomes, long: one row per agency x year x outcome row (applicant column 'total'),
-- with its outcome group, for stacked bars of how applications were decided and why denied.
with chosen as (

    select * from {{ ref('int_agency_year_reports') }}
    where {{ gdw_in_report_years('report_year') }}

),

cells as (

    select
        chosen.report_id,
        chosen.agency_id,
        chosen.report_year,
        applications.{{ gdw_quote_identifier('row') }} as row_key,
        applications.applications,
        applications.cell_state
    from {{ ref('fct_applications') }} as applications
    inner join chosen
        on applications.report_id = chosen.report_id
    where applications.applicant = 'total'
        and applications.row_group = 'outcome'
        and {{ gdw_in_report_years('applications.report_year') }}

),

agencies as (

    select * from {{ ref('dim_agency') }}

)

select
    cast(cells.agency_id as varchar) as agency_id,
    cast(agencies.agency_name as varchar) as agency_name,
    cast(agencies.province as varchar) as province,
    cast(agencies.city as varchar) as city,
    cast(agencies.county as varchar) as county,
    cast(agencies.adcode as varchar) as adcode,
    cast(agencies.admin_level as varchar) as admin_level,
    cast(agencies.body_function as varchar) as body_function,
    cast(cells.report_year as integer) as report_year,
    cast(cells.report_id as varchar) as report_id,
    cast(cells.row_key as varchar) as outcome,
    cast({{ gdw_outcome_group('cells.row_key') }} as varchar) as outcome_group,
    -- A blank cell reads as 0 (as the rules read it); an unknown cell stays NULL.
    cast(case when cells.cell_state = 'blank' then 0 else cells.applications end as bigint) as applications,
    cast(cells.cell_state as varchar) as cell_state
from cells
left join agencies
    on cells.agency_id = agencies.agency_id

-- Government centralized procurement (2019 template) per region and year: one row per year x
-- province x prefecture x county as placed in dim_agency (NULL where the agency is not placed at
-- that level, e.g. a prefecture's own bureaus have no county).
with chosen as (

    select * from {{ ref('int_agency_year_reports') }}
    where {{ gdw_in_report_years('report_year') }}

),

procurement as (

    select
        chosen.report_year,
        agencies.province,
        agencies.city,
        agencies.county,
        procurement.project_count,
        procurement.project_count_cell_state,
        procurement.total_amount_wan_yuan,
        procurement.amount_cell_state,
        procurement.amount_unit_assumed
    from {{ ref('fct_procurement') }} as procurement
    inner join chosen
        on procurement.report_id = chosen.report_id
    left join {{ ref('dim_agency') }} as agencies
        on chosen.agency_id = agencies.agency_id
    where {{ gdw_in_report_years('procurement.report_year') }}

)

select
    cast(report_year as integer) as report_year,
    cast(province as varchar) as province,
    cast(city as varchar) as city,
    cast(county as varchar) as county,
    cast(count(*) as integer) as reports,
    cast(sum(case when project_count_cell_state = 'blank' then 0 else project_count end) as bigint) as project_count,
    cast(sum(case when amount_cell_state = 'blank' then 0 else total_amount_wan_yuan end) as decimal(18, 4))
        as total_amount_wan_yuan,
    cast(sum(case
        when amount_cell_state = 'unknown' or (total_amount_wan_yuan is null and amount_cell_state <> 'blank')
            then 1
        else 0
    end) as integer) as reports_amount_unknown,
    cast(sum(case when amount_unit_assumed then 1 else 0 end) as integer) as reports_unit_assumed
from procurement
group by report_year, province, city, county

-- Government centralized procurement (条例 art. 20(9), 2019 template only): one row per report
-- that has a centralized_procurement item, with its two metrics side by side.
{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        unique_key='report_year',
        on_schema_change='append_new_columns',
        tags=['report_year'],
        pre_hook="{{ gdw_delete_report_years() }}"
    )
}}
with procurement as (

    select *
    from {{ ref('fct_disclosures') }}
    where item = 'centralized_procurement'
        and {{ gdw_in_report_years('report_year') }}

),

procurement_reports as (

    select distinct report_id, agency_id, report_year
    from procurement

),

project_counts as (

    select report_id, value, cell_state
    from procurement
    where metric = 'project_count'

),

amounts as (

    select report_id, value, value_as_written, unit_assumed, cell_state
    from procurement
    where metric = 'total_amount_wan_yuan'

)

select
    cast(procurement_reports.report_id as varchar) as report_id,
    cast(procurement_reports.agency_id as varchar) as agency_id,
    cast(procurement_reports.report_year as integer) as report_year,
    cast(project_counts.value as bigint) as project_count,
    cast(amounts.value as decimal(18, 4)) as total_amount_wan_yuan,
    cast(amounts.value_as_written as varchar) as amount_as_written,
    cast(amounts.unit_assumed as boolean) as amount_unit_assumed,
    cast(amounts.cell_state as varchar) as amount_cell_state,
    cast(project_counts.cell_state as varchar) as project_count_cell_state
from procurement_reports
left join project_counts
    on procurement_reports.report_id = project_counts.report_id
left join amounts
    on procurement_reports.report_id = amounts.report_id

-- Statutory balance rules: one row per report x rule x scope, with expected and actual values.
{{
    config(
        materialized='incremental',
        incremental_strategy='delete+insert',
        unique_key='report_year',
        on_schema_change='append_new_columns',
        tags=['report_year'],
        pre_hook="{{ gdw_delete_report_years() }}"
    )
}}
with rule_results as (

    select * from {{ ref('stg_rule_results') }}
    where {{ gdw_in_report_years('report_year') }}

),

reports as (

    select report_id, agency_id from {{ ref('dim_report') }}

)

select
    cast(rule_results.report_id as varchar) as report_id,
    cast(reports.agency_id as varchar) as agency_id,
    cast(rule_results.report_year as integer) as report_year,
    cast(rule_results.rule_id as varchar) as rule_id,
    cast(rule_results.scope as varchar) as scope,
    cast(rule_results.status as varchar) as status,
    cast(rule_results.expected as decimal(18, 4)) as expected,
    cast(rule_results.actual as decimal(18, 4)) as actual,
    cast(rule_results.message as varchar) as message
from rule_results
left join reports
    on rule_results.report_id = reports.report_id

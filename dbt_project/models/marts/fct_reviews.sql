-- Table 4 (administrative review and litigation): one row per report x proceeding x outcome.
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
with reviews as (

    select * from {{ ref('stg_reviews') }}
    where {{ gdw_in_report_years('report_year') }}

),

reports as (

    select report_id, agency_id, read_by_ocr from {{ ref('dim_report') }}

)

select
    cast(reviews.report_id as varchar) as report_id,
    cast(reports.agency_id as varchar) as agency_id,
    cast(reviews.report_year as integer) as report_year,
    cast(reviews.proceeding as varchar) as proceeding,
    cast(reviews.outcome as varchar) as outcome,
    cast(reviews.cases as bigint) as cases,
    cast(reviews.cell_state as varchar) as cell_state,
    cast(reviews.value_as_written as varchar) as value_as_written,
    cast(reviews.source_line as integer) as source_line,
    cast(reports.read_by_ocr as boolean) as read_by_ocr,
    cast(reviews.ocr_confidence as decimal(4, 3)) as ocr_confidence
from reviews
left join reports
    on reviews.report_id = reports.report_id

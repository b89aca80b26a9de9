-- Table 2 (proactive disclosure): one row per report x article 20 item x metric.
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
with disclosures as (

    select * from {{ ref('stg_disclosures') }}
    where {{ gdw_in_report_years('report_year') }}

),

reports as (

    select report_id, agency_id, read_by_ocr from {{ ref('dim_report') }}

)

select
    cast(disclosures.report_id as varchar) as report_id,
    cast(reports.agency_id as varchar) as agency_id,
    cast(disclosures.report_year as integer) as report_year,
    -- Article of the 条例 that requires the item (labels.DISCLOSURE_ITEMS).
    cast(
        case disclosures.item
            when 'regulations' then '20(1)'
            when 'normative_documents' then '20(1)'
            when 'administrative_licensing' then '20(5)'
            when 'other_management_services' then '20(5)'
            when 'administrative_penalty' then '20(6)'
            when 'administrative_coercion' then '20(6)'
            when 'administrative_fees' then '20(8)'
            when 'centralized_procurement' then '20(9)'
        end
        as varchar
    ) as article,
    cast(disclosures.item as varchar) as item,
    cast(disclosures.metric as varchar) as metric,
    cast(disclosures.value as decimal(18, 4)) as value,
    cast(disclosures.value_as_written as varchar) as value_as_written,
    cast(disclosures.cell_state as varchar) as cell_state,
    cast(disclosures.unit_assumed as boolean) as unit_assumed,
    cast(disclosures.source_line as integer) as source_line,
    cast(reports.read_by_ocr as boolean) as read_by_ocr,
    cast(disclosures.ocr_confidence as decimal(4, 3)) as ocr_confidence
from disclosures
left join reports
    on disclosures.report_id = reports.report_id

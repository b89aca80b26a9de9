-- Table 3 (applications received and handled): one row per report x row x applicant.
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
with applications as (

    select * from {{ ref('stg_applications') }}
    where {{ gdw_in_report_years('report_year') }}

),

reports as (

    select report_id, agency_id, read_by_ocr from {{ ref('dim_report') }}

)

select
    cast(applications.report_id as varchar) as report_id,
    cast(reports.agency_id as varchar) as agency_id,
    cast(applications.report_year as integer) as report_year,
    cast(applications.{{ gdw_quote_identifier('row') }} as varchar) as {{ gdw_quote_identifier('row') }},
    -- Group of the row in the template (labels.APPLICATION_ROWS).
    cast(
        case
            when applications.{{ gdw_quote_identifier('row') }} in ('new_received', 'carried_over')
                then 'intake'
            when applications.{{ gdw_quote_identifier('row') }} = 'results_total' then 'total'
            when applications.{{ gdw_quote_identifier('row') }} = 'carried_forward' then 'carry'
            when applications.{{ gdw_quote_identifier('row') }} in (
                'granted',
                'partially_granted',
                'denied_state_secret',
                'denied_prohibited_by_law',
                'denied_security_stability',
                'denied_third_party_rights',
                'denied_internal_affairs',
                'denied_process_information',
                'denied_enforcement_files',
                'denied_administrative_query',
                'unavailable_not_held',
                'unavailable_needs_creation',
                'unavailable_unclear',
                'rejected_petition',
                'rejected_duplicate',
                'rejected_publication',
                'rejected_excessive',
                'rejected_confirmation',
                'other',
                'other_no_correction',
                'other_no_fee_paid',
                'other_misc'
            ) then 'outcome'
        end
        as varchar
    ) as row_group,
    cast(applications.applicant as varchar) as applicant,
    cast(applications.applications as bigint) as applications,
    cast(applications.cell_state as varchar) as cell_state,
    cast(applications.value_as_written as varchar) as value_as_written,
    cast(applications.source_line as integer) as source_line,
    cast(reports.read_by_ocr as boolean) as read_by_ocr,
    cast(applications.ocr_confidence as decimal(4, 3)) as ocr_confidence
from applications
left join reports
    on applications.report_id = reports.report_id

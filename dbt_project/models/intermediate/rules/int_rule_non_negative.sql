-- NON_NEGATIVE (template), per report: every count except `change` is >= 0 and whole. The parser
-- keeps such a cell as unknown (NULL) with the text as written, so expected = 0 and actual = the
-- report's cells written with a value that is not a clean count or amount, or a negative stored
-- value outside `change`. The rule's one SQL definition: its dbt test (assert_non_negative) and its
-- GX suite read this table. Every report can be evaluated.
with cells as (

    select report_id, cell_state, value_as_written, cast(applications as decimal(18, 4)) as value, false as signed
    from {{ ref('fct_applications') }}
    where {{ gdw_in_report_years('report_year') }}
    union all
    select report_id, cell_state, value_as_written, cast(cases as decimal(18, 4)), false
    from {{ ref('fct_reviews') }}
    where {{ gdw_in_report_years('report_year') }}
    union all
    select report_id, cell_state, value_as_written, value, metric = 'change'
    from {{ ref('fct_disclosures') }}
    where {{ gdw_in_report_years('report_year') }}

),

invalid as (

    select report_id, count(*) as cells
    from cells
    where (cell_state = 'unknown' and nullif(trim(value_as_written), '') is not null)
        or (not signed and value < 0)
    group by report_id

),

units as (

    select
        reports.report_id,
        reports.agency_id,
        reports.report_year,
        'report' as scope,
        0 as expected,
        coalesce(invalid.cells, 0) as actual
    from {{ ref('dim_report') }} as reports
    left join invalid
        on reports.report_id = invalid.report_id

)

{{ rule_units('NON_NEGATIVE', 'true') }}

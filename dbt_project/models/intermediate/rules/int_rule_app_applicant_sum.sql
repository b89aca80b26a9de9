-- APP_APPLICANT_SUM (structure of table 3), per report x row:
--     total = natural_person + the five organisation columns
-- The rule's one SQL definition: its dbt test (assert_app_applicant_sum) and its GX suite read this
-- table. Evaluable when all seven columns are present and readable.
with cells as (

    {{ rule_cells(
        'fct_applications',
        'applications',
        [gdw_quote_identifier('row') ~ " as row_key", "applicant"],
        gdw_quote_identifier('row')
    ) }}

),

units as (

    select
        report_id,
        agency_id,
        report_year,
        row_key as scope,
        -- count(), not count(distinct): one row per report x row x applicant (its unique
        -- test runs before this model and stops the build otherwise); a distinct count keeps a set
        -- per group, 3-5x the time
        count(applicant) as columns_present,
        sum(is_unusable) as unusable_cells,
        sum(is_unconfirmed) as unconfirmed_cells,
        sum(case when applicant <> 'total' then amount else 0 end) as expected,
        sum(case when applicant = 'total' then amount else 0 end) as actual
    from cells
    group by report_id, agency_id, report_year, row_key

)

{{ rule_units('APP_APPLICANT_SUM', 'columns_present = 7 and unusable_cells = 0', unconfirmed='unconfirmed_cells') }}

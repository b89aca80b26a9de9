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

    {{ parts_against_total('row_key', 'applicant') }}

)

{{ rule_units('APP_APPLICANT_SUM', 'parts_present = 7 and unusable_cells = 0', unconfirmed='unconfirmed_cells') }}

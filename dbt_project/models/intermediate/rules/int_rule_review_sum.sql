-- REVIEW_SUM (structure of table 4), per report x proceeding:
--     total = upheld + corrected + other + pending
-- The rule's one SQL definition: its dbt test (assert_review_sum) and its GX suite read this table.
-- Evaluable when the five cells are present and readable.
with cells as (

    {{ rule_cells(
        'fct_reviews',
        'cases',
        ["proceeding", "outcome"],
        'proceeding',
        where="outcome in ('upheld', 'corrected', 'other', 'pending', 'total')"
    ) }}

),

units as (

    {{ parts_against_total('proceeding', 'outcome') }}

)

{{ rule_units('REVIEW_SUM', 'parts_present = 5 and unusable_cells = 0', unconfirmed='unconfirmed_cells') }}

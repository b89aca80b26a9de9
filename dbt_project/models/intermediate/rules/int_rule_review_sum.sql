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

    select
        report_id,
        agency_id,
        report_year,
        proceeding as scope,
        -- count(), not count(distinct): one row per report x proceeding x outcome (its unique
        -- test runs before this model and stops the build otherwise); a distinct count keeps a set
        -- per group, 3-5x the time
        count(outcome) as outcomes_present,
        sum(is_unusable) as unusable_cells,
        sum(is_unconfirmed) as unconfirmed_cells,
        sum(case when outcome <> 'total' then amount else 0 end) as expected,
        sum(case when outcome = 'total' then amount else 0 end) as actual
    from cells
    group by report_id, agency_id, report_year, proceeding

)

{{ rule_units('REVIEW_SUM', 'outcomes_present = 5 and unusable_cells = 0', unconfirmed='unconfirmed_cells') }}

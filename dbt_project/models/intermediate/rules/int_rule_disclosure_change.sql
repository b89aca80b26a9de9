-- DISCLOSURE_CHANGE (structure of table 2, 2019 template), per report x item where the report
-- prints a current_year_count: change = current_year_count - previous_year_count.
-- The rule's one SQL definition: its dbt test (assert_disclosure_change) and its GX suite read this
-- table. Evaluable when the three cells are present and readable.
with cells as (

    {{ rule_cells(
        'fct_disclosures',
        'value',
        ["item", "metric", "cell_state"],
        'item',
        where="metric in ('previous_year_count', 'current_year_count', 'change')"
    ) }}

),

units as (

    select
        report_id,
        agency_id,
        report_year,
        item as scope,
        -- count(), not count(distinct): one row per report x item x metric (its unique
        -- test runs before this model and stops the build otherwise); a distinct count keeps a set
        -- per group, 3-5x the time
        count(metric) as metrics_present,
        sum(case when metric = 'current_year_count' and cell_state = 'value' then 1 else 0 end) as current_given,
        sum(is_unusable) as unusable_cells,
        sum(is_unconfirmed) as unconfirmed_cells,
        sum(case when metric = 'current_year_count' then amount else 0 end)
            - sum(case when metric = 'previous_year_count' then amount else 0 end) as expected,
        sum(case when metric = 'change' then amount else 0 end) as actual
    from cells
    group by report_id, agency_id, report_year, item

)

{{ rule_units('DISCLOSURE_CHANGE', 'metrics_present = 3 and current_given = 1 and unusable_cells = 0', unconfirmed='unconfirmed_cells') }}

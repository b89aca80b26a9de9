-- NARRATIVE_MATCHES_TABLE, per report and figure the text states (e.g. 共收到申请N件, scope
-- 'new_received.total'): expected = the table cell it names, read from fct_applications /
-- fct_reviews; actual = the figure in the text (kept only in fct_rule_results.actual: the warehouse
-- stores table cells, not sentences). A figure whose cell is unknown or absent is left out.
-- The rule's one SQL definition: its dbt test (assert_narrative_matches_table) and its GX suite read it.
with figures as (

    select
        report_id,
        agency_id,
        report_year,
        scope,
        split_part(scope, '.', 1) as row_key,
        split_part(scope, '.', 2) as column_key,
        actual
    from {{ ref('fct_rule_results') }}
    where rule_id = 'NARRATIVE_MATCHES_TABLE'

),

cells as (

    select
        report_id,
        {{ gdw_quote_identifier('row') }} as row_key,
        applicant as column_key,
        {{ rule_amount('applications') }} as amount,
        {{ rule_cell_unusable('applications') }} as is_unusable
    from {{ ref('fct_applications') }}
    union all
    select
        report_id,
        proceeding,
        outcome,
        {{ rule_amount('cases') }},
        {{ rule_cell_unusable('cases') }}
    from {{ ref('fct_reviews') }}

),

units as (

    select
        figures.report_id,
        figures.agency_id,
        figures.report_year,
        figures.scope,
        cells.amount as expected,
        figures.actual
    from figures
    inner join cells
        on figures.report_id = cells.report_id
        and figures.row_key = cells.row_key
        and figures.column_key = cells.column_key
    where cells.is_unusable = 0

)

{{ rule_units('NARRATIVE_MATCHES_TABLE', 'true') }}

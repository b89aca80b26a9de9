-- NARRATIVE_MATCHES_TABLE, per report and figure the text states (e.g. 共收到申请N件, scope
-- 'new_received.total'): expected = the table cell it names, read from fct_applications /
-- fct_reviews; actual = the figure in the text, as the parser read it from the sentence (the
-- parser's result rows, stg_rule_results, are the only place the warehouse keeps sentences' figures).
-- A figure whose cell is unknown or absent is left out.
-- The rule's one SQL definition: its dbt test (assert_narrative_matches_table), its GX suite and
-- fct_rule_results read it.
with figures as (

    select
        report_id,
        scope,
        split_part(scope, '.', 1) as row_key,
        split_part(scope, '.', 2) as column_key,
        actual
    from {{ ref('stg_rule_results') }}
    where rule_id = 'NARRATIVE_MATCHES_TABLE' and {{ gdw_in_report_years('report_year') }}

),

cells as (

    {{ rule_cells(
        'fct_applications',
        'applications',
        [gdw_quote_identifier('row') ~ " as row_key", "applicant as column_key"],
        gdw_quote_identifier('row')
    ) }}
    union all
    {{ rule_cells('fct_reviews', 'cases', ["proceeding", "outcome"], 'proceeding') }}

),

units as (

    select
        cells.report_id,
        cells.agency_id,
        cells.report_year,
        figures.scope,
        cells.is_unconfirmed,
        cells.amount as expected,
        figures.actual
    from figures
    inner join cells
        on figures.report_id = cells.report_id
        and figures.row_key = cells.row_key
        and figures.column_key = cells.column_key
    where cells.is_unusable = 0

)

{{ rule_units('NARRATIVE_MATCHES_TABLE', 'true', unconfirmed='is_unconfirmed') }}

-- COMPLETENESS (条例 art. 50), per report and table: expected = the cells of the report's template
-- (2019: 22 in table 2 without the optional 本年项目数量, 161 in table 3, 15 in table 4; 2021: 10,
-- 175, 15), actual = the cells read (not unknown); it fails when fewer were read. A report with no
-- tables (figures from sentences only) fails every table: expected 1, actual 0.
-- The rule's one SQL definition: its dbt test (assert_completeness) and its GX suite read this table.
with template_cells (template, scope, cells) as (

    values ('2019', 'disclosures', 22), ('2019', 'applications', 161), ('2019', 'reviews', 15),
        ('2021', 'disclosures', 10), ('2021', 'applications', 175), ('2021', 'reviews', 15),
        ('narrative', 'disclosures', 1), ('narrative', 'applications', 1), ('narrative', 'reviews', 1)

),

read_cells as (

    select report_id, 'disclosures' as scope, count(*) as cells
    from {{ ref('fct_disclosures') }}
    where cell_state <> 'unknown' and metric <> 'current_year_count'
        and {{ gdw_in_report_years('report_year') }}
    group by report_id
    union all
    select report_id, 'applications', count(*)
    from {{ ref('fct_applications') }}
    where cell_state <> 'unknown' and {{ gdw_in_report_years('report_year') }}
    group by report_id
    union all
    select report_id, 'reviews', count(*)
    from {{ ref('fct_reviews') }}
    where cell_state <> 'unknown' and {{ gdw_in_report_years('report_year') }}
    group by report_id

),

units as (

    select
        reports.report_id,
        reports.agency_id,
        reports.report_year,
        template_cells.scope,
        template_cells.cells as expected,
        case when reports.template = 'narrative' then 0 else coalesce(read_cells.cells, 0) end as actual
    from {{ ref('dim_report') }} as reports
    inner join template_cells
        on reports.template = template_cells.template
    left join read_cells
        on reports.report_id = read_cells.report_id
        and template_cells.scope = read_cells.scope

)

{{ rule_units('COMPLETENESS', 'true', failed_when='actual < expected') }}

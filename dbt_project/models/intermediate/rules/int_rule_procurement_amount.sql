-- PROCUREMENT_AMOUNT (template, 2019 table 2 item 20(9)), per report: total_amount_wan_yuan >= 0,
-- and zero projects imply a zero amount.
-- The rule's one SQL definition: its dbt test (assert_procurement_amount) and its GX suite read this
-- table. Evaluable when the amount is readable (blank reads as 0); expected is 0 when the project
-- count is readable and zero, else the amount itself.
with cells as (

    {{ rule_cells(
        'fct_disclosures',
        'value',
        ["metric"],
        'item',
        where="item = 'centralized_procurement' and metric in ('project_count', 'total_amount_wan_yuan')"
    ) }}

),

per_report as (

    select
        report_id,
        agency_id,
        report_year,
        sum(case when metric = 'total_amount_wan_yuan' and is_unusable = 0 then 1 else 0 end) as amount_known,
        sum(case when metric = 'project_count' and is_unusable = 0 then 1 else 0 end) as projects_known,
        coalesce(sum(case when metric = 'total_amount_wan_yuan' then amount end), 0) as amount,
        coalesce(sum(case when metric = 'project_count' then amount end), 0) as projects
    from cells
    group by report_id, agency_id, report_year

),

units as (

    select
        report_id,
        agency_id,
        report_year,
        'centralized_procurement' as scope,
        amount_known,
        case when projects_known = 1 and projects = 0 then 0 else amount end as expected,
        amount as actual
    from per_report

)

{{ rule_units('PROCUREMENT_AMOUNT', 'amount_known = 1', failed_when='expected <> actual or actual < 0') }}

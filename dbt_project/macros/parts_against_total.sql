{#-
    The `units` of a rule "the total equals the sum of its parts" (APP_APPLICANT_SUM over table 3's
    applicant columns, REVIEW_SUM over table 4's outcomes), per report x `scope`: from the model's
    `cells` CTE (macros/rule_cells.sql), the parts present (`part` values, the total included), the
    unusable and unconfirmed cells among them, the parts' sum (`expected`) and the total (`actual`).
    rule_units then says which units the rule can be evaluated on.
-#}
{% macro parts_against_total(scope, part) -%}
select
    report_id,
    agency_id,
    report_year,
    {{ scope }} as scope,
    -- count(), not count(distinct): one row per report x scope x part (its unique test runs before
    -- the rule's model and stops the build otherwise); a distinct count keeps a set per group, 3-5x the time
    count({{ part }}) as parts_present,
    sum(is_unusable) as unusable_cells,
    sum(is_unconfirmed) as unconfirmed_cells,
    sum(case when {{ part }} <> 'total' then amount else 0 end) as expected,
    sum(case when {{ part }} = 'total' then amount else 0 end) as actual
from cells
group by report_id, agency_id, report_year, {{ scope }}
{%- endmacro %}

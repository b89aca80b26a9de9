{#-
    The last step of every int_rule_* model: from its `units` CTE (report_id, agency_id, report_year,
    scope, expected, actual, and the columns `evaluable` tests), the units the rule can be evaluated
    on: failed (`failed_when`, by default expected <> actual), else not_evaluable when the pass rests
    on `unconfirmed` cells (an expression counting them; macros/rule_cells.sql), else passed. Units
    left out are not_evaluable too; fct_rule_results says why, with the parser's message.
    Only the run's report years: the rule tables are incremental by year like the fct_ marts.
-#}
{% macro rule_units(rule_id, evaluable, failed_when='expected <> actual', unconfirmed='0') -%}
select
    report_id,
    agency_id,
    report_year,
    '{{ rule_id }}' as rule_id,
    scope,
    case
        when {{ failed_when }} then 'failed'
        when {{ unconfirmed }} > 0 then 'not_evaluable'
        else 'passed'
    end as status,
    expected,
    actual
from units
where {{ evaluable }}
    and {{ gdw_in_report_years('report_year') }}
{%- endmacro %}

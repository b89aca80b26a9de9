{#-
    The last step of every int_rule_* model: from its `units` CTE (report_id, agency_id, report_year,
    scope, expected, actual, and the columns `evaluable` tests), the units the rule can be evaluated
    on, passed or failed. Units left out are not_evaluable; the parser's rules engine says why
    (fct_rule_results). `failed_when`: the breach, by default expected <> actual.
-#}
{% macro rule_units(rule_id, evaluable, failed_when='expected <> actual') -%}
select
    report_id,
    agency_id,
    report_year,
    '{{ rule_id }}' as rule_id,
    scope,
    case when {{ failed_when }} then 'failed' else 'passed' end as status,
    expected,
    actual
from units
where {{ evaluable }}
{%- endmacro %}

{#-
    How the statutory rules read a cell (SPEC.md, "Cell values"): a blank cell reads as 0; an
    unknown cell, or a NULL that is not blank, makes the rule not evaluable for its scope.
-#}
{% macro rule_amount(value_column) -%}
    case when cell_state = 'blank' then 0 else {{ value_column }} end
{%- endmacro %}

{% macro rule_cell_unusable(value_column) -%}
    case
        when cell_state = 'unknown' then 1
        when {{ value_column }} is null and cell_state <> 'blank' then 1
        else 0
    end
{%- endmacro %}

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

{#-
    The first step of an int_rule_* model over a fact table: each cell with its report, agency and
    year, the `columns` that place it (SQL expressions), and the cell read as every rule reads it
    (macros/rule_cells.sql): `amount` (blank is 0) and `is_unusable` (1 for unknown, or NULL not blank).
-#}
{% macro rule_cells(model, value_column, columns, where='true') -%}
select
    report_id,
    agency_id,
    report_year,
    {{ columns | join(',\n    ') }},
    {{ rule_amount(value_column) }} as amount,
    {{ rule_cell_unusable(value_column) }} as is_unusable
from {{ ref(model) }}
where {{ where }}
{%- endmacro %}

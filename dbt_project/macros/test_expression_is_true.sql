{#-
    Generic test: every row of the model satisfies a SQL boolean expression. Fails with the rows
    where the expression is false. As in dbt_utils, a row where the expression is NULL passes, so
    `applications >= 0` does not flag blank cells; write `x is not null and ...` to forbid NULLs.
    On a column, the expression is appended to the column: `- expression_is_true: {arguments:
    {expression: ">= 0"}}`.

        data_tests:
          - expression_is_true:
              arguments:
                expression: "applications >= 0"
-#}
{% test expression_is_true(model, expression, column_name=none) %}

select *
from {{ model }}
where not (
    {%- if column_name is not none %} {{ column_name }} {% endif -%}
    {{ expression }}
)

{% endtest %}

{#-
    Generic test: no two rows of the model share the same values in combination_of_columns
    (the grain of a fact table). Fails with one row per duplicated key, with its count.
    Written here because the project uses no packages (no dbt_utils offline).

        data_tests:
          - unique_combination_of_columns:
              arguments:
                combination_of_columns: [report_id, item, metric]
-#}
{% test unique_combination_of_columns(model, combination_of_columns) %}
{%- if combination_of_columns is string or combination_of_columns | length == 0 -%}
    {{ exceptions.raise_compiler_error(
        "unique_combination_of_columns needs a non-empty list of columns, got: " ~ combination_of_columns) }}
{%- endif -%}
{%- set quoted = [] -%}
{%- for column in combination_of_columns -%}
    {%- do quoted.append(gdw_quote_identifier(column)) -%}
{%- endfor -%}
{%- set columns_csv = quoted | join(', ') %}

select
    {{ columns_csv }},
    count(*) as n_records
from {{ model }}
group by {{ columns_csv }}
having count(*) > 1

{% endtest %}

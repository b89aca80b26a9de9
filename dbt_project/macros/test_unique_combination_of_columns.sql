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
{{ adapter.dispatch('gdw_duplicated_keys', 'gdw')(model, quoted | join(', ')) }}
{% endtest %}

{% macro default__gdw_duplicated_keys(model, columns_csv) %}
select
    {{ columns_csv }},
    count(*) as n_records
from {{ model }}
group by {{ columns_csv }}
having count(*) > 1
{% endmacro %}

{#- The same rows, found in two passes: the keys' 64-bit hashes grouped first (one integer a row, not
    the key's strings: ~half the time on the fact tables' tens of millions of rows, and a hash table
    that stays in memory), then the keys themselves grouped among the rows whose hash repeats only
    (none, or a few, when the grain holds; every duplicated key has a repeated hash). -#}
{% macro duckdb__gdw_duplicated_keys(model, columns_csv) %}
with repeated_hashes as (

    select hash({{ columns_csv }}) as key_hash
    from {{ model }}
    group by key_hash
    having count(*) > 1

)

select
    {{ columns_csv }},
    count(*) as n_records
from {{ model }}
where hash({{ columns_csv }}) in (select key_hash from repeated_hashes)
group by {{ columns_csv }}
having count(*) > 1
{% endmacro %}

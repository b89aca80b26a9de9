{#-
    Building blocks of the analysis marts (mart_*). How a group of cells adds up follows SPEC.md's
    cell rules: a blank cell reads as 0, an unknown cell makes the sum unknown (NULL), and a
    group with no cell at all (a row the report does not have) is NULL, never an invented 0.
-#}

{#- Outcome group of a table 3 row key: granted, partially_granted, denied (denied_*),
    unavailable (unavailable_*), not_processed (rejected_*: 不予处理) or other (other*).
    NULL for the intake, total and carry rows. -#}
{% macro gdw_outcome_group(row_column) -%}
    case
        when {{ row_column }} = 'granted' then 'granted'
        when {{ row_column }} = 'partially_granted' then 'partially_granted'
        when {{ row_column }} like 'denied\_%' escape '\' then 'denied'
        when {{ row_column }} like 'unavailable\_%' escape '\' then 'unavailable'
        when {{ row_column }} like 'rejected\_%' escape '\' then 'not_processed'
        when {{ row_column }} = 'other' or {{ row_column }} like 'other\_%' escape '\' then 'other'
    end
{%- endmacro %}

{#- Sum of the cells of `value_column` where `condition` holds, read as the rules read them. -#}
{% macro gdw_known_sum(value_column, condition='1 = 1') -%}
    case
        when sum(case when {{ condition }} then 1 else 0 end) = 0 then null
        when sum(case when ({{ condition }}) and (cell_state = 'unknown'
            or ({{ value_column }} is null and cell_state <> 'blank')) then 1 else 0 end) > 0 then null
        else sum(case when {{ condition }} then coalesce({{ value_column }}, 0) else 0 end)
    end
{%- endmacro %}

{#- numerator / denominator as a decimal(9,4) share, NULL when the denominator is 0 or NULL.
    Dispatched: Postgres rounds only numerics, DuckDB divides decimals as doubles. -#}
{% macro gdw_rate(numerator, denominator) -%}
    {{ return(adapter.dispatch('gdw_rate', 'gdw')(numerator, denominator)) }}
{%- endmacro %}

{% macro default__gdw_rate(numerator, denominator) -%}
    cast(round(cast({{ numerator }} as numeric) / nullif({{ denominator }}, 0), 4) as decimal(9, 4))
{%- endmacro %}

{% macro duckdb__gdw_rate(numerator, denominator) -%}
    cast(round(cast({{ numerator }} as double) / nullif({{ denominator }}, 0), 4) as decimal(9, 4))
{%- endmacro %}

{#-
    SQL that may differ between adapters. DuckDB is the only target today; a Postgres target
    will come later. Call the dispatching macro, never an adapter-specific one: dbt picks
    `<adapter>__<name>` from this project and falls back to `default__<name>`.
-#}

{#- An identifier quoted the way the target expects. Used for key columns named like SQL
    keywords, such as `row` of fct_applications (Postgres reserves ROW in expressions). -#}
{% macro gdw_quote_identifier(name) -%}
    {{ return(adapter.dispatch('gdw_quote_identifier', 'gdw')(name)) }}
{%- endmacro %}

{% macro default__gdw_quote_identifier(name) -%}
    {{ return(adapter.quote(name)) }}
{%- endmacro %}

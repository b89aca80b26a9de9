{#
  Report-year partitions. Dagster passes the years of a run in the environment variable
  GDW_DBT_REPORT_YEARS, e.g. `[2020]` (orchestration/defs/warehouse.py, dbt_build_env); `all`, or
  no variable, means every year. Not `--vars`: a change of vars makes dbt re-parse the whole
  project. And read only when dbt executes, never while it parses (`execute` is false then): an
  env_var() read at parse time is recorded, and each new value re-parses every file that read it
  (ten files, 13-30 s of each invocation on the shared machine: a run's invocations pass other years).
  A model partitioned by year is incremental with unique_key report_year (which marks it so for
  its tests, macros/test_report_years.sql), tagged `report_year`, and:
    pre_hook="{{ gdw_delete_report_years() }}"   -- empties the years first, so a year whose
                                                    reports all left the landing folder empties too
    where {{ gdw_in_report_years('x.report_year') }}
  A model whose rows of year Y compare Y with Y-1 (CARRY_CONTINUITY) says so in its meta, the one
  place this is written (read by its pre-hook, its tests, and the Python side: the publish and the
  GX gates, orchestration/defs/warehouse.py `reading_year_before`):
    meta={'reads_year_before': true}             -- a run for Y rebuilds Y+1 too
    meta={'reads_year_before': true, 'rows_reading_year_before': "rule_id = 'CARRY_CONTINUITY'"}
                                                 -- of Y+1, only these rows (the others rest on Y+1 alone)
  Its strategy is `append`: the pre-hook has deleted the run's years, so the new rows are only
  inserted (delete+insert would delete them again, probing the table with every new row's year).
#}

{#- with_next_year: the run's years and each one's next year, for what compares a year with the year
    before it (CARRY_CONTINUITY): when year Y changes, the results of Y+1 change too. -#}
{% macro gdw_report_years(with_next_year=false) -%}
    {%- if not execute -%} {{ return(none) }} {%- endif -%}
    {%- set years = env_var('GDW_DBT_REPORT_YEARS', 'all') | trim -%}
    {%- if years == 'all' -%} {{ return(none) }} {%- endif -%}
    {%- set years = fromjson(years) | map('int') | list -%}
    {%- if with_next_year -%}
        {%- set next_years = [] -%}
        {%- for year in years -%} {%- do next_years.append(year + 1) -%} {%- endfor -%}
        {%- set years = (years + next_years) | unique | sort | list -%}
    {%- endif -%}
    {{ return(years) }}
{%- endmacro %}

{% macro gdw_years_list(years) -%}
    {%- if years | length == 0 -%} null {%- else -%} {{ years | map('int') | join(', ') }} {%- endif -%}
{%- endmacro %}

{#- A run builds its years only, on the first build too: Dagster records only those partitions as
    materialized, so no other year may appear beside them. -#}
{% macro gdw_in_report_years(column, with_next_year=false) -%}
    {%- set years = gdw_report_years(with_next_year) -%}
    {%- if years is not none -%}
        {{ column }} in ({{ gdw_years_list(years) }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{#- The pre-hook of every model partitioned by year: deletes the run's years (and, for a model whose
    meta says it reads the year before, each one's next year: its rows that do, `rows_reading_year_before`). -#}
{% macro gdw_delete_report_years() -%}
    {%- set years = gdw_report_years() -%}
    {%- if is_incremental() -%}
        {%- if years is none -%}
            delete from {{ this }}
        {%- else -%}
            delete from {{ this }} where report_year in ({{ gdw_years_list(years) }})
            {%- set meta = model.config.get('meta', {}) -%}
            {%- if meta.get('reads_year_before') %}
                or (report_year in ({{ gdw_years_list(gdw_report_years(with_next_year=true)) }})
                    and ({{ meta.get('rows_reading_year_before', 'true') }}))
            {%- endif -%}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}

{#- Whether a model's rows of a year compare it with the year before (its meta says so, above). -#}
{% macro gdw_reads_year_before(node) -%}
    {{ return(node.config.get('meta', {}).get('reads_year_before', false)) }}
{%- endmacro %}

{#
  The season: the report years the warehouse holds (Settings.first_report_year..last_report_year),
  passed by Dagster in GDW_DBT_SEASON (dbt_build_env, beside the run's years), e.g. `[2019, 2020]`;
  `all`, or no variable, means any year. A report of another year is quarantined.
#}
{% macro gdw_season() -%}
    {%- if not execute -%} {{ return(none) }} {%- endif -%}  {#- read at execution only, as above -#}
    {%- set years = env_var('GDW_DBT_SEASON', 'all') | trim -%}
    {{ return(none if years == 'all' else fromjson(years)) }}
{%- endmacro %}

{% macro gdw_in_season(column) -%}
    {%- set years = gdw_season() -%}
    {%- if years is none -%} true {%- else -%} {{ column }} in ({{ gdw_years_list(years) }}) {%- endif -%}
{%- endmacro %}

{% macro gdw_season_span() -%}
    {%- set years = gdw_season() -%}
    {%- if years is none -%} any year {%- else -%} {{ years | min }}–{{ years | max }} {%- endif -%}
{%- endmacro %}

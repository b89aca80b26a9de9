{#
  Report-year partitions. Dagster passes the years of a run in the environment variable
  GDW_DBT_REPORT_YEARS, e.g. `[2020]` (orchestration/defs/warehouse.py, dbt_build_env); `all`, or
  no variable, means every year. Not `--vars`: a change of vars makes dbt re-parse the whole
  project, a change of an env_var() only the files that read it.
  A model partitioned by year is an incremental delete+insert on report_year, tagged
  `report_year`, and:
    pre_hook="{{ gdw_delete_report_years() }}"   -- empties the years first, so a year whose
                                                    reports all left the landing folder empties too
    where {{ gdw_in_report_years('x.report_year') }}
#}

{% macro gdw_report_years() -%}
    {%- set years = env_var('GDW_DBT_REPORT_YEARS', 'all') | trim -%}
    {{ return(none if years == 'all' else fromjson(years)) }}
{%- endmacro %}

{% macro gdw_years_list(years) -%}
    {%- if years | length == 0 -%} null {%- else -%} {{ years | map('int') | join(', ') }} {%- endif -%}
{%- endmacro %}

{% macro gdw_in_report_years(column) -%}
    {%- set years = gdw_report_years() -%}
    {%- if is_incremental() and years is not none -%}
        {{ column }} in ({{ gdw_years_list(years) }})
    {%- else -%}
        true
    {%- endif -%}
{%- endmacro %}

{% macro gdw_delete_report_years() -%}
    {%- set years = gdw_report_years() -%}
    {%- if is_incremental() -%}
        {%- if years is none -%}
            delete from {{ this }}
        {%- else -%}
            delete from {{ this }} where report_year in ({{ gdw_years_list(years) }})
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}

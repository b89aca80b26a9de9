{#
  The marts' NOT NULL columns are constraints of their enforced contracts (models/marts/*.yml,
  `constraints: - type: not_null`), which DuckDB checks on every insert: a NULL there fails the
  model's build, no row of it lands. (They replaced ~70 dbt not_null tests, each a node of every
  dbt run that re-read a column DuckDB had already checked.)
  dbt writes the constraints when it creates a table. An incremental mart only appends to its
  table, so a table created before a constraint was declared would never get it: this pre-hook
  (dbt_project.yml, every mart) sets the NOT NULL of each such column on the existing table
  (DuckDB checks the rows already there), and does nothing once the table has them all.
#}
{% macro gdw_contract_not_null() -%}
    {%- if execute and is_incremental() and (model.config.get('contract') or {}).get('enforced') -%}
        {%- set declared = [] -%}
        {%- for column in model.columns.values() -%}
            {%- if column.constraints | selectattr('type', 'equalto', 'not_null') | list | length -%}
                {%- do declared.append(column.name) -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if declared -%}
            {%- set nullable = run_query(
                "select column_name from information_schema.columns where table_schema = '" ~ this.schema
                ~ "' and table_name = '" ~ this.identifier ~ "' and is_nullable = 'YES' and column_name in ('"
                ~ declared | join("', '") ~ "') order by column_name").columns[0].values() -%}
            {%- for name in nullable -%}
                alter table {{ this }} alter column "{{ name }}" set not null;
            {% endfor -%}
        {%- endif -%}
    {%- endif -%}
{%- endmacro %}

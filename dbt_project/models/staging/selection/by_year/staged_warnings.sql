-- The parse cache's warnings rows of the reports staged for the run's years (macros/staged_facts.sql).
{{ config(alias='warnings') }}
{{ gdw_staged_facts('warnings') }}

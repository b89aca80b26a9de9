-- The parse cache's applications rows of the reports staged for the run's years (macros/staged_facts.sql).
{{ config(alias='applications') }}
{{ gdw_staged_facts('applications') }}

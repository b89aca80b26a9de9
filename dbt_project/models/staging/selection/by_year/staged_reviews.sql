-- The parse cache's reviews rows of the reports staged for the run's years (macros/staged_facts.sql).
{{ config(alias='reviews') }}
{{ gdw_staged_facts('reviews') }}

-- The parse cache's rule_results rows of the reports staged for the run's years (macros/staged_facts.sql).
{{ config(alias='rule_results') }}
{{ gdw_staged_facts('rule_results') }}

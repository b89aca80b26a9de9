-- The parse cache's disclosures rows of the reports staged for the run's years (macros/staged_facts.sql).
{{ config(alias='disclosures') }}
{{ gdw_staged_facts('disclosures') }}

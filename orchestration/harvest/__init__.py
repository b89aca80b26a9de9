"""The harvester: fetches annual reports from government websites, politely, with provenance.

Pure Python, no Dagster: `sources` reads sources.yaml, `links` reads list and report pages,
`fetch` makes the HTTP requests (robots.txt, per-host rate limit and concurrency cap, retries,
size and redirect limits, conditional GET), `fetch_log` keeps every attempt as JSON Lines, and
`crawl` puts them together for one site. The Dagster asset and the `gdw harvest` command only call
`crawl.harvest_site`.
"""

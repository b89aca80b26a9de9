"""The example questions of README.md ("Five questions and their SQL"), as (question, SQL) pairs,
so the tests run exactly what the README shows, on DuckDB and on Postgres."""

from __future__ import annotations

import re

from tests.conftest import ROOT

SECTION = "### Five questions and their SQL"


def readme_questions() -> list[tuple[str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start)
    section = text[start: end if end > 0 else len(text)]
    pairs = re.findall(r"\n\d\. \*\*(.+?)\*\*.*?```sql\n(.*?)```", section, flags=re.DOTALL)
    return [(question.strip(), sql.strip().rstrip(";")) for question, sql in pairs]

"""Kept for the lead's other branches, which import these names from here; the parser lives in
`orchestration.parsing` (removed after merging)."""

from orchestration.parsing.parse import parse_bytes, parse_file
from orchestration.parsing.record import PARSER_VERSION, QUARANTINED, ParsedReport

__all__ = ["PARSER_VERSION", "QUARANTINED", "ParsedReport", "parse_bytes", "parse_file"]

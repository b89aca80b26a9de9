"""An agency's place misread by one glyph, checked against the places round it on China's division list.

An OCR (or a typist) may write one glyph of a place name for a similar one (`湖北省成宁市咸安区` for 咸宁市,
`韶关市波江区` for 浈江区). Where the name's other places are on the division list (core/regions.py,
`division_paths`), the list says which places can stand there: the divisions of the same parent, or
above the same county. A place of the name that is on no list, one glyph from exactly one division that
stands there, is that division (`agency_name_corrected`, with the places that confirm it); one glyph from
several, or the name's places naming no division round it, the name is kept as read, and a warning says
which divisions it may be (`agency_place_unconfirmed`). Never a place the list does not hold.

The department after the places is checked so too, in text showing an OCR's traits only (a typed name
is as its office writes it): a name no department of labels.DEPARTMENT_FUNCTIONS bears, one glyph from
exactly one of them of its length and ending (`天水市生驴环境局` for 生态环境局), is that department.
"""

from __future__ import annotations

from functools import lru_cache

from orchestration.core import labels as L

from .title import ZONE_WORDS, one_han_glyph_apart, split_region

CORRECTED = "agency_name_corrected"
UNCONFIRMED = "agency_place_unconfirmed"


def place_among_its_neighbours(name: str) -> tuple[str, str | None, str | None]:
    """(name, warning code, message): one place of the name misread by one glyph, corrected where its
    neighbouring places on the division list leave one division it can be (module docstring)."""
    from orchestration.core.regions import division_words

    parts = [part for part in split_region(name) if part]
    if len(parts) < 2:
        return name, None, None  # no place round it to check it by
    words = division_words()
    unknown = [part for part in parts if part not in words and not part.endswith(ZONE_WORDS)]
    known = [part for part in parts if part in words]
    if len(unknown) != 1 or not known:
        return name, None, None
    misread = unknown[0]
    known_places = set(known)  # (asked of every path as a subset: no generator a path)
    found = sorted({place for path in _paths_through(known[0]) if known_places.issubset(path)
                    for place in path if _one_glyph_apart(misread, place)})
    if not found:
        return name, None, None
    round_it = "、".join(known)
    if len(found) > 1:
        return name, UNCONFIRMED, (f"{name!r}: the division list has no {misread!r}; beside {round_it} it has "
                                   f"{'、'.join(found)}, each one glyph apart: kept as read")
    corrected = name.replace(misread, found[0], 1)
    return corrected, CORRECTED, (f"{name!r}: the division list has no {misread!r}; beside {round_it} it has "
                                  f"{found[0]!r} alone one glyph apart: read as {corrected!r}")


@lru_cache(maxsize=1)
def _paths_by_place() -> dict[str, list[tuple[str, ...]]]:
    """Each place of the division list with the paths (province, prefecture, county) through it."""
    from orchestration.core.regions import division_paths

    by_place: dict[str, list[tuple[str, ...]]] = {}
    for path in division_paths():
        for place in path:
            by_place.setdefault(place, []).append(path)
    return by_place


def _paths_through(place: str) -> list[tuple[str, ...]]:
    return _paths_by_place().get(place, [])


def _one_glyph_apart(written: str, place: str) -> bool:
    """Same length, one Han glyph different, and the suffix (区, 县, 市) the same."""
    return len(written) == len(place) and written[-1] == place[-1] and one_han_glyph_apart(written, place)


def department_as_named(name: str, text: str) -> tuple[str, str | None]:
    """(name, message): the department after the name's places misread by one glyph, in text an OCR wrote,
    corrected where exactly one department name is one glyph from it (module docstring)."""
    places = "".join(part for part in split_region(name) if part)
    rest = name[len(places):] if name.startswith(places) else ""
    if not places or not rest or rest in _DEPARTMENT_NAMES:
        return name, None
    found = [word for word in _DEPARTMENT_NAMES if _one_glyph_apart(rest, word)]
    if len(found) != 1 or not _ocr_wrote(text):
        return name, None
    corrected = places + found[0]
    return corrected, (f"{name!r}: no department is named {rest!r}; {found[0]!r} alone is one glyph apart, in text "
                       f"an OCR wrote: read as {corrected!r}")


_DEPARTMENT_NAMES = frozenset(word for words in L.DEPARTMENT_FUNCTIONS.values() for word in words)


def _ocr_wrote(text: str) -> bool:
    from .ocr_text import reads_as_ocr, reads_digits_as_letters, reads_rulings_as_glyphs

    lines = text.split("\n")
    return reads_as_ocr(lines) or reads_rulings_as_glyphs(lines) or reads_digits_as_letters(lines)

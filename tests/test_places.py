"""The gazetteer: places found in running text, at the right level."""

from __future__ import annotations

import pytest

from factcheck.places import gazetteer


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Britain's annual rate of inflation", "GB"),
        ("Turkey's disaster agency AFAD", "TR"),
        ("the UK's economy", "GB"),
        ("Prices in Britain rose", "GB"),
    ],
)
def test_a_place_is_found_with_or_without_a_possessive(text: str, country: str) -> None:
    found = [place for _, _, place in gazetteer().find(text)]
    assert [p.country for p in found] == [country]


def test_a_name_holding_a_place_is_no_place() -> None:
    assert list(gazetteer().find("the Bank of England raised rates")) == []

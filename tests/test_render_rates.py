"""Rates render with their period or their "per" thing: money a day, a price per barrel, a flow a minute."""

import pytest

from storyline.render.common import figure_text


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ({"value": 6e6, "unit": "usd/d", "what": "money", "qualifier": "exact"}, "$6 million a day"),
        ({"value": 67, "unit": "usd/bbl", "what": "money", "qualifier": "about"}, "about $67 a barrel"),
        ({"value": 2, "unit": "gbp/share", "what": "money", "qualifier": "exact"}, "£2 a share"),
        ({"value": 150000, "unit": "usd/mo", "what": "money", "qualifier": "up_to"}, "up to $150,000 a month"),
        ({"value": 5, "value_max": 7, "unit": "eur/d", "what": "money", "qualifier": "range"}, "€5–€7 a day"),
        ({"value": 12, "unit": "chf/d", "what": "money", "qualifier": "exact"}, "12 CHF a day"),
        ({"value": 5000, "unit": "bbl/d", "what": "flow", "qualifier": "about"}, "about 5,000 barrels a day"),
        ({"value": 3000, "unit": "people/d", "what": "killed", "qualifier": "exact"}, "3,000 people a day"),
        ({"value": 9, "unit": "usd/x1", "what": "money", "qualifier": "exact"}, "$9 per x1"),
        ({"value": 5, "value_max": 6, "unit": "ft/s", "what": "speed", "qualifier": "range"}, "5–6 ft a second"),
        ({"value": 7e5, "unit": "t/yr", "what": "weight", "qualifier": "exact"}, "700,000 tonnes a year"),
    ],
)
def test_rate_units_read_as_words(figure: dict[str, object], expected: str) -> None:
    assert figure_text(figure) == expected


def test_a_total_has_no_rate_words() -> None:
    assert figure_text({"value": 562e6, "unit": "usd", "what": "money", "qualifier": "exact"}) == "$562 million"


@pytest.mark.parametrize(
    ("figure", "expected"),
    [
        ({"value": 0.15, "unit": "gbp/share", "what": "money"}, "15p a share"),
        ({"value": 0.09, "unit": "usd/gal", "what": "money"}, "9 cents a gallon"),
        ({"value": 0.5, "value_max": 0.6, "unit": "eur", "what": "money", "qualifier": "range"}, "50 cents–60 cents"),
        ({"value": 67.5, "unit": "usd/bbl", "what": "money", "qualifier": "about"}, "about $67.50 a barrel"),
        ({"value": 3.885, "unit": "gbp", "what": "money"}, "£3.885"),
        (
            {"value": 1.5e9, "value_max": 2e9, "unit": "usd", "what": "money", "qualifier": "range"},
            "$1.5 billion–$2 billion",
        ),
    ],
)
def test_prices_read_as_printed(figure: dict[str, object], expected: str) -> None:
    assert figure_text(figure) == expected  # pence and cents, never "£0.15"; pennies with two decimals

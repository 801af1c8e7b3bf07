"""Countries: the fixed table of country codes."""

from __future__ import annotations

from ..._generated.models import Country
from .._data import COUNTRIES
from ._base import Call, Result, handles

_COUNTRIES = [Country(code=code, value=name).to_dict() for code, name in COUNTRIES]


@handles("countries_list")
def countries_list(call: Call) -> Result:
    """Every country code and name."""
    return "List of Countries.", _COUNTRIES

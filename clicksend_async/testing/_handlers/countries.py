"""Countries and time zones: fixed tables."""

from __future__ import annotations

from ..._generated.models import Country
from .._data import COUNTRIES
from ._base import Call, Result, handles

_COUNTRIES = [Country(code=code, value=name).to_dict() for code, name in COUNTRIES]


@handles("countries_list")
def countries_list(call: Call) -> Result:
    """Every country code and name."""
    return "List of Countries.", _COUNTRIES


#: The time zones an account may be set to (IANA names), a fixed table.
TIMEZONES = (
    "Africa/Johannesburg",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/New_York",
    "America/Sao_Paulo",
    "America/Toronto",
    "Asia/Hong_Kong",
    "Asia/Kolkata",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Adelaide",
    "Australia/Brisbane",
    "Australia/Melbourne",
    "Australia/Perth",
    "Australia/Sydney",
    "Europe/Berlin",
    "Europe/Dublin",
    "Europe/London",
    "Europe/Paris",
    "Pacific/Auckland",
    "UTC",
)


@handles("timezones_list")
def timezones_list(call: Call) -> Result:
    """Every time zone an account may be set to."""
    return "Here are the timezones.", list(TIMEZONES)

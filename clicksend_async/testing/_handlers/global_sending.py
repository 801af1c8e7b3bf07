"""Global sending: the countries an account sends to, chosen from a list, and agreed to.

The list is `_data.COUNTRIES` numbered from 1 in code order, with a region from REGIONS (a
fixed table per country code, "Other" for the rest). An account
starts with its own country selected; `select` replaces the selection (unknown ids answer 400
BAD_REQUEST), `agree` stamps every selected country with the time it was agreed to.
"""

from __future__ import annotations

from typing import Any, Final

from .._data import COUNTRIES
from .._protocol import bad_request
from ._base import Call, Result, handles

REGIONS: Final = {
    **dict.fromkeys(("AU", "NZ", "FJ", "PG"), "Oceania"),
    **dict.fromkeys(("US", "CA", "MX"), "North America"),
    **dict.fromkeys(("GB", "IE", "FR", "DE", "ES", "IT", "NL", "BE", "SE", "NO"), "Europe"),
    **dict.fromkeys(("CN", "JP", "IN", "SG", "HK", "MY", "PH", "ID", "TH", "VN"), "Asia"),
    **dict.fromkeys(("BR", "AR", "CL", "CO", "PE"), "South America"),
    **dict.fromkeys(("ZA", "NG", "KE", "EG"), "Africa"),
}
_IDS: Final = {code: number for number, (code, _) in enumerate(COUNTRIES, start=1)}


def _country(code: str, name: str) -> dict[str, Any]:
    return {"id": _IDS[code], "name": name, "code": code, "region": REGIONS.get(code, "Other")}


def _selected(call: Call) -> dict[str, int | None]:
    """Country code -> when it was agreed to (None: not yet), in selection order."""
    if not call.me.countries:
        call.me.countries[call.me.country] = None
    return call.me.countries


def _render(call: Call) -> list[dict[str, Any]]:
    names = dict(COUNTRIES)
    return [
        {
            **_country(code, names.get(code, code)),
            "agreed_at": agreed,
            "registration_entity": None,
            "registration_status": None,
            "jotform_id": None,
            "sms_registration_type": 0,
            "block_registration": 0,
            "block_leads": 0,
            "trial_from_address": None,
            "restricted_sending": 0,
            "trial_sending": 0,
            "trial_sending_description": None,
            "has_regulation_requirements": 0,
            "registration_steps_url": None,
            "regulation_requirements_description": None,
        }
        for code, agreed in _selected(call).items()
    ]


@handles("global_sending_countries")
def global_sending_countries(call: Call) -> Result:
    """Every country an account may choose."""
    return "Here are the countries.", [_country(code, name) for code, name in COUNTRIES]


@handles("global_sending_selected")
def global_sending_selected(call: Call) -> Result:
    """The countries the account sends to."""
    return "Here are your countries.", _render(call)


@handles("global_sending_select")
def global_sending_select(call: Call) -> Result:
    """Choose the countries the account sends to (replacing the last choice)."""
    ids = call.fields()["country_list_ids"]
    codes = {number: code for code, number in _IDS.items()}
    if (
        not isinstance(ids, list)
        or not ids
        or not all(isinstance(i, int) and not isinstance(i, bool) and i in codes for i in ids)
    ):
        raise bad_request(
            "country_list_ids must list ids of GET /country-list.",
            {"country_list_ids": ["Unknown country ids."]},
        )
    selected = _selected(call)
    kept = {codes[i]: selected.get(codes[i]) for i in ids}
    selected.clear()
    selected.update(kept)
    call.store.generation += 1
    return "Your countries have been saved.", _render(call)


@handles("global_sending_agree")
def global_sending_agree(call: Call) -> Result:
    """Agree to the terms of sending to every selected country."""
    selected = _selected(call)
    for code in selected:
        selected[code] = selected[code] or call.now
    call.store.generation += 1
    return "You have agreed.", _render(call)

"""Direct mail: leaflets delivered to every letterbox of chosen areas.

- Areas come from LOCATIONS, a small fixed table (a few postal areas of Australia, New Zealand,
  the United Kingdom and the United States); a search matches the postal code or the place
  name (ignoring case). An unknown `location_id` answers 400 BAD_REQUEST.
- A leaflet costs PRICES of its size (A5 or DL, in AUD, in the account's currency); a campaign
  needs MIN_QUANTITY leaflets in all, is charged at once when sent (403 INSUFFICIENT_CREDIT
  when short) and is kept as "Queued"; `price` answers the same figures and changes nothing.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from typing import Any, Final

from .._messaging.pricing import in_currency
from .._protocol import bad_request
from ._base import Call, Result, check_country, handles
from ._sending import currency, schedule_of, text
from .crud import records

#: location_id -> (country, postal code, place, state).
LOCATIONS: Final[dict[int, tuple[str, str, str, str]]] = {
    1: ("AU", "2000", "Sydney", "NSW"),
    2: ("AU", "3000", "Melbourne", "VIC"),
    3: ("AU", "6000", "Perth", "WA"),
    4: ("AU", "4000", "Brisbane", "QLD"),
    5: ("NZ", "1010", "Auckland", "AUK"),
    6: ("GB", "SW1A", "Westminster", "ENG"),
    7: ("US", "10001", "New York", "NY"),
}
#: Price of one leaflet by size, in AUD.
PRICES: Final = {"DL": Decimal("0.44"), "A5": Decimal("0.66")}
MIN_QUANTITY: Final = 5000
_NAMES: Final = {"AU": "Australia", "NZ": "New Zealand", "GB": "United Kingdom", "US": "USA"}


def _location(location_id: int) -> dict[str, Any]:
    country, postal, place, state = LOCATIONS[location_id]
    return {
        "location_id": location_id,
        "country_code": country,
        "postal_code": postal,
        "place_name": place,
        "admin_name1": state,
        "admin_name2": None,
        "admin_name3": None,
        "admin_code1": state,
        "admin_code2": None,
        "admin_code3": None,
        "latitude": None,
        "longitude": None,
        "accuracy": 1,
    }


@handles("post_direct_mail_search_locations")
def post_direct_mail_search_locations(call: Call) -> Result:
    """The areas of a country whose postal code or place name holds `q`."""
    country = check_country("country", call.params["country"])
    needle = (call.first("q") or "").strip().casefold()
    found = [
        _location(i)
        for i, (c, postal, place, _) in LOCATIONS.items()
        if c == country and (needle in postal.casefold() or needle in place.casefold())
    ]
    fields = tuple(_location(1))
    # `q` is the text searched here, not a field:value search of the page.
    paging = dataclasses.replace(call, query=[(k, v) for k, v in call.query if k != "q"])
    return "Here are the locations.", paging.page(found, dict, fields, country, needle)


def _campaign(call: Call) -> tuple[dict[str, Any], Decimal, int]:
    values = call.fields()
    size = str(values["size"]).upper()
    if size not in PRICES:
        raise bad_request("size must be A5 or DL.", {"size": ["Invalid size."]})
    urls = values["file_urls"]
    if not isinstance(urls, list) or not 1 <= len(urls) <= 2:
        raise bad_request("file_urls must be 1 or 2 PDF URLs.", {"file_urls": ["Invalid."]})
    areas = values.get("areas") or []
    if not isinstance(areas, list):
        raise bad_request("areas must be a list of {location_id, quantity}.")
    unit = in_currency(PRICES[size], call.me.currency)
    shown_areas, total, quantity = [], Decimal(0), 0
    for area in areas:
        location_id = area.get("location_id") if isinstance(area, dict) else None
        if isinstance(location_id, str) and location_id.isdigit():
            location_id = int(location_id)
        count = area.get("quantity") if isinstance(area, dict) else None
        known = isinstance(location_id, int) and location_id in LOCATIONS
        if not known or isinstance(count, bool) or not isinstance(count, int) or count < 1:
            raise bad_request(
                "each area needs a location_id of search_locations and a quantity of at least 1.",
                {"areas": ["Invalid area."]},
            )
        assert isinstance(location_id, int)  # noqa: S101 (a key of LOCATIONS)
        country, postal, place, _ = LOCATIONS[location_id]
        shown_areas.append(
            {
                "campaign_id": None,
                "location_id": location_id,
                "quantity": count,
                "price": f"{unit * count:.2f}",
                "status": "Queued",
                "country_code": country,
                "country_name": _NAMES[country],
                "place_name": place,
                "postal_code": postal,
            }
        )
        total += unit * count
        quantity += count
    campaign = {
        "campaign_id": None,
        "name": values["name"],
        "user_id": call.me.user_id,
        "message_id": None,
        "file_name": str(urls[0]).rsplit("/", 1)[-1],
        "size": size,
        "source": text(values.get("source")),
        "schedule": schedule_of(values.get("schedule"), call.now),
        "date_added": call.now,
        "status": "Queued",
        "custom_string": text(values.get("custom_string")),
        "_areas": shown_areas,
        "_total_quantity": quantity,
    }
    return campaign, total, quantity


def _answer(call: Call, campaign: dict[str, Any], total: Decimal, quantity: int) -> dict[str, Any]:
    return {
        "data": campaign,
        "total_price": f"{total:.2f}",
        "total_quantity": quantity,
        "currency": currency(call.me),
    }


@handles("post_direct_mail_price")
def post_direct_mail_price(call: Call) -> Result:
    """What a campaign would cost; nothing is sent or spent."""
    return "Here is the price.", _answer(call, *_campaign(call))


@handles("post_direct_mail_send")
def post_direct_mail_send(call: Call) -> Result:
    """Send a campaign: charged at once, then kept as queued."""
    campaign, total, quantity = _campaign(call)
    if quantity < MIN_QUANTITY:
        raise bad_request(
            f"A campaign needs at least {MIN_QUANTITY} leaflets in all, got {quantity}.",
            {"areas": ["Too few leaflets."]},
        )
    call.engine.charge(call.me, total)
    campaign_id = call.store.next_id("direct_mail")
    campaign.update(campaign_id=campaign_id, message_id=call.engine.new_id())
    for area in campaign["_areas"]:
        area["campaign_id"] = campaign_id
    records(call, "direct_mail")[campaign_id] = campaign
    call.store.generation += 1
    return "Your campaign has been queued.", _answer(call, campaign, total, quantity)


@handles("post_direct_mail_list_campaigns")
def post_direct_mail_list_campaigns(call: Call) -> Result:
    """The account's direct mail campaigns, newest first."""
    kept = list(reversed(records(call, "direct_mail").values()))
    fields = ("campaign_id", "name", "size", "status", "date_added", "_total_quantity")
    return "Here are your campaigns.", call.page(kept, dict, fields)

"""Senders and short links: alpha tags, own numbers, default senders, short-URL statistics.

These newer resources have UUID ids, ISO 8601 times and cursor pages, and (but for default
senders) answer without the envelope. Rules, as decided here:

- A cursor page starts at `offset` (an opaque string: here the position, as the `next` link
  gives it; anything else answers 400 BAD_REQUEST) and holds `page_size` items (`per_page` for
  default senders); `next` is null on the last page.
- An alpha tag is 3 to 11 letters, digits or "+", not all digits (400 BAD_REQUEST otherwise);
  it waits as PENDING (nobody reviews it here).
- An own number is verified by a code "texted" to it (`EmbeddedClickSend.outbox`, kind
  "own_number_verification"): `request_verification` makes the number (PENDING) and the code,
  `verify` with the right code APPROVES both; each wrong code uses one of 3 attempts (400).
- Nothing shortens links on the embedded ClickSend, so short-URL statistics and tracking are
  empty.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any, Final
from urllib.parse import urlencode

from .._protocol import bad_request, not_found
from .._store import Notification
from ._base import Bare, Call, Result, check_country, check_phone, handles
from .crud import records

ATTEMPTS: Final = 3
_ALPHA_TAG = re.compile(r"(?=.*[A-Za-z+])[A-Za-z0-9+]{3,11}")


def _iso(now: int) -> str:
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _uuid(call: Call) -> str:
    return call.engine.new_id().lower()


def _cursor(
    call: Call, items: list[dict[str, Any]], size_name: str, default: int
) -> tuple[list[dict[str, Any]], str, str | None, int]:
    """One cursor page: its items, its own URL, the next page's URL (or None), its size."""
    offset_text = call.first("offset") or "0"
    size_text = call.first(size_name) or str(default)
    if not offset_text.isdigit():
        raise bad_request("offset must be the one a `next` link gives.", {"offset": ["Invalid."]})
    if not size_text.isdigit() or not 1 <= int(size_text) <= 1000:
        raise bad_request(f"{size_name} must be 1 to 1000.", {size_name: ["Invalid."]})
    offset, size = int(offset_text), int(size_text)
    if (call.first("sort_direction") or "").upper() == "DESC":
        items = list(reversed(items))
    kept = [(k, v) for k, v in call.query if k != "offset"]
    here = f"{call.url}?{urlencode([*kept, ('offset', str(offset))])}"
    after = offset + size
    following = f"{call.url}?{urlencode([*kept, ('offset', str(after))])}"
    return items[offset:after], here, following if after < len(items) else None, size


def _owner(call: Call) -> dict[str, str]:
    return {
        "account_id": str(call.me.user_id),
        "workspace_id": str(call.me.subaccount_id),
        "user_id": str(call.me.user_id),
    }


def _find(call: Call, collection: str, name: str) -> dict[str, Any]:
    wanted = call.params[name].lower()
    for record in records(call, collection).values():
        if record["id"] == wanted:
            return record
    raise not_found(f"No such record: {call.params[name][:40]}.")


def _add(call: Call, collection: str, record: dict[str, Any]) -> dict[str, Any]:
    records(call, collection)[call.store.next_id(collection)] = record
    call.store.generation += 1
    return record


def _remove(call: Call, collection: str, record: dict[str, Any]) -> None:
    kept = records(call, collection)
    for key, value in list(kept.items()):
        if value is record:
            del kept[key]
    call.store.generation += 1


# ------------------------------------------------------------------------------- alpha tags


@handles("senders_alpha_tags_create")
def senders_alpha_tags_create(call: Call) -> Result:
    """Ask for an alpha tag; it waits as PENDING."""
    values = call.fields()
    tag = values["alpha_tag"]
    if not _ALPHA_TAG.fullmatch(tag):
        raise bad_request(
            "alpha_tag must be 3 to 11 letters, digits or +, not all digits.",
            {"alpha_tag": ["Invalid alpha tag."]},
        )
    countries = values.get("countries") or []
    record = {
        "id": _uuid(call),
        **_owner(call),
        "alpha_tag": tag,
        "status": "PENDING",
        "reason": values.get("reason"),
        "countries": [c for c in countries if isinstance(c, str)],
        "created_timestamp": _iso(call.now),
        "updated_timestamp": None,
    }
    return "", Bare(_add(call, "senders_alpha_tags", record))


@handles("senders_alpha_tags_list")
def senders_alpha_tags_list(call: Call) -> Result:
    """One cursor page of the account's alpha tags."""
    items = list(records(call, "senders_alpha_tags").values())
    page, here, following, size = _cursor(call, items, "page_size", 10)
    metadata = {"pagination": {"self": here, "next": following, "page_size": size}}
    return "", Bare({"alpha_tags": page, "_metadata": metadata})


@handles("senders_alpha_tags_get")
def senders_alpha_tags_get(call: Call) -> Result:
    """One alpha tag."""
    return "", Bare(_find(call, "senders_alpha_tags", "alpha_tag_id"))


@handles("senders_alpha_tags_delete")
def senders_alpha_tags_delete(call: Call) -> Result:
    """Withdraw an alpha tag."""
    _remove(call, "senders_alpha_tags", _find(call, "senders_alpha_tags", "alpha_tag_id"))
    return "", Bare({})


# ------------------------------------------------------------------------------ own numbers


@handles("senders_own_numbers_request_verification")
def senders_own_numbers_request_verification(call: Call) -> Result:
    """Text a code to one of the account's numbers; the number waits as PENDING."""
    values = call.fields()
    number = check_phone("phone_number", values["phone_number"])
    country = check_country("country", values["country"])
    own = _add(
        call,
        "senders_own_numbers",
        {
            "id": _uuid(call),
            **_owner(call),
            "phone_number": number,
            "country": country,
            "label": values.get("label"),
            "status": "PENDING",
            "verified_timestamp": None,
            "notified_timestamp": _iso(call.now),
            "is_nearing_expiration": False,
            "created_timestamp": _iso(call.now),
            "updated_timestamp": None,
        },
    )
    code = call.store.digits(6)
    verification = _add(
        call,
        "own_number_verifications",
        {
            "id": _uuid(call),
            "own_number_id": own["id"],
            "status": "PENDING",
            "expires_timestamp": _iso(call.now + 600),
            "remaining_attempts": ATTEMPTS,
            "created_timestamp": _iso(call.now),
            "updated_timestamp": None,
            "_code": code,
        },
    )
    call.outbox.append(Notification("own_number_verification", call.me.username, number, code))
    return "", Bare(_shown(verification))


def _shown(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if not k.startswith("_")}


@handles("senders_own_numbers_verify")
def senders_own_numbers_verify(call: Call) -> Result:
    """Check the code texted to an own number; the right one approves it."""
    verification = _find(call, "own_number_verifications", "verification_id")
    code = call.fields()["code"]
    if verification["status"] != "PENDING" or verification["remaining_attempts"] < 1:
        raise bad_request("This verification is over: request a new code.")
    if code != verification["_code"]:
        verification["remaining_attempts"] -= 1
        raise bad_request(
            f"The code is wrong; {verification['remaining_attempts']} attempt(s) left.",
            {"code": ["Wrong code."]},
        )
    verification.update(status="APPROVED", updated_timestamp=_iso(call.now))
    for own in records(call, "senders_own_numbers").values():
        if own["id"] == verification["own_number_id"]:
            own.update(status="APPROVED", verified_timestamp=_iso(call.now))
    call.store.generation += 1
    return "", Bare(_shown(verification))


@handles("senders_own_numbers_list")
def senders_own_numbers_list(call: Call) -> Result:
    """One cursor page of the account's own numbers (of the statuses asked for)."""
    statuses = {v.upper() for k, v in call.query if k == "filter[status][]" and v}
    items = [
        record
        for record in records(call, "senders_own_numbers").values()
        if not statuses or record["status"] in statuses
    ]
    page, here, following, size = _cursor(call, items, "page_size", 10)
    metadata = {"pagination": {"self": here, "next": following, "page_size": size}}
    return "", Bare({"own_numbers": page, "_metadata": metadata})


@handles("senders_own_numbers_get")
def senders_own_numbers_get(call: Call) -> Result:
    """One own number."""
    return "", Bare(_find(call, "senders_own_numbers", "own_number_id"))


@handles("senders_own_numbers_update")
def senders_own_numbers_update(call: Call) -> Result:
    """Change an own number's label."""
    own = _find(call, "senders_own_numbers", "own_number_id")
    own.update(label=call.fields()["label"], updated_timestamp=_iso(call.now))
    call.store.generation += 1
    return "", Bare(own)


@handles("senders_own_numbers_delete")
def senders_own_numbers_delete(call: Call) -> Result:
    """Forget an own number; the answer is the number as it was."""
    own = _find(call, "senders_own_numbers", "own_number_id")
    _remove(call, "senders_own_numbers", own)
    return "", Bare(own)


# -------------------------------------------------------------------------- default senders


def _strategies(value: object) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(s, dict) for s in value):
        raise bad_request("default_sender_strategies must be a list of senders.")
    return [
        {
            "sender_type": str(s.get("sender_type") or ""),
            "sender_id": s.get("sender_id") if isinstance(s.get("sender_id"), str) else None,
            "sender_country_code": (
                s.get("sender_country_code")
                if isinstance(s.get("sender_country_code"), str)
                else None
            ),
            "priority": place,
            "status": "ENABLED",
            "note": s.get("note") if isinstance(s.get("note"), str) else None,
        }
        for place, s in enumerate(value, start=1)
    ]


@handles("senders_default_senders_create")
def senders_default_senders_create(call: Call) -> Result:
    """Set the default senders of a recipient country."""
    values = call.fields()
    record = {
        "id": _uuid(call),
        "user_id": call.me.user_id,
        "subaccount_id": call.me.subaccount_id,
        "country_code": check_country("country_code", values["country_code"]),
        "product_type": values["product_type"],
        "default_sender_strategies": _strategies(values.get("default_sender_strategies") or []),
        "status": "ENABLED",
        "created_timestamp": _iso(call.now),
        "updated_timestamp": None,
    }
    return "Default sender has been saved.", _add(call, "senders_default_senders", record)


@handles("senders_default_senders_list")
def senders_default_senders_list(call: Call) -> Result:
    """One cursor page of the default sender settings."""
    items = list(records(call, "senders_default_senders").values())
    page, here, following, size = _cursor(call, items, "per_page", 10)
    shown = {"data": page, "per_page": size, "self_page_url": here, "next_page_url": following}
    return "Here are your default senders.", shown


@handles("senders_default_senders_get")
def senders_default_senders_get(call: Call) -> Result:
    """One default sender setting."""
    found = _find(call, "senders_default_senders", "default_sender_id")
    return "Here is your default sender.", found


@handles("senders_default_senders_update")
def senders_default_senders_update(call: Call) -> Result:
    """Change a default sender setting (the fields given)."""
    record = _find(call, "senders_default_senders", "default_sender_id")
    values = call.fields()
    if values.get("country_code"):
        record["country_code"] = check_country("country_code", values["country_code"])
    if values.get("product_type"):
        record["product_type"] = values["product_type"]
    if "default_sender_strategies" in values:
        record["default_sender_strategies"] = _strategies(values["default_sender_strategies"])
    record["updated_timestamp"] = _iso(call.now)
    call.store.generation += 1
    return "Default sender has been updated.", record


@handles("senders_default_senders_delete")
def senders_default_senders_delete(call: Call) -> Result:
    """Remove a default sender setting."""
    record = _find(call, "senders_default_senders", "default_sender_id")
    _remove(call, "senders_default_senders", record)
    return "Default sender has been deleted.", []


# ------------------------------------------------------------------------------ short URLs


@handles("short_urls_statistics")
def short_urls_statistics(call: Call) -> Result:
    """Opens of the short links of a campaign or message: none are made here."""
    return "", Bare({"data": []})


@handles("short_urls_tracking")
def short_urls_tracking(call: Call) -> Result:
    """Opens of one long URL's short links, a cursor page: none are made here."""
    page, _, following, size = _cursor(call, [], "limit", 15)
    shown = {
        "total": 0,
        "per_page": size,
        "current_page_size": len(page),
        "prev_page_url": None,
        "next_page_url": following,
        "data": page,
    }
    return "", Bare(shown)

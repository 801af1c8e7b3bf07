"""Campaigns: one message (SMS, MMS or email) to every contact of a list, as one record.

- Sending a campaign sends one message per contact of `list_id` that can take it (a phone
  number for SMS and MMS, an email for email) through the same engine as `sms.send`: priced,
  paid at once (403 INSUFFICIENT_CREDIT otherwise), scheduled, delivered. An unknown list
  answers 400 NOT_ENOUGH_PERMISSION_TO_LIST_ID. An email campaign needs a verified sender
  (`email.sender_address`); `draft` keeps it without sending anything.
- A campaign's status follows its messages: "Scheduled" while any waits, "Cancelled" when all
  were cancelled, else "Sent". Cancelling cancels the waiting messages (their price given back;
  400 when none waits). Updating a scheduled campaign cancels its messages and sends anew
  with the changes; a campaign that went out answers 400.
- Link tracking counts opens of shortened links: nobody opens one on the embedded ClickSend,
  so every message of a campaign counts as unopened.
- `price` answers what `send` would charge, and changes nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Any, Final

from .._messaging.engine import Message
from .._protocol import ApiError, bad_request, not_found
from ._base import Call, Result, handles
from ._sending import Draft, accept, between, currency, schedule_of, text, totals
from .crud import records
from .email import email_drafts
from .mms import mms_drafts
from .sms import sms_drafts


@dataclass(frozen=True, slots=True)
class Kind:
    """What differs between the campaigns of a channel.

    Attributes:
        channel: The engine's channel of its messages.
        id_field: The campaign's id, in paths and answers.
        collection: Where its records are kept (`Account.records`).
        fields: The body fields a campaign record keeps.
    """

    channel: str
    id_field: str
    collection: str
    fields: tuple[str, ...]


SMS: Final = Kind(
    "sms",
    "sms_campaign_id",
    "campaigns_sms",
    ("name", "list_id", "from", "body", "schedule", "url_to_shorten", "source"),
)
MMS: Final = Kind(
    "mms",
    "mms_campaign_id",
    "campaigns_mms",
    ("name", "list_id", "from", "subject", "body", "media_file", "schedule"),
)
EMAIL: Final = Kind(
    "email_campaign",
    "email_campaign_id",
    "campaigns_email",
    ("name", "subject", "body", "from_email_address_id", "from_name", "list_id", "template_id"),
)


def _list(call: Call, list_id: object) -> tuple[int, str]:
    if isinstance(list_id, str) and list_id.isdigit():
        list_id = int(list_id)
    found = call.me.lists.get(list_id) if isinstance(list_id, int) else None
    if found is None:
        raise ApiError(
            400,
            "NOT_ENOUGH_PERMISSION_TO_LIST_ID",
            f"list_id {str(list_id)[:20]} names none of your lists.",
            {"list_id": ["Unknown list."]},
        )
    return found.list_id, found.name


def _drafts(call: Call, kind: Kind, values: dict[str, Any]) -> list[Draft]:
    list_id, _ = _list(call, values.get("list_id"))
    message = {
        "list_id": list_id,
        "body": values.get("body"),
        "from": values.get("from"),
        "subject": values.get("subject"),
        "schedule": values.get("schedule"),
    }
    if kind is SMS:
        return sms_drafts(call, {"messages": [message]})
    if kind is MMS:
        return mms_drafts(call, {"messages": [message], "media_file": values.get("media_file")})
    return email_drafts(call, values, list_id)


def _send(call: Call, kind: Kind, values: dict[str, Any]) -> tuple[list[Draft], list[Message]]:
    drafts = _drafts(call, kind, values)
    draft = kind is EMAIL and values.get("draft") in (1, True, "1")
    return drafts, accept(call, kind.channel, drafts, send=not draft)


def _status(call: Call, record: dict[str, Any]) -> str:
    messages = [call.engine.messages[i] for i in record["_messages"]]
    if any(m.status == "Scheduled" for m in messages):
        return "Scheduled"
    if messages and all(m.status == "Cancelled" for m in messages):
        return "Cancelled"
    return "Sent" if messages else "Draft"


def _render(call: Call, kind: Kind, record: dict[str, Any]) -> dict[str, Any]:
    shown = {k: v for k, v in record.items() if not k.startswith("_")}
    shown["status"] = _status(call, record)
    shown["_total_count"] = len(record["_messages"])
    shown["_list_name"] = record["_list_name"]
    if kind is MMS:
        shown["_media_file_url"] = record.get("media_file") or ""
        shown["file_name"] = str(record.get("media_file") or "").rsplit("/", 1)[-1]
    if kind is EMAIL:
        counts = dict.fromkeys(("open_count", "click_count", "hard_bounce_count"), 0)
        counts.update(dict.fromkeys(("soft_bounce_count", "abuse_count", "unsubscribe_count"), 0))
        shown.update(send_count=len(record["_messages"]), **counts)
    return shown


def _record(
    call: Call, kind: Kind, values: dict[str, Any], messages: list[Message], campaign_id: int
) -> dict[str, Any]:
    list_id, list_name = _list(call, values.get("list_id"))
    record: dict[str, Any] = {kind.id_field: campaign_id}
    record.update({name: values.get(name) for name in kind.fields})
    record.update(
        list_id=list_id,
        schedule=schedule_of(values.get("schedule"), call.now),
        user_id=call.me.user_id,
        subaccount_id=call.me.subaccount_id,
        date_added=call.now,
        custom_string=text(values.get("custom_string")),
        _messages=[m.message_id for m in messages],
        _list_name=list_name,
    )
    return record


def _find(call: Call, kind: Kind) -> dict[str, Any]:
    campaign_id = call.id_param(kind.id_field)
    record = records(call, kind.collection).get(campaign_id)
    if record is None:
        raise not_found(f"No campaign #{campaign_id}.")
    return record


def _answer_send(call: Call, kind: Kind, record: dict[str, Any], drafts: list[Draft]) -> object:
    shown = _render(call, kind, record)
    if kind is not EMAIL:
        return shown
    total, count, queued = totals(drafts)
    return {
        "total_count": count,
        "queued_count": queued,
        "total_price": float(total),
        "data": shown,
    }


def send(call: Call, kind: Kind) -> Result:
    """Send a campaign and keep its record."""
    values = call.fields()
    drafts, messages = _send(call, kind, values)
    campaign_id = call.store.next_id(kind.collection)
    record = _record(call, kind, values, messages, campaign_id)
    records(call, kind.collection)[campaign_id] = record
    call.store.generation += 1
    return "Campaign has been queued.", _answer_send(call, kind, record, drafts)


def price(call: Call, kind: Kind) -> Result:
    """What `send` would charge; nothing is sent or spent."""
    values = call.fields()
    total, count, queued = totals(_drafts(call, kind, values))
    shown: dict[str, Any] = {"total_count": count, "total_price": float(total)}
    if kind is EMAIL:
        shown["queued_count"] = queued
        shown["data"] = {name: values.get(name) for name in kind.fields if values.get(name)}
        shown["currency"] = currency(call.me)
    else:
        shown["data"] = {
            "from": values.get("from"),
            "body": values.get("body") or "",
            "schedule": schedule_of(values.get("schedule"), call.now),
        }
        shown["_currency" if kind is MMS else "currency"] = currency(call.me)
    return "Here is the price.", shown


def listing(call: Call, kind: Kind) -> Result:
    """The account's campaigns, newest first (within `date_from`/`date_to`)."""
    kept = list(reversed(records(call, kind.collection).values()))
    low, high = (call.first(name) for name in ("date_from", "date_to"))
    for name, bound in (("date_from", low), ("date_to", high)):
        if bound is not None and bound.strip() and not bound.strip().isdigit():
            raise bad_request(f"{name} must be Unix seconds, got {bound[:20]!r}")
    kept = [
        r
        for r in kept
        if (not low or r["date_added"] >= int(low)) and (not high or r["date_added"] <= int(high))
    ]
    fields = tuple(_render(call, kind, kept[0])) if kept else (kind.id_field, "name")
    page = call.page(kept, lambda r: _render(call, kind, r), fields, low, high)
    return "Here are your campaigns.", page


def get(call: Call, kind: Kind) -> Result:
    """One campaign."""
    return "Here is your campaign.", _render(call, kind, _find(call, kind))


def update(call: Call, kind: Kind) -> Result:
    """Change a scheduled campaign: its messages are cancelled and sent anew."""
    record = _find(call, kind)
    if _status(call, record) != "Scheduled":
        raise bad_request("Only a scheduled campaign can be changed.")
    values = call.fields()
    old = [call.engine.messages[i] for i in record["_messages"]]
    for message in old:
        call.engine.cancel(message)
    try:
        _, messages = _send(call, kind, values)
    except ApiError:
        for message in old:  # the campaign stays as it was
            message.status = "Scheduled"
            message.account.balance -= message.price
        raise
    changed = _record(call, kind, values, messages, record[kind.id_field])
    changed["date_added"] = record["date_added"]
    record.clear()
    record.update(changed)
    return "Campaign has been updated.", _render(call, kind, record)


def cancel(call: Call, kind: Kind) -> Result:
    """Cancel what of a campaign still waits; its price goes back to the account."""
    record = _find(call, kind)
    cancelled = sum(call.engine.cancel(call.engine.messages[i]) for i in record["_messages"])
    if not cancelled:
        raise bad_request("Nothing of this campaign waits to be sent: it cannot be cancelled.")
    return "Campaign has been cancelled.", _render(call, kind, record)


def _contact(message: Message) -> dict[str, Any]:
    return {
        "contact_id": message.fields.get("contact_id"),
        "first_name": None,
        "last_name": None,
        "phone_number": message.to,
    }


def _register(kind: Kind, prefix: str) -> None:
    handles(f"{prefix}_send")(lambda call: send(call, kind))
    handles(f"{prefix}_price")(lambda call: price(call, kind))
    handles(f"{prefix}_list")(lambda call: listing(call, kind))
    handles(f"{prefix}_get")(lambda call: get(call, kind))
    handles(f"{prefix}_update")(lambda call: update(call, kind))
    handles(f"{prefix}_cancel")(lambda call: cancel(call, kind))


_register(SMS, "campaigns_sms")
_register(MMS, "campaigns_mms")
_register(EMAIL, "campaigns_email")


@handles("campaigns_sms_link_statistics")
def campaigns_sms_link_statistics(call: Call) -> Result:
    """Opens of the campaign's links: none on the embedded ClickSend."""
    record = _find(call, SMS)
    links = {"opened": 0, "unopened": len(record["_messages"])}
    empty: list[dict[str, Any]] = []
    shown = {"links": links, "browser": empty, "country": empty, "device": empty, "os": empty}
    return "Here are your link statistics.", shown


def _tracking(call: Call, record: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "contact": _contact(call.engine.messages[i]),
            "open_count": 0,
            "date_opened": None,
            "user_browser": None,
            "user_device": None,
            "user_os": None,
            "user_geo_country": None,
            "user_geo_region": None,
        }
        for i in record["_messages"]
    ]


_TRACKING_FIELDS: Final = ("open_count", "date_opened")


@handles("campaigns_sms_link_tracking")
def campaigns_sms_link_tracking(call: Call) -> Result:
    """Per recipient, how often the campaign's link was opened (never, here)."""
    record = _find(call, SMS)
    page = call.page(_tracking(call, record), dict, _TRACKING_FIELDS, record[SMS.id_field])
    return "Here is your link tracking.", page


@handles("campaigns_sms_link_export")
def campaigns_sms_link_export(call: Call) -> Result:
    """The link tracking as a CSV file the server holds."""
    record = _find(call, SMS)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["contact_id", "phone_number", "open_count"])
    for row in _tracking(call, record):
        writer.writerow([row["contact"]["contact_id"], row["contact"]["phone_number"], 0])
    path = f"/files/{call.engine.new_id()}"
    call.store.files[path] = out.getvalue().encode()
    return "Download your file here.", {"url": f"{call.origin}{path}?filename=links.csv"}


def _history_row(kind: Kind, record: dict[str, Any], message: Message) -> dict[str, Any]:
    return {
        "email_campaign_id": record[kind.id_field],
        "message_id": message.message_id,
        "contact_id": message.fields.get("contact_id"),
        "from_name": record.get("from_name"),
        "from_address": message.fields.get("from_address"),
        "to_name": None,
        "to_address": message.to,
        "subject": record.get("subject"),
        "status": message.status,
        "processed_at": message.sent_at,
        "open_count": 0,
        "click_count": 0,
        "hard_bounce_count": 0,
        "soft_bounce_count": 0,
    }


def _email_history(call: Call) -> tuple[dict[str, Any], list[Message]]:
    record = _find(call, EMAIL)
    mine = [call.engine.messages[i] for i in record["_messages"]]
    return record, list(reversed(between(call, list(reversed(mine)))))


@handles("campaigns_email_history_list")
def campaigns_email_history_list(call: Call) -> Result:
    """The emails of a campaign, one per recipient."""
    record, messages = _email_history(call)
    rows = [_history_row(EMAIL, record, m) for m in messages]
    fields = tuple(rows[0]) if rows else ("message_id",)
    return "Here is your history.", call.page(rows, dict, fields, record[EMAIL.id_field])


@handles("campaigns_email_history_export")
def campaigns_email_history_export(call: Call) -> Result:
    """The emails of a campaign as a CSV file the server holds."""
    record, messages = _email_history(call)
    rows = [_history_row(EMAIL, record, m) for m in messages]
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]) if rows else ["message_id"])
    writer.writeheader()
    writer.writerows(rows)
    path = f"/files/{call.engine.new_id()}"
    call.store.files[path] = out.getvalue().encode()
    filename = call.first("filename") or "export.csv"
    return "Download your file here.", {"url": f"{call.origin}{path}?filename={filename}"}

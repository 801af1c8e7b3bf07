"""Email: send, price, history; allowed addresses and their verification; templates.

- `from.email_address_id` must name one of the account's allowed addresses
  (`email_addresses`, served by the generic CRUD store) that has been verified: 400 BAD_REQUEST
  otherwise. Verification: `email_addresses_send_verification` "sends" a code to the address
  (`EmbeddedClickSend.outbox`, kind "email_verification"); `email_addresses_verify` with that
  code marks it verified. A new address is unverified.
- Every recipient (to, cc, bcc) must look like an email address (400 BAD_REQUEST). One email
  is one message, priced per recipient; the test addresses cost nothing. It is "Delivered"
  DELIVERY_DELAY seconds after its schedule and its receipt (kind "email_receipts") is kept or
  called to the webhook.
- Master templates and their categories are a fixed catalog (MASTER_TEMPLATES); an email
  template is made from a master template (`template_id_master`, 404 when unknown) and starts
  with its body.
"""

from __future__ import annotations

import base64
import binascii
from decimal import Decimal
from typing import Any, Final

from .._messaging.engine import DELIVERED_CODE, NOBODY, RECEIPT_FIELDS, Message
from .._messaging.pricing import TEST_EMAILS, in_currency, unit_price
from .._protocol import bad_request, not_found
from .._store import Notification
from ._base import Call, Result, handles
from ._events import call_test_webhook
from ._sending import Draft, accept, between, currency, export, is_email, schedule_of, text
from .crud import find, on_create, records

#: Category id -> name.
CATEGORIES: Final[dict[int, str]] = {1: "Newsletters", 2: "Alerts/Notifications", 3: "Birthday"}
#: Master template id -> (name, category id, body).
MASTER_TEMPLATES: Final[dict[int, tuple[str, int, str]]] = {
    1: ("Minty", 1, "<html><body><h1>{{title}}</h1><p>{{body}}</p></body></html>"),
    11: ("Plain", 2, "<html><body><p>{{body}}</p></body></html>"),
    57: ("Basic 2", 3, "<html><body><h2>Happy birthday!</h2><p>{{body}}</p></body></html>"),
}
_ADDED: Final = 1445848821


def _master(template_id: int, *, body: bool = True) -> dict[str, Any]:
    name, category, html = MASTER_TEMPLATES[template_id]
    slug = name.lower().replace(" ", "")
    base = f"https://static.example.com/email-templates/{slug}"
    shown: dict[str, Any] = {
        "template_id_master": template_id,
        "template_name": name,
        "date_added": str(_ADDED),
        "category_id": category,
        "thumbnail": {"small": f"{base}/thumb-small.jpg", "large": f"{base}/thumb-large.jpg"},
    }
    if body:
        shown["body"] = html
    return shown


@handles("email_master_templates_list")
def email_master_templates_list(call: Call) -> Result:
    """Every master template (without bodies)."""
    return "List of Email Master Templates", [_master(i, body=False) for i in MASTER_TEMPLATES]


@handles("email_master_templates_get")
def email_master_templates_get(call: Call) -> Result:
    """One master template."""
    template_id = call.id_param("template_id")
    if template_id not in MASTER_TEMPLATES:
        raise not_found(f"No master template #{template_id}.")
    return "Here is your email template", _master(template_id, body=False)


@handles("email_master_templates_list_categories")
def email_master_templates_list_categories(call: Call) -> Result:
    """Every category of master templates."""
    shown = [{"category_id": i, "name": name} for i, name in CATEGORIES.items()]
    return "List of Email Categories", shown


def _category(call: Call) -> int:
    category_id = call.id_param("category_id")
    if category_id not in CATEGORIES:
        raise not_found(f"No category #{category_id}.")
    return category_id


@handles("email_master_templates_get_category")
def email_master_templates_get_category(call: Call) -> Result:
    """One category."""
    category_id = _category(call)
    return "List of Email Categories", {"category_id": category_id, "name": CATEGORIES[category_id]}


@handles("email_master_templates_list_by_category")
def email_master_templates_list_by_category(call: Call) -> Result:
    """The master templates of a category (with bodies)."""
    category_id = _category(call)
    shown = [_master(i) for i, (_, c, _) in MASTER_TEMPLATES.items() if c == category_id]
    return "List of Email Templates By Category", shown


@on_create("email_templates")
def _template(call: Call, record: dict[str, Any], sent: dict[str, Any]) -> None:
    master = record.get("template_id_master")
    if not isinstance(master, int) or master not in MASTER_TEMPLATES:
        raise bad_request(
            f"template_id_master {master} names no master template: see GET "
            "/email/master-templates.",
            {"template_id_master": ["Unknown master template."]},
        )
    record["body"] = MASTER_TEMPLATES[master][2]


@on_create("email_addresses")
def _address(call: Call, record: dict[str, Any], sent: dict[str, Any]) -> None:
    if not is_email(record.get("email_address")):
        raise bad_request(
            "email_address is not a valid email address.", {"email_address": ["Invalid."]}
        )
    record.update(verified=0, date_added=str(call.now))


@handles("email_addresses_send_verification")
def email_addresses_send_verification(call: Call) -> Result:
    """Email a verification code to an allowed address (to `outbox`)."""
    record = find(call, "email_addresses", "email_address_id")
    code = call.store.digits(6)
    record["_code"] = code
    call.outbox.append(
        Notification("email_verification", call.me.username, record["email_address"], code)
    )
    return "Verification email has been sent.", []


@handles("email_addresses_verify")
def email_addresses_verify(call: Call) -> Result:
    """Verify an allowed address with the code sent to it."""
    record = find(call, "email_addresses", "email_address_id")
    if record.get("_code") is None or call.params["activation_token"] != record["_code"]:
        raise bad_request("The activation token is invalid or was already used.")
    del record["_code"]
    record["verified"] = 1
    call.store.generation += 1
    return "Email address verified.", {k: v for k, v in record.items() if not k.startswith("_")}


def _recipients(value: object, name: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(r, dict) and is_email(r.get("email")) for r in value
    ):
        raise bad_request(f"{name} must be a list of {{email, name}} with valid emails.")
    return [{"email": r["email"], "name": r.get("name")} for r in value]


def sender_address(call: Call, address_id: object, name: str) -> tuple[int, str]:
    """The id and address of one of the account's verified allowed addresses.

    Raises:
        ApiError: 400 BAD_REQUEST when `address_id` names none (`name` says which field).
    """
    if isinstance(address_id, str) and address_id.isdigit():
        address_id = int(address_id)
    known = records(call, "email_addresses")
    address = known.get(address_id) if isinstance(address_id, int) else None
    if address is None or not address.get("verified") or not isinstance(address_id, int):
        raise bad_request(
            f"{name} must name one of your verified allowed addresses "
            "(POST /email/addresses, then verify it).",
            {name: ["Not a verified allowed address."]},
        )
    return address_id, str(address["email_address"])


def email_drafts(call: Call, values: dict[str, Any], list_id: int) -> list[Draft]:
    """One email per contact of a list with an email address (an email campaign)."""
    _, address = sender_address(call, values.get("from_email_address_id"), "from_email_address_id")
    schedule = schedule_of(values.get("schedule"), call.now)
    drafts = []
    for contact in call.me.lists[list_id].contacts.values():
        email = contact.fields.get("email")
        if not email:
            continue
        free = email.lower() in TEST_EMAILS
        price = (
            Decimal(0)
            if free
            else in_currency(unit_price("email", call.me.country), call.me.currency)
        )
        shown = {
            "status": "SUCCESS",
            "contact_id": contact.contact_id,
            "from_address": address,
            "custom_string": text(values.get("custom_string")),
        }
        drafts.append(Draft(email, shown, "SUCCESS", 1, price, schedule))
    return drafts


def _draft(call: Call) -> Draft:
    body = call.body()
    to = _recipients(body.get("to"), "to")
    if not to:
        raise bad_request("to needs at least one recipient.", {"to": ["Required."]})
    cc, bcc = _recipients(body.get("cc"), "cc"), _recipients(body.get("bcc"), "bcc")
    sender = body.get("from")
    address_id = sender_address(
        call,
        sender.get("email_address_id") if isinstance(sender, dict) else None,
        "from.email_address_id",
    )[0]
    html = text(body.get("body"))
    if not html:
        raise bad_request("body is required.", {"body": ["Required."]})
    everyone = [r["email"].lower() for r in (*to, *cc, *bcc)]
    paid = sum(1 for email in everyone if email not in TEST_EMAILS)
    price = in_currency(unit_price("email", call.me.country) * paid, call.me.currency)
    schedule = schedule_of(body.get("schedule"), call.now)
    shown = {
        "message_id": None,
        "status": "SUCCESS",
        "status_text": "Accepted for delivery",
        "user_id": call.me.user_id,
        "subaccount_id": call.me.subaccount_id,
        "from_email_address_id": address_id,
        "from_name": sender.get("name") if isinstance(sender, dict) else None,
        "to": to,
        "cc": cc,
        "bcc": bcc,
        "subject": text(body.get("subject")),
        "body": html,
        "body_plain_text": html,
        "schedule": schedule,
        "date_added": call.now,
        "soft_bounce_count": 0,
        "hard_bounce_count": 0,
        "price": f"{price:.4f}",
        "custom_string": None,
        "_attachments": [],
        "_currency": currency(call.me),
    }
    return Draft(to[0]["email"], shown, "SUCCESS", len(everyone), price, schedule)


@handles("email_send")
def email_send(call: Call) -> Result:
    """Send one email: checked, priced per recipient and charged."""
    draft = _draft(call)
    accept(call, "email", [draft], send=True)
    return "Email queued for delivery.", draft.fields


@handles("email_price")
def email_price(call: Call) -> Result:
    """What `email_send` would charge; nothing is sent or spent."""
    f = _draft(call).fields
    shown = {
        "price": f["price"],
        "to_array": f["to"],
        "cc_array": f["cc"],
        "bcc_array": f["bcc"],
        "subject": f["subject"],
        "body": f["body"],
        "_currency": f["_currency"],
    }
    return "Here is the price.", shown


def render_history(message: Message) -> dict[str, Any]:
    """An email as `GET /email/history` shows it."""
    shown = dict(message.fields)
    shown["message_id"] = message.message_id
    shown["status"] = {"Delivered": "Delivered", "Cancelled": "Cancelled"}.get(
        message.status, "Queued"
    )
    shown["price"] = f"{message.price:.4f}"
    return shown


_SAMPLE = {"to": [], "price": "0"}
_FIELDS = tuple(render_history(Message("email", "", NOBODY, "", _SAMPLE, 0, Decimal(0), 0, 0)))


@handles("email_history_list")
def email_history_list(call: Call) -> Result:
    """The account's emails, newest first, within `date_from`/`date_to`."""
    messages = between(call, call.engine.sent(call.me, "email"))
    bounds = (call.first("date_from"), call.first("date_to"))
    return "Here are your data.", call.page(messages, render_history, _FIELDS, *bounds)


@handles("email_history_export")
def email_history_export(call: Call) -> Result:
    """The same emails as a CSV file the server holds."""
    messages = between(call, call.engine.sent(call.me, "email"))
    return "Download your file here.", export(call, messages, render_history)


def _receipt(message: Message) -> dict[str, Any]:
    return {
        "message_id": message.message_id,
        "timestamp": str(message.delivered_at),
        "timestamp_send": str(message.sent_at),
        "status_code": DELIVERED_CODE,
        "status_text": "Delivered",
        "custom_string": message.custom_string,
        "subaccount_id": message.account.subaccount_id,
        "message_type": "email",
    }


RECEIPT_FIELDS["email"] = _receipt


def _test_receipt(call: Call) -> dict[str, Any]:
    return {
        "message_id": call.engine.new_id(),
        "email": "test1@test.com",
        "status": "Delivered",
        "timestamp": str(call.now),
        "subaccount_id": call.me.subaccount_id,
    }


@handles("email_receipts_test")
def email_receipts_test(call: Call) -> Result:
    """Call `url` once with a test email receipt."""
    return call_test_webhook(call, "email_receipts", _test_receipt)


@handles("email_templates_upload_image")
def email_templates_upload_image(call: Call) -> Result:
    """Keep an image for a template (base64 `image`, or a `url` kept as given); answer its URL."""
    find(call, "email_templates", "template_id")
    body = call.body()
    image, url = body.get("image"), body.get("url")
    if isinstance(image, str) and image.strip():
        try:
            data = base64.b64decode(image, validate=True)
        except (binascii.Error, ValueError):
            raise bad_request("image must be base64.", {"image": ["Invalid base64."]}) from None
        path = f"/files/{call.engine.new_id()}.png"
        call.store.files[path] = data
        return "Image has been uploaded.", f"{call.origin}{path}"
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return "Image has been uploaded.", url
    raise bad_request("Give image (base64) or url (http or https).", {"image": ["Required."]})

"""Which kind of event a payload is, and `parse`, the one entry point for any kind.

ClickSend names no event kind in its calls. A delivery receipt has a status (`status_code`,
`status_text`, `status`, `error_code` or `error_text`) and usually a `message_type` ("sms",
"mms", "voice", "fax", "email"; sometimes spelled `_message_type`); an inbound message has a
sender (`from`) and no status. A receipt without `message_type` is an SMS receipt (ClickSend's
test receipt, `POST /sms/receipts`, sends none). When a route only ever receives one kind, say
so with `kind=` and nothing is guessed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar, overload

from ._errors import WebhookParseError
from ._events import (
    EmailReceipt,
    FaxReceipt,
    InboundFax,
    InboundSms,
    MmsReceipt,
    SmsReceipt,
    VoiceReceipt,
    WebhookEvent,
)

__all__ = ["EVENT_KINDS", "parse", "resolve_kind"]

E = TypeVar("E", bound=WebhookEvent)

#: Every kind of event, by its name (`kind="sms_receipt"`).
EVENT_KINDS: Mapping[str, type[WebhookEvent]] = {
    cls.KIND: cls
    for cls in (
        SmsReceipt,
        MmsReceipt,
        VoiceReceipt,
        FaxReceipt,
        EmailReceipt,
        InboundSms,
        InboundFax,
    )
}
_RECEIPTS: Mapping[str, type[WebhookEvent]] = {
    "sms": SmsReceipt,
    "mms": MmsReceipt,
    "voice": VoiceReceipt,
    "fax": FaxReceipt,
    "email": EmailReceipt,
}
_INBOUND: Mapping[str, type[WebhookEvent]] = {"sms": InboundSms, "fax": InboundFax}
#: Fields only receipts have: an inbound message has no status.
_RECEIPT_SIGNS = frozenset(("status_code", "status_text", "status", "error_code", "error_text"))


def resolve_kind(kind: str | type[WebhookEvent] | None) -> type[WebhookEvent] | None:
    """The event class `kind` names (a class, or its `KIND` name); None for "decide per call".

    Raises:
        ValueError: `kind` names no kind of event.
    """
    if kind is None:
        return None
    if isinstance(kind, type) and issubclass(kind, WebhookEvent) and kind.KIND in EVENT_KINDS:
        return kind
    if isinstance(kind, str) and kind in EVENT_KINDS:
        return EVENT_KINDS[kind]
    names = ", ".join(sorted(EVENT_KINDS))
    raise ValueError(f"kind must be one of {names} (or its event class), got {kind!r}")


def _kind_of(fields: Mapping[str, object]) -> type[WebhookEvent]:
    sent = fields.get("message_type")
    if sent is None:
        sent = fields.get("_message_type")
    message_type = sent.strip().lower() or None if isinstance(sent, str) else None
    if not _RECEIPT_SIGNS.isdisjoint(fields.keys()):
        found = _RECEIPTS.get(message_type or "sms")
        if found is None:
            raise WebhookParseError(
                f"message_type {sent!r} is no kind of receipt this SDK reads "
                f"({', '.join(_RECEIPTS)}); if this route receives one kind only, give it kind=",
                field="message_type",
            )
        return found
    if "from" in fields:
        found = _INBOUND.get(message_type or "sms")
        if found is None:
            raise WebhookParseError(
                f"message_type {sent!r} is no kind of inbound message this SDK reads "
                f"({', '.join(_INBOUND)}); if this route receives one kind only, give it kind=",
                field="message_type",
            )
        return found
    raise WebhookParseError(
        "cannot tell what kind of event this is: it has no status_code (a receipt) and no "
        "from (an inbound message); if this route receives one kind only, give it kind="
    )


@overload
def parse(fields: Mapping[str, object], *, kind: type[E]) -> E: ...
@overload
def parse(fields: Mapping[str, object], *, kind: str | None = None) -> WebhookEvent: ...
def parse(
    fields: Mapping[str, object], *, kind: str | type[WebhookEvent] | None = None
) -> WebhookEvent:
    """Read one webhook call of ClickSend into its typed event.

    Args:
        fields: The decoded form, query parameters or JSON object: values as strings (form,
            query) or JSON values; both spellings of a value give the same event.
        kind: The kind of event this is (`SmsReceipt` or `"sms_receipt"`, ...), when the route
            knows it; by default it is told from the fields (see the module's docstring).

    Returns:
        A `SmsReceipt`, `MmsReceipt`, `VoiceReceipt`, `FaxReceipt`, `EmailReceipt`,
        `InboundSms` or `InboundFax`.

    Raises:
        WebhookParseError: The fields are not an event, or one of them has the wrong shape
            (the error's `field` names it).
        ValueError: `kind` names no kind of event.
    """
    cls = resolve_kind(kind)
    if type(fields) is not dict and not isinstance(fields, Mapping):  # dict: the fast way
        raise WebhookParseError(
            "a webhook payload must be an object of fields (a form, a query or a JSON object), "
            f"got {type(fields).__name__}"
        )
    return (cls or _kind_of(fields)).parse(fields)

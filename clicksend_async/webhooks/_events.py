"""The typed events: one frozen attrs class per kind of call ClickSend makes to a webhook.

Each field says, in its metadata, the name ClickSend sends it under and the reader that gives
it its one Python type (`_readers`); `WebhookEvent.parse` reads any class from that table, so a
field is declared once. Whatever ClickSend sends beyond the table is kept in `extra`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import ClassVar, Self

import attrs

from . import _readers
from ._errors import WebhookParseError
from ._readers import Reader

__all__ = [
    "EmailReceipt",
    "FaxReceipt",
    "InboundFax",
    "InboundSms",
    "MmsReceipt",
    "Receipt",
    "SmsReceipt",
    "VoiceReceipt",
    "WebhookEvent",
]

_WIRE = "clicksend_async.webhooks.wire"
_ABSENT = object()
_READ = "clicksend_async.webhooks.read"


def _wire(*names: str, read: Reader) -> dict[str, object]:
    """Field metadata: the names ClickSend sends the field under (first found wins), its reader."""
    return {_WIRE: names, _READ: read}


def _readonly(fields: Mapping[str, str | None]) -> Mapping[str, str | None]:
    return MappingProxyType(dict(fields))


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """What ClickSend posted to a webhook: the base of every event kind.

    Compare events, or keep their `event_id`, to recognise a redelivery: ClickSend calls again
    when an answer was not 200 (or never came), with the same fields.

    Attributes:
        message_id: ClickSend's id of the message (a UUID string).
        extra: The fields this SDK does not know, by the name they were sent under: their text
            as sent in a form or query, or the JSON text of a JSON value (None for JSON null).
    """

    #: The name of this kind of event, as `parse(..., kind=...)` takes it.
    KIND: ClassVar[str] = ""

    message_id: str = attrs.field(metadata=_wire("message_id", read=_readers.required_text))
    extra: Mapping[str, str | None] = attrs.field(factory=dict, converter=_readonly, hash=False)

    @property
    def event_id(self) -> str:
        """A stable id of this event: the same for every redelivery of it (see subclasses)."""
        raise NotImplementedError

    @classmethod
    def parse(cls, fields: Mapping[str, object]) -> Self:
        """Read this kind of event from the decoded form, query or JSON object.

        Args:
            fields: The fields as ClickSend sent them: strings (form or query) or JSON values.

        Returns:
            The event, every known field in its Python type, the others in `extra`.

        Raises:
            WebhookParseError: A required field is missing, or a value has the wrong shape
                (the error names the field).
        """
        if not cls.KIND:
            raise TypeError(f"{cls.__name__} is abstract: parse with one of its subclasses")
        if type(fields) is not dict and not isinstance(fields, Mapping):  # dict: the fast way
            raise WebhookParseError(
                "a webhook payload must be an object of fields (a form, a query or a JSON "
                f"object), got {type(fields).__name__}"
            )
        table, known = _table(cls)
        values: dict[str, object] = {}
        for name, wire, aliases, read in table:
            value = fields.get(wire, _ABSENT)
            if value is _ABSENT:
                value = next((fields[a] for a in aliases if a in fields), None)
            values[name] = read(wire, value)
        unknown: dict[str, str | None] = {}
        for key in fields.keys() - known:  # a set operation: most calls have no unknown field
            if not isinstance(key, str):
                raise WebhookParseError(f"field names must be strings, got {key!r}")
            unknown[key] = _readers.unknown(key, fields[key])
        # The readers gave each value its field's type; mypy cannot follow the table.
        return cls(**values, extra=unknown)  # type: ignore[arg-type]


_Table = tuple[tuple[tuple[str, str, tuple[str, ...], Reader], ...], frozenset[str]]
_TABLES: dict[type[WebhookEvent], _Table] = {}


def _table(cls: type[WebhookEvent]) -> _Table:
    """An event class's rows and every name its fields are sent under.

    A row is (attribute, name as sent, other names it may be sent under, reader).
    """
    found = _TABLES.get(cls)
    if found is None:
        rows = tuple(
            (field.name, field.metadata[_WIRE][0], field.metadata[_WIRE][1:], field.metadata[_READ])
            for field in attrs.fields(cls)
            if _WIRE in field.metadata
        )
        names = frozenset(name for _, wire, aliases, _ in rows for name in (wire, *aliases))
        found = _TABLES[cls] = rows, names
    return found


@attrs.frozen(kw_only=True)
class Receipt(WebhookEvent):
    """A delivery receipt: what became of a message sent earlier (the base of every receipt).

    Attributes:
        status_code: ClickSend's delivery status: an int when it is a number (201: received on
            the handset), else the word as sent (ClickSend's fax and MMS receipts show words
            such as "Completed").
        status_text: The status in words ("Success: Message received on handset.").
        status: The message's state in one word ("Delivered", "WaitApproval"), when sent.
        error_code: The carrier's error code, when there was one: an int, or the word as sent.
        error_text: The error in words.
        timestamp: When the status was reached (Unix seconds).
        timestamp_send: When the message was sent (Unix seconds).
        custom_string: The reference given when sending.
        subaccount_id: The subaccount that sent the message.
        message_type: The kind of message as ClickSend named it ("sms", "voice", ...), when it
            did (it sends it as `message_type` or `_message_type`).
    """

    status_code: int | str | None = attrs.field(
        default=None, metadata=_wire("status_code", read=_readers.code)
    )
    status_text: str | None = attrs.field(
        default=None, metadata=_wire("status_text", read=_readers.text)
    )
    status: str | None = attrs.field(default=None, metadata=_wire("status", read=_readers.text))
    error_code: int | str | None = attrs.field(
        default=None, metadata=_wire("error_code", read=_readers.code)
    )
    error_text: str | None = attrs.field(
        default=None, metadata=_wire("error_text", read=_readers.text)
    )
    timestamp: int | None = attrs.field(
        default=None, metadata=_wire("timestamp", read=_readers.whole)
    )
    timestamp_send: int | None = attrs.field(
        default=None, metadata=_wire("timestamp_send", read=_readers.whole)
    )
    custom_string: str | None = attrs.field(
        default=None, metadata=_wire("custom_string", read=_readers.text)
    )
    subaccount_id: int | None = attrs.field(
        default=None, metadata=_wire("subaccount_id", read=_readers.whole)
    )
    message_type: str | None = attrs.field(
        default=None, metadata=_wire("message_type", "_message_type", read=_readers.text)
    )

    @property
    def event_id(self) -> str:
        """`<kind>:<message_id>:<status_code>:<timestamp>`: `sms_receipt:31BC...:201:1442381791`.

        One message has several receipts over its life (each status); a redelivery of one of
        them carries the same status and time, so it has the same id.
        """
        return f"{self.KIND}:{self.message_id}:{_part(self.status_code)}:{_part(self.timestamp)}"


def _part(value: object) -> str:
    return "" if value is None else str(value)


@attrs.frozen(kw_only=True)
class SmsReceipt(Receipt):
    """The delivery receipt of an SMS (the fields of `Receipt`).

    Attributes:
        digits: Keypad input, when ClickSend sends any (its SMS receipt model has the field).
    """

    KIND: ClassVar[str] = "sms_receipt"

    digits: str | None = attrs.field(default=None, metadata=_wire("digits", read=_readers.keys))


@attrs.frozen(kw_only=True)
class MmsReceipt(Receipt):
    """The delivery receipt of an MMS (the fields of `Receipt`)."""

    KIND: ClassVar[str] = "mms_receipt"


@attrs.frozen(kw_only=True)
class VoiceReceipt(Receipt):
    """The delivery receipt of a voice call (the fields of `Receipt`).

    Attributes:
        digits: The keys the person called pressed, as a string ("2", "105#"), or None.
    """

    KIND: ClassVar[str] = "voice_receipt"

    digits: str | None = attrs.field(default=None, metadata=_wire("digits", read=_readers.keys))


@attrs.frozen(kw_only=True)
class FaxReceipt(Receipt):
    """The delivery receipt of a fax (the fields of `Receipt`, and what a fax receipt adds).

    Attributes:
        from_: The sending fax number (sent as `from`).
        to: The receiving fax number.
        message_price: What the fax cost, when sent.
    """

    KIND: ClassVar[str] = "fax_receipt"

    from_: str | None = attrs.field(default=None, metadata=_wire("from", read=_readers.text))
    to: str | None = attrs.field(default=None, metadata=_wire("to", read=_readers.text))
    message_price: Decimal | None = attrs.field(
        default=None, metadata=_wire("message_price", read=_readers.money)
    )


@attrs.frozen(kw_only=True)
class EmailReceipt(Receipt):
    """The delivery receipt of an email (the fields of `Receipt`)."""

    KIND: ClassVar[str] = "email_receipt"


@attrs.frozen(kw_only=True)
class InboundSms(WebhookEvent):
    """An SMS sent to one of your numbers: a reply, or a new message.

    Attributes:
        from_: The sender's number (sent as `from`).
        to: Your number it was sent to.
        body: The text of the message ("" when empty).
        timestamp: When it arrived (Unix seconds).
        original_message_id: The id of your message it answers, when it is a reply.
        original_body: The text of your message it answers.
        custom_string: The reference of your message it answers.
        keyword: The first word of the body (sent as `_keyword`; deprecated by ClickSend).
        timestamp_send: Sent instead of `timestamp` by some of ClickSend's test calls.
    """

    KIND: ClassVar[str] = "inbound_sms"

    from_: str = attrs.field(metadata=_wire("from", read=_readers.required_text))
    to: str | None = attrs.field(default=None, metadata=_wire("to", read=_readers.text))
    body: str = attrs.field(default="", metadata=_wire("body", read=_readers.body_text))
    timestamp: int | None = attrs.field(
        default=None, metadata=_wire("timestamp", read=_readers.whole)
    )
    original_message_id: str | None = attrs.field(
        default=None, metadata=_wire("original_message_id", read=_readers.text)
    )
    original_body: str | None = attrs.field(
        default=None, metadata=_wire("original_body", read=_readers.text)
    )
    custom_string: str | None = attrs.field(
        default=None, metadata=_wire("custom_string", read=_readers.text)
    )
    keyword: str | None = attrs.field(default=None, metadata=_wire("_keyword", read=_readers.text))
    timestamp_send: int | None = attrs.field(
        default=None, metadata=_wire("timestamp_send", read=_readers.whole)
    )

    @property
    def event_id(self) -> str:
        """`inbound_sms:<message_id>:<timestamp>`: the same for every redelivery."""
        return f"{self.KIND}:{self.message_id}:{_part(self.timestamp)}"


@attrs.frozen(kw_only=True)
class InboundFax(WebhookEvent):
    """A fax sent to one of your fax numbers.

    ClickSend documents no field of this call; these are the ones every inbound message has.
    The rest (such as the link to the document) is kept in `extra` as sent.

    Attributes:
        from_: The sender's fax number (sent as `from`).
        to: Your fax number it was sent to.
        timestamp: When it arrived (Unix seconds).
        custom_string: The reference of your fax it answers, if any.
    """

    KIND: ClassVar[str] = "inbound_fax"

    from_: str = attrs.field(metadata=_wire("from", read=_readers.required_text))
    to: str | None = attrs.field(default=None, metadata=_wire("to", read=_readers.text))
    timestamp: int | None = attrs.field(
        default=None, metadata=_wire("timestamp", read=_readers.whole)
    )
    custom_string: str | None = attrs.field(
        default=None, metadata=_wire("custom_string", read=_readers.text)
    )

    @property
    def event_id(self) -> str:
        """`inbound_fax:<message_id>:<timestamp>`: the same for every redelivery."""
        return f"{self.KIND}:{self.message_id}:{_part(self.timestamp)}"

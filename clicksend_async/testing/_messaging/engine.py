"""The messaging engine: messages sent, their delivery on a clock, receipts and inbound replies.

One `Engine` per `EmbeddedClickSend`, shared by every channel (sms, mms, voice, fax, letter,
postcard, email); the channel modules of `_handlers` check and price what is sent, the engine
keeps it and makes it move. No I/O here: webhook calls are queued to the `Deliverer`.

A message's life, on the embedded ClickSend's clock (`EmbeddedClickSend.advance` moves it):

- Accepted at `date`. A `schedule` later than now makes it "Scheduled" until then; it can be
  cancelled (status "Cancelled", its price given back to the account) until it goes out.
- It goes out ("Sent") at its schedule, or at once.
- DELIVERY_DELAY seconds later it is "Delivered" and a delivery receipt is made (status code
  "201", "Success: Message received on handset."). With a webhook registered for the channel's
  receipts (`EmbeddedClickSend.set_webhook`) the receipt is called to it; without one it is kept
  for polling (`GET /sms/receipts` and the like) until marked read.

Inbound messages (`EmbeddedClickSend.receive_sms` and the like) are a reply to the last message
sent to their sender: they carry its id, body and custom string. They go to the channel's
inbound webhook, or are kept for polling.
"""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final

from .._protocol import ApiError
from .._store import Account, Store
from .webhooks import Deliverer, Webhook

#: Seconds from "Sent" to "Delivered" (and its receipt).
DELIVERY_DELAY: Final = 2
#: Every kind of event a webhook can be set for.
WEBHOOK_KINDS: Final = (
    "sms_receipts",
    "sms_inbound",
    "mms_receipts",
    "voice_receipts",
    "fax_receipts",
    "fax_inbound",
    "email_receipts",
)
#: Delivered: the receipt's status code and text (ClickSend's own).
DELIVERED_CODE: Final = "201"
DELIVERED_TEXT: Final = "Success: Message received on handset."


#: An account that owns nothing: to render a sample record (and learn its fields).
NOBODY: Final = Account(0, 0, "", "", None, "", None, "", "", None, "AU", Decimal(0))

#: Channel -> the fields of its delivery receipt; each channel module registers its own.
RECEIPT_FIELDS: dict[str, Callable[[Message], dict[str, Any]]] = {}


@dataclass(slots=True, eq=False)
class Message:
    """One message sent (or scheduled), of any channel.

    Attributes:
        channel: "sms", "mms", "voice", "fax", "letter", "postcard" or "email".
        message_id: Its id, an upper-case UUID.
        account: Who sent it.
        to: The recipient: a number, an email address or a postal name.
        fields: What its channel shows of it (as sent, plus what the channel worked out).
        units: Parts, pages or recipients, as its channel counts them.
        price: What it cost, in the account's currency (0 for a test recipient).
        date: When it was accepted, Unix seconds.
        schedule: When it goes out.
        status: "Scheduled", "Sent", "Delivered" or "Cancelled".
        sent_at: When it went out.
        delivered_at: When it was delivered.
    """

    channel: str
    message_id: str
    account: Account
    to: str
    fields: dict[str, Any]
    units: int
    price: Decimal
    date: int
    schedule: int
    status: str = "Scheduled"
    sent_at: int | None = None
    delivered_at: int | None = None

    @property
    def custom_string(self) -> str | None:
        """The sender's own reference, if any."""
        value = self.fields.get("custom_string")
        return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class Rule:
    """An enabled automation rule whose action calls a URL.

    Attributes:
        webhook: Where and how it calls.
        number: For inbound rules, the dedicated number it watches ("*" for all).
        search_type: For inbound SMS rules: 0 any message, 1 starts with, 2 contains, 3 does
            not contain `search_term` (ignoring case).
        search_term: What the body is searched for.
    """

    webhook: Webhook
    number: str = "*"
    search_type: int = 0
    search_term: str = ""

    def matches(self, fields: dict[str, Any]) -> bool:
        """Whether an event (a receipt, an inbound message) is this rule's."""
        to = fields.get("to")
        if self.number != "*" and isinstance(to, str) and to.lstrip("+") != self.number.lstrip("+"):
            return False
        body = str(fields.get("body") or "").casefold()
        term = self.search_term.casefold()
        if self.search_type == 1:
            return body.startswith(term)
        if self.search_type == 2:
            return term in body
        if self.search_type == 3:
            return term not in body
        return True


@dataclass(slots=True, eq=False)
class Kept:
    """A receipt or inbound message kept for polling.

    Attributes:
        fields: It, as the API shows it.
        at: When it was made, Unix seconds.
        message_id: The id it is found by.
        read: Whether it was marked read (read ones are no longer listed).
    """

    fields: dict[str, Any]
    at: int
    message_id: str
    read: bool = False


@dataclass(slots=True)
class Mailbox:
    """What one account keeps for polling, per kind ("sms_receipts", "sms_inbound", ...)."""

    kept: dict[str, list[Kept]] = field(default_factory=dict)

    def of(self, kind: str) -> list[Kept]:
        """The records of a kind, oldest first."""
        return self.kept.setdefault(kind, [])


def insufficient_credit() -> ApiError:
    """403 INSUFFICIENT_CREDIT: the whole request is refused."""
    return ApiError(
        403,
        "INSUFFICIENT_CREDIT",
        "You have insufficient credit to send this message: recharge your account.",
    )


class Engine:
    """Messages, receipts, inbound messages and webhooks of every account.

    Args:
        store: The embedded ClickSend's state (its seeded generator makes the ids).
        deliverer: Makes the webhook calls.
    """

    def __init__(self, store: Store, deliverer: Deliverer) -> None:
        self._store = store
        self._deliverer = deliverer
        self.messages: dict[str, Message] = {}
        self.webhooks: dict[tuple[str, str], Webhook] = {}
        #: Every inbound message received: (username, channel, when).
        self.received: list[tuple[str, str, int]] = []
        #: (username, kind) -> the enabled URL automation rules, in the order they were made.
        self.rules: dict[tuple[str, str], list[Rule]] = {}
        self.mailboxes: dict[str, Mailbox] = {}
        # (when, order, message): what moves next; cancelled messages are skipped when due.
        self._agenda: list[tuple[int, int, Message]] = []
        self._sequence = 0

    # ----------------------------------------------------------------------------- records

    def new_id(self) -> str:
        """A new message id: an upper-case UUID (version 4) from the seeded generator."""
        return str(uuid.UUID(int=self._store.rng.getrandbits(128), version=4)).upper()

    def mailbox(self, account: Account) -> Mailbox:
        """What an account keeps for polling."""
        return self.mailboxes.setdefault(account.username, Mailbox())

    def sent(self, account: Account, *channels: str) -> list[Message]:
        """An account's messages of some channels, oldest first."""
        return [m for m in self.messages.values() if m.account is account and m.channel in channels]

    @staticmethod
    def charge(account: Account, total: Decimal) -> None:
        """Spend `total` of an account's credit, or refuse the whole request.

        Raises:
            ApiError: 403 INSUFFICIENT_CREDIT when the balance is below `total`, or is not
                positive (the `nocredit` test account), whatever the price.
        """
        if account.balance <= 0 or account.balance < total:
            raise insufficient_credit()
        account.balance -= total

    def add(self, message: Message, now: int) -> None:
        """Keep a message accepted (and charged): it goes out at its schedule."""
        message.status = "Scheduled" if message.schedule > now else "Sent"
        if message.status == "Sent":
            message.sent_at = now
        self.messages[message.message_id] = message
        self._wake(message)
        self._store.generation += 1

    def cancel(self, message: Message) -> bool:
        """Cancel a scheduled message and give its price back; False if it is not scheduled."""
        if message.status != "Scheduled":
            return False
        message.status = "Cancelled"
        message.account.balance += message.price
        self._store.generation += 1
        return True

    # ---------------------------------------------------------------------------- the clock

    def _wake(self, message: Message) -> None:
        """Note when a message moves next (a request's tick then costs only what is due)."""
        if message.status == "Scheduled":
            due = message.schedule
        elif message.status == "Sent" and message.sent_at is not None:
            due = message.sent_at + DELIVERY_DELAY
        else:
            return
        self._sequence += 1
        heapq.heappush(self._agenda, (due, self._sequence, message))

    def tick(self, now: int) -> None:
        """Make every message move as far as `now` allows, in the order things happen."""
        agenda = self._agenda
        while agenda and agenda[0][0] <= now:
            _, _, message = heapq.heappop(agenda)
            if message.status == "Scheduled":
                message.status = "Sent"
                message.sent_at = message.schedule
                self._wake(message)
            elif message.status == "Sent" and message.sent_at is not None:
                message.status = "Delivered"
                message.delivered_at = message.sent_at + DELIVERY_DELAY
                self._receipt(message)
            self._store.generation += 1

    def _receipt(self, message: Message) -> None:
        make = RECEIPT_FIELDS.get(message.channel)
        if make is None:
            return
        fields = make(message)
        kind = ("sms" if message.channel == "sms" else message.channel) + "_receipts"
        assert message.delivered_at is not None  # noqa: S101 (set just before)
        self.emit(message.account, kind, fields, message.delivered_at, message.message_id)

    # --------------------------------------------------------------------- events and hooks

    def emit(
        self, account: Account, kind: str, fields: dict[str, Any], at: int, message_id: str
    ) -> None:
        """Call an event to the account's webhook for `kind`, or keep it for polling.

        The first enabled URL automation rule that matches the event decides; without one, the
        webhook of `EmbeddedClickSend.set_webhook`; without that, the event is kept.
        """
        key = (account.username, kind)
        rule = next((r for r in self.rules.get(key, ()) if r.matches(fields)), None)
        webhook = rule.webhook if rule is not None else self.webhooks.get(key)
        if webhook is None:
            self.mailbox(account).of(kind).append(Kept(fields, at, message_id))
            self._store.generation += 1
        else:
            self._deliverer.send(kind, webhook, fields)

    def start_webhooks(self) -> None:
        """Start the webhook thread (it also makes a running clock's receipts come)."""
        self._deliverer.start()

    def call(self, kind: str, webhook: Webhook, fields: dict[str, Any]) -> None:
        """Call a webhook once (the test-webhook operations)."""
        self._deliverer.send(kind, webhook, fields)

    def mark_read(self, account: Account, kind: str, *, before: int | None = None) -> int:
        """Mark read what an account keeps of `kind` (made before `before`, if given)."""
        count = 0
        for kept in self.mailbox(account).of(kind):
            if not kept.read and (before is None or kept.at < before):
                kept.read = True
                count += 1
        self._store.generation += 1
        return count

    def unread(self, account: Account, kind: str) -> list[Kept]:
        """What an account keeps of `kind` and has not marked read, oldest first."""
        return [kept for kept in self.mailbox(account).of(kind) if not kept.read]

    def last_sent_to(self, account: Account | None, number: str) -> Message | None:
        """The last message sent to `number` (by `account`, if given)."""
        for message in reversed(self.messages.values()):
            if message.to == number and account in (None, message.account):
                return message
        return None

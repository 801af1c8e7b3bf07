"""`cs.sms.send_many` and `cs.mms.send_many`: any number of messages, none lost, none sent twice.

The generated `SmsResource`/`MmsResource` send one request of up to 1,000 messages. These
subclasses (named in openapi.yaml's `x-sdk-resources`) add `send_many`, written once in
`_send_many.run`: it checks each message, batches, sends batches concurrently through the
client's one pipeline (its rate limit and 429 retries), and reconciles a batch whose answer was
lost through the message history before resending anything. This module holds what the caller
sees: `SendOutcome`, one per message, and `SendManyResult`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from typing import Literal

import attrs

from ._bulk import ProgressCallback
from ._generated.models import MmsMessage, SmsMessage
from ._generated.resources.mms import _MMS_SEND, MmsResource
from ._generated.resources.sms import _SMS_SEND, SmsResource
from ._operation import Rules
from ._parts import sms_parts

__all__ = [
    "DEFAULT_RECONCILE_DELAY",
    "DEFAULT_SEND_CONCURRENCY",
    "MAX_BATCH_SIZE",
    "OutcomeCallback",
    "SendManyResult",
    "SendOutcome",
    "SendState",
]

#: Batches in flight at once (the client's `requests_per_second` still applies).
DEFAULT_SEND_CONCURRENCY = 4


def _most_messages() -> int:
    """The messages ClickSend takes in one send request: maxItems in openapi.yaml."""
    most = {_SMS_SEND.args["messages"].max_items, _MMS_SEND.args["messages"].max_items}
    if len(most) != 1 or None in most:
        raise TypeError("openapi.yaml must give SMS and MMS sends one maxItems of messages")
    return int(most.pop() or 0)


#: Messages ClickSend takes in one request (the contacts of a `list_id` counting), from
#: openapi.yaml: 1,000.
MAX_BATCH_SIZE = _most_messages()
#: Seconds to wait, after a first look-up of a lost batch finds it incomplete, before looking
#: again and deciding: the time ClickSend's history is trusted to show a queued message in.
DEFAULT_RECONCILE_DELAY = 5.0

SendState = Literal["queued", "refused", "not_sent", "unknown"]
STATES: tuple[SendState, ...] = ("queued", "refused", "not_sent", "unknown")


@attrs.frozen(slots=True)
class SendOutcome:
    """What became of one message of `send_many`.

    Attributes:
        index: The message's position in the input.
        message: The message as given (without the marker the SDK may have added).
        state: "queued": ClickSend took it (`message_id`, `parts`, `price`). "refused":
            ClickSend refused this message (`status` says why; it cost nothing). "not_sent":
            it was never sent (`error`: bad input found before sending, or ClickSend refused
            the whole request, e.g. INSUFFICIENT_CREDIT). "unknown": the SDK cannot tell
            whether ClickSend took it and did not resend it (`error` says why); look it up by
            `custom_string` before sending it again.
        custom_string: The marker it was sent with: the caller's own `custom_string`, else
            one the SDK made (unique in the run); it comes back in the history and receipts.
        message_id: ClickSend's id of the queued message (the first, for a `list_id`).
        message_ids: Every id queued for it (one per contact for a `list_id`).
        parts: Parts ClickSend billed (message credits), when queued.
        price: Its price in the account's currency, when queued.
        status: ClickSend's per-message status: SUCCESS or the refusal's code (from the send's
            answer), or the history's status when the answer was lost (Queued, Sent, ...).
        estimated_parts: Parts counted before sending (`sms_parts`; None for MMS).
        sends: Send requests that carried it: 1, or 2+ when ClickSend was shown never to
            have received an earlier one.
        error: Why it is "not_sent" or "unknown" (or a note on a queued one); None otherwise.
    """

    index: int
    message: object
    state: SendState
    custom_string: str | None = None
    message_id: str | None = None
    message_ids: tuple[str, ...] = ()
    parts: int | None = None
    price: Decimal | None = None
    status: str | None = None
    estimated_parts: int | None = None
    sends: int = 0
    error: str | None = None


#: `on_outcome(outcome)`, called once per message as soon as its outcome is final.
OutcomeCallback = Callable[[SendOutcome], object]


@attrs.define(slots=True)
class SendManyResult:
    """Every message's outcome, in input order (`outcomes[i]` is message i), and the totals.

    Attributes:
        outcomes: One `SendOutcome` per message.
        requests: Requests the run made: sends, history look-ups and price checks (each
            counted once, whatever the client's retries did).
        lookups: Of those, the history look-ups and price checks of reconciling.
        shared_markers: Caller's `custom_string` values that several messages share, each
            with the indexes of those messages: the SDK cannot tell them apart in the history,
            so if their batch's answer is lost they stay "unknown".
    """

    outcomes: list[SendOutcome]
    requests: int = 0
    lookups: int = 0
    shared_markers: dict[str, tuple[int, ...]] = attrs.Factory(dict)

    def of(self, state: SendState) -> list[SendOutcome]:
        """The outcomes in `state`, in input order."""
        return [outcome for outcome in self.outcomes if outcome.state == state]

    @property
    def counts(self) -> dict[SendState, int]:
        """Messages per state (every state present, 0 when none)."""
        seen = Counter(outcome.state for outcome in self.outcomes)
        return {state: seen[state] for state in STATES}

    @property
    def queued(self) -> list[SendOutcome]:
        """The messages ClickSend queued."""
        return self.of("queued")

    @property
    def refused(self) -> list[SendOutcome]:
        """The messages ClickSend refused one by one."""
        return self.of("refused")

    @property
    def not_sent(self) -> list[SendOutcome]:
        """The messages never sent (bad input, or the whole request refused)."""
        return self.of("not_sent")

    @property
    def unknown(self) -> list[SendOutcome]:
        """The messages whose fate the SDK could not tell (not resent)."""
        return self.of("unknown")

    @property
    def parts(self) -> int:
        """Parts billed for the queued messages."""
        return sum(outcome.parts or 0 for outcome in self.outcomes if outcome.state == "queued")

    @property
    def price(self) -> Decimal:
        """Price of the queued messages, in the account's currency."""
        return sum(
            (outcome.price or Decimal(0) for outcome in self.outcomes if outcome.state == "queued"),
            Decimal(0),
        )

    @property
    def estimated_parts(self) -> int:
        """Parts counted before sending, for every message (SMS only)."""
        return sum(outcome.estimated_parts or 0 for outcome in self.outcomes)

    @property
    def ok(self) -> bool:
        """Whether every message was queued or refused by ClickSend (none unknown or unsent)."""
        return all(outcome.state in ("queued", "refused") for outcome in self.outcomes)

    def __iter__(self) -> Iterator[SendOutcome]:
        return iter(self.outcomes)

    def __len__(self) -> int:
        return len(self.outcomes)

    def __repr__(self) -> str:
        counts = " ".join(f"{state}={n}" for state, n in self.counts.items())
        return f"<SendManyResult messages={len(self.outcomes)} {counts} price={self.price}>"


def _rules(operation_args: object) -> Rules:
    rules = getattr(operation_args, "rules", None)
    if not isinstance(rules, Rules):  # pragma: no cover - openapi.yaml always gives them
        raise TypeError("openapi.yaml gives the messages of a send no rules")
    return rules


class Sms(SmsResource):
    """`cs.sms`: send SMS (one request, or any number with `send_many`), price and cancel them.

    The history, receipts and replies are `history`, `receipts` and `inbound`.
    """

    __slots__ = ()

    async def send_many(
        self,
        messages: Iterable[SmsMessage],
        *,
        batch_size: int = MAX_BATCH_SIZE,
        concurrency: int = DEFAULT_SEND_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        on_outcome: OutcomeCallback | None = None,
        reconcile_delay: float = DEFAULT_RECONCILE_DELAY,
    ) -> SendManyResult:
        """Send any number of SMS: batched, concurrent, and never one sent twice.

        Each message is checked first (a bad one is "not_sent", the rest go out), then carries
        a marker in `custom_string` (the caller's own when it is unique in the run). When a
        batch's answer is lost (a dropped connection, a timeout, a 5xx, an unreadable answer),
        the batch is looked up in the message history by its markers and only what ClickSend
        never received is sent again. See "Sending thousands of messages" in the README for the
        promise and where it ends.

        Args:
            messages: The messages (any iterable of `SmsMessage`; read once, up front).
            batch_size: Messages per request, 1 to 1,000 (a `list_id`'s contacts count
                towards ClickSend's 1,000: lower it when sending to lists).
            concurrency: Batches in flight at once.
            on_progress: Called as `on_progress(done, total)` as messages reach their outcome.
            on_outcome: Called with each message's `SendOutcome` as soon as it is final, also
                when the run is cancelled (then with "unknown" for messages in flight and
                "not_sent" for those not yet sent): keep them to know where a cancelled run
                stopped.
            reconcile_delay: Seconds to let the history catch up before deciding a lost
                batch's messages were never received (see the README).

        Returns:
            One outcome per message, in input order, with totals. It never raises half-way.

        Raises:
            TypeError: `messages` is one message or a string instead of an iterable.
            ValueError: `batch_size`, `concurrency` or `reconcile_delay` out of range.
        """
        from ._send_many import Channel, run

        async def send(batch: list[SmsMessage]) -> object:
            return await self.send(messages=batch)

        async def price(batch: list[SmsMessage]) -> object:
            return await self.price(messages=batch)

        channel = Channel(
            label="sms.send_many",
            model=SmsMessage,
            rules=_rules(_SMS_SEND.args["messages"]),
            send=send,
            price=price,
            history=self.history.list,
            estimate=lambda message: sms_parts(message.body).parts,
        )
        return await run(
            channel,
            messages,
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            on_outcome=on_outcome,
            reconcile_delay=reconcile_delay,
        )


class Mms(MmsResource):
    """`cs.mms`: send MMS (one request, or any number with `send_many`) and price them.

    The history and receipts are `history` and `receipts`.
    """

    __slots__ = ()

    async def send_many(
        self,
        messages: Iterable[MmsMessage],
        *,
        media_file: str,
        batch_size: int = MAX_BATCH_SIZE,
        concurrency: int = DEFAULT_SEND_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        on_outcome: OutcomeCallback | None = None,
        reconcile_delay: float = DEFAULT_RECONCILE_DELAY,
    ) -> SendManyResult:
        """Send any number of MMS with one media file: as `sms.send_many`, the same code.

        Args:
            messages: The messages (any iterable of `MmsMessage`).
            media_file: URL of the media file (see `uploads.create(..., convert="mms")`).
            batch_size: Messages per request, 1 to 1,000.
            concurrency: Batches in flight at once.
            on_progress: Called as `on_progress(done, total)` as messages reach their outcome.
            on_outcome: Called with each message's `SendOutcome` once it is final (also on
                cancellation).
            reconcile_delay: Seconds to let the history catch up before deciding a lost
                batch's messages were never received.

        Returns:
            One outcome per message, in input order, with totals. It never raises half-way.

        Raises:
            TypeError: `messages` is not an iterable of messages.
            ValueError: An argument out of range, or an empty `media_file`.
        """
        from ._send_many import Channel, run

        if not isinstance(media_file, str) or not media_file.strip():
            raise ValueError("mms.send_many: media_file must be the URL of the media file")

        async def send(batch: list[MmsMessage]) -> object:
            return await self.send(media_file=media_file, messages=batch)

        async def price(batch: list[MmsMessage]) -> object:
            return await self.price(media_file=media_file, messages=batch)

        channel = Channel(
            label="mms.send_many",
            model=MmsMessage,
            rules=_rules(_MMS_SEND.args["messages"]),
            send=send,
            price=price,
            history=self.history.list,
            estimate=lambda message: None,
        )
        return await run(
            channel,
            messages,
            batch_size=batch_size,
            concurrency=concurrency,
            on_progress=on_progress,
            on_outcome=on_outcome,
            reconcile_delay=reconcile_delay,
        )

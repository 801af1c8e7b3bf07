"""The run behind `sms.send_many` and `mms.send_many`: check, mark, batch, send, reconcile.

A send is not safe to repeat (x-idempotent false): when its answer is lost the client never
repeats it. Here a lost batch is looked up in the message history, by the marker each message
carries in `custom_string`, and only what ClickSend is shown never to have received is sent
again. The rules, choosing the side that never sends a message twice:

- Every message found in the history is "queued" (with the history's id, parts and price).
- Found in part (ClickSend received the request): the missing ones are priced (a price call
  sends nothing); one ClickSend refuses is "refused", the others stay "unknown" (never resent:
  they may only be late in the history).
- Found in none: once the history has had `reconcile_delay` seconds to catch up, and shows the
  latest message of this run known to be queued (one sent after the failure when any comes
  while others are in flight: the history has caught up, and the search works), the batch is
  sent again. If it does not show that message, the batch stays "unknown".
- Markers: one made by the SDK (`sm<run>-<batch>-<index>`, a common prefix per batch, so one
  search finds the whole batch in pages of 100), or the caller's own `custom_string` when no
  other message of the run shares it.
"""

from __future__ import annotations

import logging
import re
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import anyio
import attrs

from ._bulk import ProgressCallback
from ._client import MAX_RETRY_AFTER
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    InternalServerError,
    RateLimitError,
)
from ._history import History, given, key
from ._operation import Rules
from ._pagination import Page
from ._sending import (
    MAX_BATCH_SIZE,
    OutcomeCallback,
    SendManyResult,
    SendOutcome,
    SendState,
)

logger = logging.getLogger("clicksend_async")

#: Send requests one message may take, each after ClickSend was shown not to have it.
MAX_SENDS = 3
#: Seconds a batch shown absent from the history waits for a message sent after it to be
#: queued, to check the history against.
MAX_REFERENCE_WAIT = 60.0

_PHONE_JUNK = re.compile(r"[\s\-.()]")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_LOCAL = re.compile(r"[0-9]{6,15}")


@attrs.frozen(slots=True)
class Channel:
    """What `run` needs of one kind of message (SMS, MMS).

    Attributes:
        label: The method, as messages name it ("sms.send_many").
        model: The message model (`SmsMessage`).
        rules: openapi.yaml's checks of one message.
        send: Sends one batch; returns the send's answer (with `messages`).
        price: Prices one batch (sends nothing); the same answer shape.
        history: The history's `list` (page, limit, date_from, date_to, search).
        estimate: Parts of one message counted before sending, or None.
    """

    label: str
    model: type
    rules: Rules
    send: Callable[[list[Any]], Awaitable[object]]
    price: Callable[[list[Any]], Awaitable[object]]
    history: Callable[..., Awaitable[Page[Any]]]
    estimate: Callable[[Any], int | None]


def problem_of(channel: Channel, index: int, message: object) -> str | None:
    """Why a message cannot be sent (checked before sending), or None."""
    where = f"messages[{index}]"
    if not isinstance(message, channel.model):
        return (
            f"{channel.label}: {where} must be {channel.model.__name__}, "
            f"got {type(message).__name__}"
        )
    try:
        channel.rules.check(channel.label, where, message)
    except (TypeError, ValueError) as error:
        return str(error)
    to = given(getattr(message, "to", None))
    if isinstance(to, str) and to.strip():
        number = _PHONE_JUNK.sub("", to)
        if not (_E164.fullmatch(number) or _LOCAL.fullmatch(number)):
            return (
                f"{channel.label}: {where}.to is neither an E.164 number (+61411111111) nor a "
                "local one (0411111111, read with the message's or the account's country)"
            )
    return None


class _Run:
    """The state of one `send_many` run."""

    def __init__(
        self,
        channel: Channel,
        todo: list[object],
        on_progress: ProgressCallback | None,
        on_outcome: OutcomeCallback | None,
        reconcile_delay: float,
    ) -> None:
        self.channel = channel
        self.todo = todo
        self.outcomes: list[SendOutcome | None] = [None] * len(todo)
        self.markers: list[str | None] = [None] * len(todo)
        self.wire: list[object] = list(todo)
        self.estimates: list[int | None] = [None] * len(todo)
        self.sends = [0] * len(todo)
        self.in_flight: set[int] = set()
        self.claimed: set[str] = set()
        self.reference: tuple[float, str] | None = None
        self.changed = anyio.Event()
        self.waiting: set[int] = set()
        self.result = SendManyResult(outcomes=[])
        self.history = History(channel.history, self.result, self.claimed)
        self.done = 0
        self.on_progress = on_progress
        self.on_outcome = on_outcome
        self.delay = reconcile_delay

    # ------------------------------------------------------------------------ outcomes

    def finish(self, index: int, state: SendState, **fields: Any) -> None:
        """Record message `index`'s final outcome and tell the callbacks."""
        if self.outcomes[index] is not None:  # pragma: no cover - a bug, not an input
            raise RuntimeError(f"send_many: message {index} already has an outcome")
        self.in_flight.discard(index)
        if self.waiting:
            self.notify()
        outcome = SendOutcome(
            index=index,
            message=self.todo[index],
            state=state,
            custom_string=self.markers[index],
            estimated_parts=self.estimates[index],
            sends=self.sends[index],
            **fields,
        )
        self.outcomes[index] = outcome
        self.done += 1
        if self.on_outcome is not None:
            try:
                self.on_outcome(outcome)
            except Exception:
                logger.exception("on_outcome raised; send_many goes on without it")
                self.on_outcome = None
        if self.on_progress is not None:
            try:
                self.on_progress(self.done, len(self.todo))
            except Exception:
                logger.exception("on_progress raised; send_many goes on without it")
                self.on_progress = None

    def finish_all(self, indexes: Iterable[int], state: SendState, error: str) -> None:
        for index in indexes:
            self.finish(index, state, error=error)

    def queued(
        self,
        index: int,
        sent_at: float,
        items: Sequence[Any],
        status: str | None,
        *,
        note: str | None = None,
    ) -> None:
        """Message `index` is queued as `items` (send results or history items) tell."""
        ids = tuple(str(item.message_id) for item in items if given(item.message_id))
        self.claimed.update(ids)
        marker = self.markers[index]
        if marker is not None and (self.reference is None or self.reference[0] <= sent_at):
            self.reference = (sent_at, marker)
        parts = [given(item.message_parts) for item in items]
        prices = [given(item.message_price) for item in items]
        self.finish(
            index,
            "queued",
            message_id=ids[0] if ids else None,
            message_ids=ids,
            parts=sum(int(p) for p in parts if p is not None) if any(parts) else None,
            price=sum((Decimal(p) for p in prices if p is not None), Decimal(0))
            if any(p is not None for p in prices)
            else None,
            status=status if status is not None else given(items[0].status),
            error=note,
        )

    # --------------------------------------------------------------------------- setup

    def prepare(self, batch_size: int) -> list[list[int]]:
        """Check every message, give each a marker; return the batches (message indexes)."""
        label = self.channel.label
        sendable: list[int] = []
        for index, message in enumerate(self.todo):
            problem = problem_of(self.channel, index, message)
            if problem is not None:
                self.finish(index, "not_sent", error=problem)
                continue
            self.estimates[index] = self.channel.estimate(message)
            sendable.append(index)
        owners: dict[str, list[int]] = defaultdict(list)
        for index in sendable:
            own = key(given(getattr(self.todo[index], "custom_string", None)))
            if own:
                owners[own].append(index)
        self.result.shared_markers = {
            marker: tuple(indexes) for marker, indexes in owners.items() if len(indexes) > 1
        }
        if self.result.shared_markers:
            logger.warning(
                "%s: %d custom_string values are shared by several messages: if their "
                "batch's answer is lost they stay unknown",
                label,
                len(self.result.shared_markers),
            )
        run_id = secrets.token_hex(4)
        batches = [sendable[i : i + batch_size] for i in range(0, len(sendable), batch_size)]
        for number, batch in enumerate(batches):
            for index in batch:
                message = self.todo[index]
                own = key(given(getattr(message, "custom_string", None)))
                if own:
                    self.markers[index] = own
                else:
                    marker = f"sm{run_id}-{number}-{index}"
                    self.markers[index] = marker
                    self.wire[index] = attrs.evolve(message, custom_string=marker)  # type: ignore[misc]
        return batches

    def close(self) -> None:
        """Give every message still without an outcome one (the run was cancelled)."""
        for index, outcome in enumerate(self.outcomes):
            if outcome is not None:
                continue
            if index in self.in_flight:
                self.finish(
                    index,
                    "unknown",
                    error="cancelled while its batch was in flight: look it up by its "
                    "custom_string before sending it again",
                )
            else:
                self.finish(index, "not_sent", error="cancelled before it was sent")

    # ---------------------------------------------------------------------------- send

    async def send_batch(self, batch: list[int]) -> None:
        """Send one batch until every message of it has an outcome; never raises."""
        label = self.channel.label
        since = time.time()
        pending = batch
        for attempt in range(1, MAX_SENDS + 1):
            for index in pending:
                self.sends[index] += 1
                self.in_flight.add(index)
            self.result.requests += 1
            try:
                answer = await self.channel.send([self.wire[index] for index in pending])
            except RateLimitError as error:  # refused, not done: safe to send again
                self.in_flight.difference_update(pending)
                self.notify()
                if attempt == MAX_SENDS:
                    self.finish_all(pending, "not_sent", f"rate limited, not sent: {error}")
                    return
                wait = 1.0 if error.retry_after is None else error.retry_after
                await anyio.sleep(min(wait, MAX_RETRY_AFTER))
                continue
            except (APIConnectionError, InternalServerError, APIResponseValidationError) as error:
                if not getattr(error, "outcome_unknown", True):  # nothing was sent
                    self.in_flight.difference_update(pending)
                    self.notify()
                    if attempt == MAX_SENDS:
                        self.finish_all(pending, "not_sent", f"not sent: {error}")
                        return
                    continue
                try:
                    pending = await self.reconcile(pending, since, error)
                except Exception as failure:  # the history could not be read: tell, not raise
                    self.finish_all(
                        [index for index in pending if self.outcomes[index] is None],
                        "unknown",
                        f"the answer was lost ({type(error).__name__}) and looking it up in the "
                        f"history failed ({type(failure).__name__}: {failure}); not resent",
                    )
                    return
                if not pending:
                    return
                continue
            except APIStatusError as error:  # the whole request refused: nothing sent
                self.finish_all(pending, "not_sent", f"ClickSend refused the request: {error}")
                return
            except Exception as error:  # never raise half-way: report it, send nothing more
                logger.exception("%s: unexpected error sending a batch", label)
                self.finish_all(
                    pending,
                    "unknown",
                    f"unexpected error ({type(error).__name__}: {error}); not resent",
                )
                return
            self.take_answer(pending, since, answer)
            return
        self.finish_all(
            pending,
            "not_sent",
            f"ClickSend was shown not to have received it after {MAX_SENDS} sends",
        )

    def by_marker(self, pending: list[int], answer: object) -> dict[int, list[Any]]:
        """The answer's per-message results of each pending message, matched by marker."""
        results = list(getattr(answer, "messages", None) or [])
        matched: dict[int, list[Any]] = {}
        if len(results) == len(pending) and not any(key(given(r.custom_string)) for r in results):
            return {index: [result] for index, result in zip(pending, results, strict=True)}
        queues: dict[str, deque[Any]] = defaultdict(deque)
        for result in results:
            queues[key(given(result.custom_string))].append(result)
        for index in pending:
            queue = queues.get(self.markers[index] or "")
            if not queue:
                continue
            if given(getattr(self.todo[index], "list_id", None)) is not None:
                matched[index] = list(queue)
                queue.clear()
            else:
                matched[index] = [queue.popleft()]
        return matched

    def take_answer(self, pending: list[int], since: float, answer: object) -> None:
        matched = self.by_marker(pending, answer)
        for index in pending:
            results = matched.get(index)
            if not results:
                self.finish(
                    index,
                    "unknown",
                    error="ClickSend's answer does not mention it (no result with its "
                    "custom_string); not resent",
                )
                continue
            queued = [r for r in results if r.status == "SUCCESS"]
            if queued:
                self.queued(index, since, queued, "SUCCESS")
            else:
                self.finish(index, "refused", status=results[0].status)

    # ----------------------------------------------------------------------- reconcile

    async def reconcile(self, pending: list[int], since: float, error: Exception) -> list[int]:
        """Settle a batch whose answer was lost; return the messages to send again."""
        why = f"the answer was lost ({type(error).__name__})"
        failed_at = time.time()
        shared = self.result.shared_markers
        alone = [i for i in pending if self.markers[i] not in shared]
        for index in pending:
            if index not in alone:
                marker = self.markers[index] or ""
                self.finish(
                    index,
                    "unknown",
                    error=f"{why} and its custom_string {marker!r} is shared by messages "
                    f"{', '.join(map(str, shared[marker]))}: the history cannot tell them "
                    "apart; not resent",
                )
        seen_any = False
        missing = alone
        for look in range(2):
            if look:
                await anyio.sleep(self.delay)
            hits, unsure = await self.lookup(missing, since)
            for index, items in hits.items():
                seen_any = True
                note = None if len(items) == 1 else f"the history shows it {len(items)} times"
                self.queued(index, since, items, None, note=note)
            for index in unsure:
                self.finish(
                    index,
                    "unknown",
                    error=f"{why}; its custom_string cannot be looked up in few enough "
                    "history pages; not resent",
                )
            missing = [i for i in missing if i not in hits and i not in unsure]
            if not missing:
                return []
        if seen_any:
            await self.price_missing(missing, why)
            return []
        latest = await self.fresh_reference(failed_at, missing)
        if latest is not None:
            sent_at, reference = latest
            hits, _ = await self.history.find({reference: -1}, min(sent_at, since), partial=True)
            if not hits:
                self.finish_all(
                    missing,
                    "unknown",
                    f"{why}; the history shows none of its batch, but neither a message of "
                    f"this run known to be queued ({reference!r}): the history lags or its "
                    "search does not match; not resent",
                )
                return []
        self.in_flight.difference_update(missing)
        self.notify()
        return missing

    async def fresh_reference(self, after: float, missing: list[int]) -> tuple[float, str] | None:
        """The latest message known queued, preferably one sent after `after`.

        While other messages of the run are in flight, waits (up to MAX_REFERENCE_WAIT) for
        one of them to be queued: its presence in the history shows the history has caught up
        past `after`. Batches waiting here do not wait for each other.
        """
        self.waiting.update(missing)
        self.notify()
        try:
            with anyio.move_on_after(MAX_REFERENCE_WAIT):
                while self.reference is None or self.reference[0] <= after:
                    if self.in_flight <= self.waiting:
                        break  # nothing else is on its way: no newer one will come
                    await self.changed.wait()
        finally:
            self.waiting.difference_update(missing)
        return self.reference

    def notify(self) -> None:
        """Wake the batches waiting for a newer reference (something they wait on changed)."""
        self.changed.set()
        self.changed = anyio.Event()

    async def price_missing(self, missing: list[int], why: str) -> None:
        """Missing messages of a batch ClickSend received: refused if pricing refuses them."""
        self.result.requests += 1
        self.result.lookups += 1
        try:
            answer = await self.channel.price([self.wire[index] for index in missing])
            matched = self.by_marker(missing, answer)
        except Exception as error:
            logger.info("pricing the missing messages failed: %s", error)
            matched = {}
        for index in missing:
            results = matched.get(index) or []
            refused = [r for r in results if r.status != "SUCCESS"]
            if results and len(refused) == len(results):
                self.finish(index, "refused", status=refused[0].status)
            else:
                self.finish(
                    index,
                    "unknown",
                    error=f"{why}; ClickSend received its batch (others of it are in the "
                    "history) but the history does not show this one: not resent, since it may "
                    "only be late there",
                )

    async def lookup(
        self, indexes: list[int], since: float
    ) -> tuple[dict[int, list[Any]], set[int]]:
        """History items of each message (by marker), and the messages it could not look up."""
        markers = {self.markers[i] or "": i for i in indexes}
        return await self.history.find(markers, since, partial=False)


async def run(
    channel: Channel,
    messages: Iterable[Any],
    *,
    batch_size: int,
    concurrency: int,
    on_progress: ProgressCallback | None,
    on_outcome: OutcomeCallback | None,
    reconcile_delay: float,
) -> SendManyResult:
    """Send `messages` in batches; one outcome per message, in input order. See the module."""
    label = channel.label
    for name, value, low, high in (
        ("batch_size", batch_size, 1, MAX_BATCH_SIZE),
        ("concurrency", concurrency, 1, None),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise ValueError(
                f"{label}: {name} must be a whole number of at least {low}, got {value!r}"
            )
        if high is not None and value > high:
            raise ValueError(
                f"{label}: {name} must be between {low} and {high} (ClickSend takes at most "
                f"{high} messages a request), got {value}"
            )
    if isinstance(reconcile_delay, bool) or not isinstance(reconcile_delay, int | float):
        raise ValueError(f"{label}: reconcile_delay must be seconds, got {reconcile_delay!r}")
    if reconcile_delay < 0:
        raise ValueError(f"{label}: reconcile_delay must be at least 0, got {reconcile_delay}")
    if isinstance(messages, (str | bytes | Mapping, channel.model)):
        raise TypeError(f"{label}: messages must be an iterable of {channel.model.__name__}")
    state = _Run(channel, list(messages), on_progress, on_outcome, float(reconcile_delay))
    try:
        batches = iter(state.prepare(batch_size))

        async def worker() -> None:
            for batch in batches:
                await state.send_batch(batch)

        async with anyio.create_task_group() as group:
            for _ in range(concurrency):
                group.start_soon(worker)
    finally:
        state.close()
    state.result.outcomes = [outcome for outcome in state.outcomes if outcome is not None]
    return state.result

"""What a test can do to the embedded ClickSend's state directly: accounts, lists, messages.

`EmbeddedClickSend` is made of these two mixins plus its dispatcher (`_embedded`). Every method
takes the server's lock, so it is safe while the loopback server runs in its thread.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from ._data import DEFAULT_BALANCE, DEFAULT_COUNTRY, FIRST_NAMES, LAST_NAMES
from ._handlers import contact_fields
from ._handlers.sms import inbound, render_history
from ._messaging.engine import WEBHOOK_KINDS, Engine
from ._messaging.webhooks import WEBHOOK_FORMATS, Deliverer, Format, Webhook, WebhookAttempt
from ._protocol import ApiError
from ._store import Account, ContactList, Store


class AccountData:
    """Accounts, lists and contacts, made and read without going through HTTP."""

    _lock: threading.RLock
    _store: Store
    _default: str
    _seed_rng: random.Random

    if TYPE_CHECKING:

        def now(self) -> int:
            """The embedded ClickSend's time (see `MessagingControls.now`)."""

    def _account(self, username: str | None) -> Account:
        name = self._default if username is None else username
        account = self._store.accounts.get(name)
        if account is None:
            raise KeyError(
                f"no account {name!r}; the accounts are {', '.join(self._store.accounts)}"
            )
        return account

    def add_account(
        self,
        username: str,
        api_key: str,
        *,
        balance: str = DEFAULT_BALANCE,
        country: str = DEFAULT_COUNTRY,
        active: bool = True,
    ) -> None:
        """Serve one more account.

        Args:
            username: Its username (not one of the test accounts').
            api_key: Its API key.
            balance: Its credit, a decimal string in its currency.
            country: Its two-letter country code, which sets its currency.
            active: False for an account that must be verified first.

        Raises:
            ValueError: A username taken, empty or holding ":", or an empty key.
        """
        if not isinstance(username, str) or not username or ":" in username:
            raise ValueError("a username is a non-empty string without ':'")
        if not isinstance(api_key, str) or not api_key:
            raise ValueError(f"the API key of {username!r} must be a non-empty string")
        with self._lock:
            if username in self._store.accounts or username in ("nocredit", "notactive", "banned"):
                raise ValueError(f"the username {username!r} is taken (or is a test account's)")
            self._store.add_account(
                username, api_key, balance=Decimal(balance), country=country, active=active
            )

    def add_list(self, name: str, *, contacts: int = 0, account: str | None = None) -> int:
        """Create a list, with `contacts` generated contacts in it.

        The contacts get a first and last name, a unique phone number (+614... in order) and
        an email; they are made from the seed, so the same seed makes the same contacts.

        Args:
            name: The list's name.
            contacts: How many contacts to generate in it.
            account: The owner's username; default the first configured account.

        Returns:
            The new list's id.
        """
        with self._lock:
            owner = self._account(account)
            contact_list = self._store.add_list(owner, name)
            now = self.now()
            rng = self._seed_rng
            for _ in range(contacts):
                number = self._store.next_id("generated")
                first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
                self._store.add_contact(
                    contact_list,
                    {
                        "phone_number": f"+614{number:08d}",
                        "first_name": first,
                        "last_name": last,
                        "email": f"{first}.{last}.{number}@example.com".lower(),
                    },
                    now,
                )
            return contact_list.list_id

    def add_contacts(
        self,
        list_id: int,
        rows: Iterable[Mapping[str, str]],
        *,
        account: str | None = None,
    ) -> list[int]:
        """Add contacts to a list directly, checked like `POST /lists/{list_id}/contacts`.

        Returns:
            The new contacts' ids.

        Raises:
            KeyError: No such list for the account.
            ValueError: A row the API would refuse (the message says why).
        """
        with self._lock:
            contact_list = self._list(list_id, account)
            ids = []
            for row in rows:
                try:
                    fields = {k: v for k, v in contact_fields(row).items() if v}
                except ApiError as error:
                    raise ValueError(f"{error.code}: {error.message}") from None
                ids.append(self._store.add_contact(contact_list, fields, self.now()).contact_id)
            return ids

    def _list(self, list_id: int, account: str | None) -> ContactList:
        found = self._account(account).lists.get(list_id)
        if found is None:
            raise KeyError(f"no list #{list_id} for account {self._account(account).username!r}")
        return found

    def contacts(self, list_id: int, *, account: str | None = None) -> list[dict[str, Any]]:
        """A list's contacts, as GET /lists/{list_id}/contacts shows them, in order."""
        with self._lock:
            return [c.render(listing=True) for c in self._list(list_id, account).contacts.values()]

    def lists(self, *, account: str | None = None) -> list[dict[str, Any]]:
        """An account's lists (id, name and contact count), as GET /lists shows them."""
        with self._lock:
            return [
                {
                    "list_id": lst.list_id,
                    "list_name": lst.name,
                    "list_email_id": lst.email_id,
                    "_contacts_count": len(lst.contacts),
                }
                for lst in self._account(account).lists.values()
            ]

    def balance(self, account: str | None = None) -> Decimal:
        """An account's credit."""
        with self._lock:
            return self._account(account).balance


class MessagingControls:
    """Messages, time, webhooks and inbound replies, driven by the test.

    Time: the embedded ClickSend's clock is its `clock` plus what `advance` added. Messages move
    on it (scheduled -> sent -> delivered, see `_messaging.engine`): with the default wall clock
    a receipt comes DELIVERY_DELAY seconds after the send; with a fixed `clock` nothing moves
    until the test calls `advance`.
    """

    _lock: threading.RLock
    _store: Store
    _engine: Engine
    _deliverer: Deliverer
    _offset: float
    clock: Callable[[], float]

    if TYPE_CHECKING:

        def _account(self, username: str | None) -> Account:
            """The account of a username (see `AccountData`)."""

    def now(self) -> int:
        """The embedded ClickSend's time, in Unix seconds: `clock()` plus what was advanced."""
        return int(self.clock() + self._offset)

    def _tick(self) -> None:
        with self._lock:
            self._engine.tick(self.now())

    def advance(self, seconds: float) -> None:
        """Make time pass: scheduled messages go out, sent ones are delivered, receipts made.

        Raises:
            ValueError: A negative or non-numeric number of seconds.
        """
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise ValueError(f"seconds must be a number of at least 0, got {seconds!r}")
        with self._lock:
            self._offset += seconds
            self._engine.tick(self.now())

    def set_webhook(
        self, kind: str, url: str | None, *, format: str = "post", account: str | None = None
    ) -> None:
        """Call an account's receipts or inbound messages of `kind` to `url`, for real.

        Args:
            kind: One of WEBHOOK_KINDS, e.g. "sms_receipts" or "sms_inbound".
            url: An http(s) URL; None to keep them for polling again.
            format: "post" (a form, the default), "json" (a JSON POST) or "get" (query).
            account: The username; default the first configured account.

        Raises:
            ValueError: An unknown kind or format, or a URL that is not http(s).
        """
        if kind not in WEBHOOK_KINDS:
            raise ValueError(f"kind must be one of {', '.join(WEBHOOK_KINDS)}, got {kind!r}")
        if format not in WEBHOOK_FORMATS:
            raise ValueError(f"format must be one of {', '.join(WEBHOOK_FORMATS)}, got {format!r}")
        if url is not None and not (
            isinstance(url, str) and url.startswith(("http://", "https://"))
        ):
            raise ValueError("url must be an http:// or https:// URL, or None")
        with self._lock:
            key = (self._account(account).username, kind)
            if url is None:
                self._engine.webhooks.pop(key, None)
            else:
                self._engine.webhooks[key] = Webhook(url, cast("Format", format))
        if url is not None:
            # The thread also makes a running clock's receipts come without any request.
            self._deliverer.start()

    def receive_sms(
        self, from_: str, to: str, body: str, *, account: str | None = None
    ) -> dict[str, Any]:
        """An SMS arrives from `from_` to `to`: a reply to the last SMS sent to `from_`.

        It goes to the account's "sms_inbound" webhook, or is kept for `GET /sms/inbound`.

        Args:
            from_: The sender's number.
            to: The number it was sent to (yours).
            body: Its text.
            account: Whose it is; default the sender of the original message, else the first
                configured account.

        Returns:
            The inbound message, as `GET /sms/inbound` shows it.
        """
        with self._lock:
            now = self.now()
            owner = self._account(account) if account is not None else None
            original = self._engine.last_sent_to(owner, from_)
            if owner is None:
                owner = original.account if original is not None else self._account(None)
            fields = inbound(original, self._engine.new_id(), from_, to, body, now)
            fields["user_id"], fields["subaccount_id"] = owner.user_id, owner.subaccount_id
            self._engine.received.append((owner.username, "sms", now))
            self._engine.emit(owner, "sms_inbound", fields, now, fields["message_id"])
            return dict(fields)

    def sms(self, *, account: str | None = None) -> list[dict[str, Any]]:
        """An account's SMS, as `GET /sms/history` shows them, oldest first."""
        with self._lock:
            return [render_history(m) for m in self._engine.sent(self._account(account), "sms")]

    def kept(self, kind: str, *, account: str | None = None) -> list[dict[str, Any]]:
        """The receipts or inbound messages of `kind` kept for polling and not marked read."""
        with self._lock:
            return [dict(k.fields) for k in self._engine.unread(self._account(account), kind)]

    @property
    def webhook_attempts(self) -> list[WebhookAttempt]:
        """Every webhook call made so far, retries included, in order."""
        return list(self._deliverer.attempts)

    def wait_for_webhooks(self, timeout: float = 10.0) -> bool:
        """Block until every webhook call queued is done; False if `timeout` ran out first."""
        return self._deliverer.wait(timeout)

    def file(self, url: str) -> bytes:
        """A file the server holds (a history export, an upload), by its URL.

        Raises:
            KeyError: No such file.
        """
        path = "/files/" + url.split("/files/", 1)[-1].split("?", 1)[0]
        with self._lock:
            return self._store.files[path]

    def close(self) -> None:
        """Stop the webhook thread, if it runs (queued calls are dropped)."""
        self._deliverer.close()

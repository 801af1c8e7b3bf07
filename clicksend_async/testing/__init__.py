"""The embedded ClickSend: a stateful, in-memory ClickSend REST API v3 to test against.

    from clicksend_async.testing import EmbeddedClickSend

    embedded = EmbeddedClickSend(rate_limit=50)
    list_id = embedded.add_list("Customers", contacts=500)
    async with embedded.client() as cs:                  # in-process, no sockets
        page = await cs.contacts.list(list_id)

    with embedded.serve_in_thread() as base_url:         # real HTTP on 127.0.0.1
        ...

Sending is modelled (credit, parts, statuses, schedules), and time is the test's to move:

    embedded = EmbeddedClickSend(clock=lambda: 1_800_000_000)
    embedded.set_webhook("sms_receipts", "http://127.0.0.1:8000/receipts")   # POSTed for real
    ...                                                  # send through the SDK
    embedded.advance(2)                                  # sent -> delivered: receipt POSTed
    embedded.receive_sms("+61411111111", "+61400000000", "STOP")             # an inbound reply

From the command line: `python -m clicksend_async.testing --port 8765`. In pytest:
`pytest_plugins = ["clicksend_async.testing.pytest_plugin"]` gives the fixtures
`clicksend_embedded`, `clicksend_client` and `clicksend_server`. The loopback server needs the
`testing` extra (`pip install clicksend-async[testing]`); the rest needs nothing more.
`EmbeddedASGIApp` is the same server as a bare ASGI app, to mount or to serve as you like.
"""

from ._data import DEFAULT_API_KEY, DEFAULT_USERNAME, TEST_ACCOUNTS, TEST_API_KEY
from ._embedded import API_PREFIX, IN_PROCESS_BASE_URL, EmbeddedClickSend, RequestRecord
from ._faults import DEFAULT_RANDOM_FAULTS, EXTRA_FIELD, FAULT_KINDS
from ._messaging.engine import DELIVERY_DELAY, WEBHOOK_KINDS
from ._messaging.webhooks import WebhookAttempt
from ._server import EmbeddedASGIApp, ServerThread
from ._store import Notification

__all__ = [
    "API_PREFIX",
    "DEFAULT_API_KEY",
    "DEFAULT_RANDOM_FAULTS",
    "DEFAULT_USERNAME",
    "DELIVERY_DELAY",
    "EXTRA_FIELD",
    "FAULT_KINDS",
    "IN_PROCESS_BASE_URL",
    "TEST_ACCOUNTS",
    "TEST_API_KEY",
    "WEBHOOK_KINDS",
    "EmbeddedASGIApp",
    "EmbeddedClickSend",
    "Notification",
    "RequestRecord",
    "ServerThread",
    "WebhookAttempt",
]

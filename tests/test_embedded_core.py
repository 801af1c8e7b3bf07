"""The embedded ClickSend's core: routes from the generated operations, the dispatcher, knobs."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping

import pytest

import clicksend_async.testing as testing
from clicksend_async._generated import resources
from clicksend_async.models import Contact
from clicksend_async.testing import (
    DEFAULT_API_KEY,
    DEFAULT_USERNAME,
    TEST_ACCOUNTS,
    TEST_API_KEY,
    EmbeddedClickSend,
)
from clicksend_async.testing._handlers import CRUD_OPERATIONS, HANDLERS
from clicksend_async.testing._routes import ROUTES

from .embedded_pending import PENDING


def _auth(username: str = DEFAULT_USERNAME, key: str = DEFAULT_API_KEY) -> dict[str, str]:
    token = base64.b64encode(f"{username}:{key}".encode()).decode()
    return {"Authorization": f"Basic {token}", "Host": "127.0.0.1"}


def _call(
    embedded: EmbeddedClickSend,
    method: str,
    path: str,
    query: str = "",
    body: object = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[int, dict[str, str], dict[str, object]]:
    raw = b"" if body is None else json.dumps(body).encode()
    status, answer_headers, content = embedded.handle(
        method, "/v3" + path, query, _auth() if headers is None else headers, raw
    )
    return status, answer_headers, json.loads(content)


def test_every_generated_operation_has_a_route_and_a_handler() -> None:
    operations = list(resources.OPERATIONS)
    names = {op.name for op in operations}
    # Every operation has a handler, but those written down as pending, each with its reason.
    unserved = {name for name in PENDING if name not in HANDLERS}
    assert names == set(HANDLERS) | unserved
    assert unserved <= names
    # The plain CRUD operations are served by the generic store, but for the newer resources'
    # (UUID ids, cursor pages, answers without envelope), served by testing/_handlers/senders.
    crud = {op.name for op in operations if op.crud is not None}
    assert set(CRUD_OPERATIONS) <= crud
    assert {name.split("_")[1] for name in crud - set(CRUD_OPERATIONS)} == {"alpha", "default"}
    assert {(route.name, f"{route.method} {route.template}") for route in ROUTES} == {
        (op.name, op.http) for op in operations
    }


def test_public_names_are_sorted_and_exist() -> None:
    # Sorted as ruff's RUF022 sorts: constants, then classes, each alphabetically.
    assert testing.__all__ == sorted(testing.__all__, key=lambda name: (not name.isupper(), name))
    for name in testing.__all__:
        assert getattr(testing, name) is not None
    public = {name for name in vars(testing) if not name.startswith("_")}
    assert public - {"pytest_plugin"} == set(testing.__all__)


def test_unknown_path_answers_the_not_found_envelope() -> None:
    embedded = EmbeddedClickSend()
    for path in ("/v3/nothing", "/v2/account", "/account", "/v3/lists/1/contacts/2/fly"):
        status, headers, body = embedded.handle("GET", path, "", _auth(), b"")
        assert status == 404
        assert headers["content-type"] == "application/json"
        assert json.loads(body)["response_code"] == "NOT_FOUND"
    assert embedded.request_counts == {}


def test_wrong_method_answers_405_with_allow() -> None:
    status, headers, body = _call(EmbeddedClickSend(), "PATCH", "/lists")
    assert status == 405
    assert headers["allow"] == "GET, POST"
    assert body == {
        "http_code": 405,
        "response_code": "METHOD_NOT_ALLOWED",
        "response_msg": "Method doesn't exist or is not allowed.",
        "data": [],
    }


def test_one_trailing_slash_is_ignored() -> None:
    embedded = EmbeddedClickSend()
    list_id = embedded.add_list("Trailing", contacts=2)
    status, _, body = _call(embedded, "PUT", f"/lists/{list_id}/remove-duplicates/")
    assert status == 200
    assert body["data"] == {"deleted": 0}


def test_ids_that_are_not_numbers_answer_404() -> None:
    status, _, body = _call(EmbeddedClickSend(), "GET", "/lists/abc")
    assert (status, body["response_code"]) == (404, "NOT_FOUND")


@pytest.mark.parametrize("listing", [True, False])
def test_contact_rendering_matches_the_generated_model(listing: bool) -> None:
    embedded = EmbeddedClickSend()
    list_id = embedded.add_list("Render")
    fields = {
        "phone_number": "+61411111111",
        "email": "e@example.com",
        "fax_number": "+61299999999",
        "first_name": "Ellen",
        "last_name": "Diaz",
        "address_line_1": "1 Main St",
        "address_line_2": "Level 2",
        "address_city": "Nashville",
        "address_state": "TN",
        "address_postal_code": "37214",
        "address_country": "US",
        "organization_name": "Awesome",
        "custom_1": "a",
        "custom_2": "b",
        "custom_3": "c",
        "custom_4": "d",
    }
    embedded.add_contacts(list_id, [fields, {"email": "only@example.com"}])
    shown = embedded.contacts(list_id)
    for contact in shown:
        rendered = contact if listing else {k: v for k, v in contact.items() if k != "date_updated"}
        # Dates go out as the docs spell them ("1436160803"); the model holds them as ints.
        dates = {k: v for k, v in rendered.items() if k in ("date_added", "date_updated")}
        assert all(isinstance(v, str) and v.isdigit() for v in dates.values())
        assert Contact.from_dict(rendered).to_dict() == {
            **rendered,
            **{k: int(v) for k, v in dates.items()},
        }
    assert shown[1]["custom_1"] == ""
    assert shown[1]["phone_number"] is None
    assert shown[0]["_list_name"] == "Render"


def test_knobs_are_checked() -> None:
    with pytest.raises(ValueError, match="rate_limit"):
        EmbeddedClickSend(rate_limit=0)
    with pytest.raises(ValueError, match="latency"):
        EmbeddedClickSend(latency=-1)
    with pytest.raises(ValueError, match="fault_rate"):
        EmbeddedClickSend(fault_rate=1.5)
    with pytest.raises(ValueError, match="faults"):
        EmbeddedClickSend(faults=("explode",))
    with pytest.raises(ValueError, match="test account"):
        EmbeddedClickSend({"banned": "x"})
    embedded = EmbeddedClickSend()
    with pytest.raises(ValueError, match="kind"):
        embedded.inject("explode")
    with pytest.raises(ValueError, match="operationId"):
        embedded.inject("5xx", operation="contacts_explode")
    with pytest.raises(ValueError, match="times"):
        embedded.inject("5xx", times=0)


def test_accounts_and_repr_hold_no_key() -> None:
    embedded = EmbeddedClickSend({"alice": "alice-secret-key", "bob": "bob-secret-key"})
    assert embedded.credentials == ("alice", "alice-secret-key")
    assert embedded.usernames == ["alice", "bob", *TEST_ACCOUNTS]
    text = repr(embedded)
    assert "alice" in text
    assert "secret" not in text
    assert TEST_API_KEY not in text


def test_generated_contacts_repeat_with_the_seed() -> None:
    first, second = EmbeddedClickSend(seed=7), EmbeddedClickSend(seed=7)
    one = first.contacts(first.add_list("A", contacts=25))
    two = second.contacts(second.add_list("A", contacts=25))
    assert [(c["first_name"], c["phone_number"]) for c in one] == [
        (c["first_name"], c["phone_number"]) for c in two
    ]
    assert len({c["phone_number"] for c in one}) == 25


def test_add_contacts_refuses_what_the_api_refuses() -> None:
    embedded = EmbeddedClickSend()
    list_id = embedded.add_list("Direct")
    with pytest.raises(ValueError, match="MISSING_REQUIRED_FIELDS"):
        embedded.add_contacts(list_id, [{"first_name": "Nobody"}])
    with pytest.raises(KeyError, match="no list"):
        embedded.contacts(999)


def test_requests_are_counted_and_timed() -> None:
    embedded = EmbeddedClickSend()
    for _ in range(3):
        _call(embedded, "GET", "/account")
    _call(embedded, "GET", "/countries", headers={})
    assert embedded.request_counts == {"account_get": 3, "countries_list": 1}
    starts = embedded.request_starts("account_get")
    assert len(starts) == 3
    assert starts == sorted(starts)
    assert [r.username for r in embedded.requests] == [DEFAULT_USERNAME] * 3 + [None]
    embedded.reset_counters()
    assert embedded.request_counts == {}
    assert embedded.requests == []


def test_a_handler_bug_answers_500_internal_error(caplog: pytest.LogCaptureFixture) -> None:
    embedded = EmbeddedClickSend(clock=lambda: float("nan"))  # int(nan) fails in a handler
    status, _, body = _call(embedded, "POST", "/lists", body={"list_name": "Boom"})
    assert (status, body["response_code"]) == (500, "INTERNAL_ERROR")
    assert "embedded ClickSend failed" in caplog.text
    assert DEFAULT_API_KEY not in caplog.text

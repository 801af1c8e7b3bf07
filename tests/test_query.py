"""Search and OrderBy: the documented wire format, and refusals that say why."""

import re
from urllib.parse import parse_qsl

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clicksend_async import ClickSend, OrderBy, Search

from .scripted import API_KEY, USERNAME, contact, paged

FIELD = re.compile(r"[a-z0-9_]+")


def parse_q(q: str) -> list[tuple[str, str]]:
    """How ClickSend reads `q`: pairs split on `,`, field and value split on `:`."""
    return [tuple(pair.split(":")) for pair in q.split(",")]  # type: ignore[misc]


def test_search_builds_q_and_operator_as_documented() -> None:
    search = Search(first_name="john", last_name="smith", operator="OR")
    assert search.q == "first_name:john,last_name:smith"
    assert search.operator == "OR"
    assert search.pairs == (("first_name", "john"), ("last_name", "smith"))
    assert Search(list_id=428).q == "list_id:428"
    assert Search(first_name="ann").operator == "AND"


def test_search_equality_and_repr() -> None:
    assert Search(a="1", operator="OR") == Search(a="1", operator="OR")
    assert Search(a="1") != Search(a="1", operator="OR")
    assert Search(a="1") != "a:1"
    assert hash(Search(a="1")) == hash(Search(a="1"))
    assert repr(Search(a="x", b=2)) == "Search(a='x', b='2', operator='AND')"


def test_order_by_builds_field_colon_direction() -> None:
    assert str(OrderBy.asc("subaccount_id")) == "subaccount_id:asc"
    assert str(OrderBy.desc("contact_id")) == "contact_id:desc"
    assert OrderBy("x") == OrderBy.asc("x")
    assert OrderBy.asc("x") != OrderBy.desc("x")
    assert OrderBy.asc("x") != "x:asc"
    assert hash(OrderBy.desc("x")) == hash(OrderBy("x", "desc"))
    assert repr(OrderBy.desc("contact_id")) == "OrderBy.desc('contact_id')"
    assert (OrderBy.desc("a").field, OrderBy.desc("a").direction) == ("a", "desc")


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda: Search(), ValueError, "at least one field"),
        (lambda: Search(first_name="a,b"), ValueError, "holds ',' or ':'"),
        (lambda: Search(first_name="10:30"), ValueError, "holds ',' or ':'"),
        (lambda: Search(**{"First Name": "x"}), ValueError, "outside a-z, 0-9 and _"),
        (lambda: Search(**{"": "x"}), ValueError, "is empty"),
        (lambda: Search(a="x", operator="XOR"), ValueError, 'must be "AND" or "OR"'),  # type: ignore[arg-type]
        (lambda: Search(a=1.5), TypeError, "must be str or int, got float"),  # type: ignore[arg-type]
        (lambda: Search(a=True), TypeError, "must be str or int, got bool"),
        (lambda: OrderBy.asc("Contact-ID"), ValueError, "outside a-z"),
        (lambda: OrderBy.asc(""), ValueError, "is empty"),
        (lambda: OrderBy("a", "up"), ValueError, 'must be "asc" or "desc"'),  # type: ignore[arg-type]
        (lambda: OrderBy(3), TypeError, "field names are strings"),  # type: ignore[arg-type]
    ],
)
def test_what_the_wire_format_cannot_carry_is_refused(
    make: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        make()  # type: ignore[operator]


fields = st.one_of(st.from_regex(FIELD, fullmatch=True), st.text(max_size=12)).filter(
    lambda f: f != "operator"
)
values = st.one_of(st.text(max_size=20), st.integers(), st.booleans(), st.floats(allow_nan=False))


@given(
    pairs=st.dictionaries(fields, values, min_size=1, max_size=5),
    operator=st.sampled_from(["AND", "OR"]),
)
def test_any_accepted_search_round_trips_to_exactly_its_pairs(
    pairs: dict[str, object], operator: str
) -> None:
    def carriable(field: str, value: object) -> bool:
        return (
            bool(FIELD.fullmatch(field))
            and isinstance(value, str | int)
            and not isinstance(value, bool)
            and not set(str(value)) & {",", ":"}
        )

    try:
        search = Search(operator=operator, **pairs)  # type: ignore[arg-type]
    except (ValueError, TypeError):
        assert not all(carriable(f, v) for f, v in pairs.items())
        return
    assert all(carriable(f, v) for f, v in pairs.items())
    assert parse_q(search.q) == [(f, str(v)) for f, v in pairs.items()]
    assert search.operator == operator


@given(field=fields, descending=st.booleans())
def test_any_accepted_order_by_round_trips(field: str, descending: bool) -> None:
    make = OrderBy.desc if descending else OrderBy.asc
    try:
        order = make(field)
    except ValueError:
        assert not FIELD.fullmatch(field)
        return
    assert str(order).split(":") == [field, "desc" if descending else "asc"]


carriable_values = st.one_of(
    st.text(max_size=20).filter(lambda v: not set(v) & {",", ":"}), st.integers()
)


@settings(max_examples=60, deadline=None)
@given(
    pairs=st.dictionaries(
        st.from_regex(FIELD, fullmatch=True).filter(lambda f: f != "operator"),
        carriable_values,
        min_size=1,
        max_size=4,
    ),
    operator=st.sampled_from(["AND", "OR"]),
    order=st.from_regex(FIELD, fullmatch=True),
)
def test_an_accepted_search_reaches_clicksend_as_exactly_its_pairs(
    pairs: dict[str, str | int], operator: str, order: str
) -> None:
    # Through the URL: '+', '&', '%', '#', spaces and non-ASCII must arrive as they were given.
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return paged([])(request)

    async def main() -> None:
        http = httpx.AsyncClient(transport=httpx.MockTransport(record))
        async with http, ClickSend(USERNAME, API_KEY, http_client=http) as cs:
            await cs.contacts.list(
                1, search=Search(operator=operator, **pairs), order_by=OrderBy.desc(order)
            )

    anyio.run(main)
    (request,) = sent
    received = dict(parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True))
    assert parse_q(received["q"]) == [(f, str(v)) for f, v in pairs.items()]
    assert (received["operator"], received["order_by"]) == (operator, f"{order}:desc")


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    total=st.integers(min_value=0, max_value=700),
    limit=st.integers(min_value=15, max_value=100),
    concurrency=st.integers(min_value=1, max_value=12),
)
def test_pagination_yields_every_item_once_in_order(
    backend: str, total: int, limit: int, concurrency: int
) -> None:
    served = paged([contact(i) for i in range(total)])
    asked: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(int(request.url.params["page"]))
        return served(request)

    async def main() -> list[int]:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        async with ClickSend(USERNAME, API_KEY, http_client=http) as cs:
            items = [
                c.contact_id
                async for c in cs.contacts.iter(1, limit=limit, concurrency=concurrency)
            ]
        await http.aclose()
        return items

    assert anyio.run(main, backend=backend) == list(range(total))
    last_page = max(1, -(-total // limit))
    assert sorted(asked) == list(range(1, last_page + 1)), (
        "every page once, no empty page past the end"
    )

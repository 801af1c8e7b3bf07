"""`clicksend_async.webhooks.parse`: every kind of event, from a form, a query or JSON.

The samples are ClickSend's own (tests/webhook_samples.py says where each comes from); a form
and a query carry the same strings, so `parse` sees two encodings: strings, and JSON values.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clicksend_async.webhooks import (
    EVENT_KINDS,
    EmailReceipt,
    FaxReceipt,
    InboundFax,
    InboundSms,
    MmsReceipt,
    Receipt,
    SmsReceipt,
    VoiceReceipt,
    WebhookEvent,
    WebhookParseError,
    parse,
)

from .webhook_samples import SAMPLES, Sample, form_body, json_body, without_nulls

IDS = [sample.name for sample in SAMPLES]


def decoded(sample: Sample, encoding: str) -> dict[str, Any]:
    """The mapping an adapter hands to `parse` for this sample in this encoding."""
    if encoding == "json":
        loaded: dict[str, Any] = json.loads(json_body(sample))
        return loaded
    return dict(parse_qsl(form_body(sample).decode(), keep_blank_values=True))


@pytest.mark.parametrize("encoding", ["json", "form"])
@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_every_kind_parses_from_each_encoding_with_its_typed_values(
    sample: Sample, encoding: str
) -> None:
    fields = decoded(sample, encoding)
    event = parse(fields, kind=sample.kind if sample.needs_kind else None)
    assert type(event) is sample.kind
    assert event.message_id == sample.fields["message_id"]
    for name, value in sample.expected.items():
        assert getattr(event, name) == value, name
        assert type(getattr(event, name)) is type(value), name
    assert sample.kind.parse(fields) == event  # the kind's own parser
    assert parse(fields, kind=sample.kind.KIND) == event  # the kind by name


@pytest.mark.parametrize("sample", SAMPLES, ids=IDS)
def test_a_form_and_json_give_the_same_event(sample: Sample) -> None:
    kind = sample.kind if sample.needs_kind else None
    from_json = parse(decoded(sample, "json"), kind=kind)
    from_form = parse(decoded(sample, "form"), kind=kind)
    assert attrs.evolve(from_json, extra={}) == attrs.evolve(from_form, extra={})
    assert without_nulls(from_json.extra) == dict(from_form.extra)
    assert from_json.event_id == from_form.event_id


def test_a_receipt_without_a_type_is_an_sms_receipt_unless_the_route_says() -> None:
    fax_test_receipt = next(s for s in SAMPLES if s.name == "fax receipt, docs test receipt")
    assert type(parse(fax_test_receipt.fields)) is SmsReceipt
    assert type(parse(fax_test_receipt.fields, kind="fax_receipt")) is FaxReceipt
    assert type(parse(fax_test_receipt.fields, kind=FaxReceipt)) is FaxReceipt


def test_the_kind_is_told_by_message_type_in_either_spelling_and_case() -> None:
    base = {"message_id": "M1", "status_code": "201"}
    for message_type, kind in [
        ("sms", SmsReceipt),
        ("MMS", MmsReceipt),
        (" voice ", VoiceReceipt),
        ("fax", FaxReceipt),
        ("email", EmailReceipt),
    ]:
        assert type(parse({**base, "message_type": message_type})) is kind
        assert type(parse({**base, "_message_type": message_type})) is kind
    inbound = {"message_id": "M2", "from": "+61411111111", "body": "hi"}
    assert type(parse(inbound)) is InboundSms
    assert type(parse({**inbound, "message_type": "fax"})) is InboundFax


def test_unknown_fields_are_kept_as_their_text() -> None:
    sample = next(s for s in SAMPLES if s.name == "fax receipt, docs single receipt")
    event = parse(sample.fields, kind=FaxReceipt)
    assert dict(event.extra) == {
        "carrier": "",
        "country": "AU",
        "date_added": "1454394659",
        "list_id": None,
        "message_pages": "1.00",
        "schedule": "1436874701",
        "user_id": "1",
    }
    nested = parse(
        {"message_id": "M", "status_code": 201, "tags": ["a", 1], "meta": {"x": True}, "n": 0.5}
    )
    assert dict(nested.extra) == {"tags": '["a", 1]', "meta": '{"x": true}', "n": "0.5"}
    fax = parse(next(s for s in SAMPLES if s.kind is InboundFax).fields)
    assert fax.extra["_media_file_url"] == "https://files.example/fax.pdf"
    assert "message_type" in fax.extra  # inbound events have no such field: kept as sent


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1442381791", 1442381791),
        (1442381791, 1442381791),
        (1442381791.0, 1442381791),
        (" 1442381791 ", 1442381791),
        ("", None),
        ("  ", None),
        (None, None),
    ],
)
def test_unix_times_and_ids_are_ints_from_any_spelling(value: object, expected: int) -> None:
    event = parse(
        {"message_id": "M", "status_code": "201", "timestamp": value, "subaccount_id": value}
    )
    assert event.timestamp == expected  # type: ignore[attr-defined]
    assert event.subaccount_id == expected  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "value",
    ["abc", "1.5", "1_000", "\uff11\uff12", "9" * 5000, True, 1.5, math.inf, [1], {"a": 1}],
    ids=repr,
)
def test_a_word_where_a_number_belongs_is_an_error_naming_the_field(value: object) -> None:
    with pytest.raises(WebhookParseError, match=r"^timestamp must be a whole number") as caught:
        parse({"message_id": "M", "status_code": "201", "timestamp": value})
    assert caught.value.field == "timestamp"
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("201", 201), (201, 201), (201.0, 201), ("Completed", "Completed"), ("", None), (None, None)],
)
def test_codes_are_ints_or_the_word_as_sent(value: object, expected: int | str | None) -> None:
    event = parse({"message_id": "M", "status_code": value, "error_code": value}, kind=SmsReceipt)
    assert (event.status_code, event.error_code) == (expected, expected)


@pytest.mark.parametrize("value", [True, 1.5, [201]], ids=repr)
def test_a_code_of_the_wrong_json_type_is_an_error(value: object) -> None:
    with pytest.raises(WebhookParseError) as caught:
        parse({"message_id": "M", "status_code": value})
    assert caught.value.field == "status_code"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1.000000", Decimal("1.000000")), (0.0792, Decimal("0.0792")), (3, Decimal(3))],
)
def test_money_is_a_decimal(value: object, expected: Decimal) -> None:
    event = parse(
        {"message_id": "M", "status": "Completed", "message_price": value}, kind="fax_receipt"
    )
    assert event.message_price == expected  # type: ignore[attr-defined]
    assert type(event.message_price) is Decimal  # type: ignore[attr-defined]


@pytest.mark.parametrize("value", ["1,00", "free", True, math.nan, "NaN", "Infinity"], ids=repr)
def test_money_that_is_not_an_amount_is_an_error(value: object) -> None:
    with pytest.raises(WebhookParseError, match="message_price must be an amount of money"):
        parse({"message_id": "M", "message_price": value}, kind=FaxReceipt)


def test_keypad_digits_stay_the_keys_pressed() -> None:
    base = {"message_id": "M", "status_code": "201", "message_type": "voice"}
    assert parse({**base, "digits": "007"}).digits == "007"  # type: ignore[attr-defined]
    assert parse({**base, "digits": "12#"}).digits == "12#"  # type: ignore[attr-defined]
    assert parse({**base, "digits": 2}).digits == "2"  # type: ignore[attr-defined]
    with pytest.raises(WebhookParseError, match="digits must be the keys pressed"):
        parse({**base, "digits": 2.5})


def test_strings_take_json_numbers_and_refuse_other_shapes() -> None:
    inbound = parse({"message_id": 12, "from": 61411111111, "to": "+61422222222", "body": None})
    assert (inbound.message_id, inbound.from_, inbound.body) == ("12", "61411111111", "")  # type: ignore[attr-defined]
    assert parse({"message_id": "M", "from": "x", "body": "  hi  "}).body == "  hi  "  # type: ignore[attr-defined]
    for bad in (True, [1], {"a": 1}, 1.5):
        with pytest.raises(WebhookParseError, match="from must be a string") as caught:
            parse({"message_id": "M", "from": bad}, kind=InboundSms)
        assert caught.value.field == "from"


@pytest.mark.parametrize(
    ("fields", "kind", "field"),
    [
        ({"status_code": "201"}, None, "message_id"),
        ({"message_id": "", "status_code": "201"}, None, "message_id"),
        ({"message_id": "  ", "from": "+61411111111"}, None, "message_id"),
        ({"message_id": "M", "body": "hi"}, InboundSms, "from"),
        ({"message_id": "M", "from": ""}, InboundFax, "from"),
        ({"message_id": "M", "status_code": "201", "message_type": "letter"}, None, "message_type"),
        ({"message_id": "M", "from": "+61411111111", "message_type": "mms"}, None, "message_type"),
        ({"message_id": "M"}, None, None),
        ({}, None, None),
    ],
)
def test_what_is_missing_or_unknown_is_named(
    fields: dict[str, object], kind: type[WebhookEvent] | None, field: str | None
) -> None:
    with pytest.raises(WebhookParseError) as caught:
        parse(fields, kind=kind)
    assert caught.value.field == field
    if field is None:
        assert "kind=" in str(caught.value)  # says how to fix it
    else:
        assert field in str(caught.value)


def test_a_payload_that_is_no_mapping_or_has_odd_keys_is_an_error() -> None:
    for payload in (["message_id"], "message_id=M", None, 5):
        with pytest.raises(WebhookParseError, match="must be an object of fields"):
            parse(payload)  # type: ignore[arg-type]
        with pytest.raises(WebhookParseError, match="must be an object of fields"):
            SmsReceipt.parse(payload)  # type: ignore[arg-type]
    with pytest.raises(WebhookParseError, match="field names must be strings"):
        parse({"message_id": "M", "status_code": "201", 5: "x"})  # type: ignore[dict-item]


def test_kind_must_name_an_event() -> None:
    assert set(EVENT_KINDS) == {
        "sms_receipt",
        "mms_receipt",
        "voice_receipt",
        "fax_receipt",
        "email_receipt",
        "inbound_sms",
        "inbound_fax",
    }
    for bad in ("sms", Receipt, WebhookEvent, dict):
        with pytest.raises(ValueError, match="kind must be one of") as caught:
            parse({"message_id": "M"}, kind=bad)  # type: ignore[call-overload]
        assert not isinstance(caught.value, WebhookParseError)  # the caller's mistake
    for abstract in (Receipt, WebhookEvent):
        with pytest.raises(TypeError, match="abstract"):
            abstract.parse({"message_id": "M"})


def test_a_forced_kind_keeps_the_message_type_as_sent() -> None:
    event = parse(
        {"message_id": "M", "status_code": "201", "message_type": "mms"}, kind="sms_receipt"
    )
    assert type(event) is SmsReceipt
    assert event.message_type == "mms"


def test_the_event_id_is_the_same_for_a_redelivery_and_differs_per_status() -> None:
    first = parse(
        {"message_id": "M", "status_code": "200", "timestamp": "100", "message_type": "sms"}
    )
    again = parse({"message_id": "M", "status_code": 200, "timestamp": 100, "_message_type": "sms"})
    later = parse(
        {"message_id": "M", "status_code": "201", "timestamp": "160", "message_type": "sms"}
    )
    assert first.event_id == again.event_id == "sms_receipt:M:200:100"
    assert later.event_id == "sms_receipt:M:201:160"
    voice = parse(
        {"message_id": "M", "status_code": "200", "timestamp": "100", "message_type": "voice"}
    )
    assert voice.event_id != first.event_id
    inbound = parse({"message_id": "I", "from": "+61411111111", "timestamp": "5"})
    assert inbound.event_id == "inbound_sms:I:5"
    assert parse({"message_id": "F", "from": "+6126", "message_type": "fax"}).event_id == (
        "inbound_fax:F:"
    )
    assert first == again
    assert hash(first) == hash(again)
    assert len({first, again, later}) == 2


def test_events_are_frozen() -> None:
    event = parse({"message_id": "M", "status_code": "201", "x": "1"})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        event.message_id = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        event.extra["x"] = "2"  # type: ignore[index]


def test_importing_the_package_imports_no_web_framework() -> None:
    code = (
        "import sys, clicksend_async.webhooks as w; "
        "w.parse({'message_id': 'M', 'status_code': '201'}); "
        "print(sorted(m for m in ('starlette', 'fastapi', 'aiohttp') if m in sys.modules))"
    )
    shown = subprocess.run(  # noqa: S603 (this interpreter, fixed code)
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert shown.stdout.strip() == "[]"


# -- never a crash: any form, any JSON object, any kind ------------------------------------------

NAMES = sorted(
    {
        "message_id",
        "status_code",
        "status_text",
        "status",
        "error_code",
        "error_text",
        "timestamp",
        "timestamp_send",
        "custom_string",
        "subaccount_id",
        "message_type",
        "_message_type",
        "digits",
        "from",
        "to",
        "body",
        "_keyword",
        "original_body",
        "original_message_id",
        "message_price",
    }
)
VALUES = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["", "201", "1442381791", "sms", "mms", "voice", "fax", "email", "1.50"]),
)
FORMS = st.dictionaries(st.one_of(st.sampled_from(NAMES), st.text(max_size=8)), VALUES)
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3)
    ),
    max_leaves=6,
)
JSON_OBJECTS = st.dictionaries(st.one_of(st.sampled_from(NAMES), st.text(max_size=8)), JSON_VALUES)
KINDS = st.sampled_from([None, *EVENT_KINDS])


def _check(fields: dict[str, Any], kind: str | None) -> None:
    refusal: WebhookParseError | None
    try:
        event = parse(fields, kind=kind)
    except WebhookParseError as error:
        refusal = error
    else:
        refusal = None
    if refusal is not None:
        assert str(refusal)
        assert refusal.field is None or refusal.field in fields or refusal.field in NAMES
        return
    assert isinstance(event, WebhookEvent)
    assert isinstance(event.message_id, str)
    assert event.message_id.strip()
    assert event.event_id.startswith(f"{event.KIND}:")
    for field in attrs.fields(type(event)):
        value = getattr(event, field.name)
        assert not isinstance(value, float | bool), field.name  # one type per field, never these
    assert all(value is None or isinstance(value, str) for value in event.extra.values())


@settings(max_examples=300, deadline=None)
@given(fields=FORMS, kind=KINDS)
def test_any_form_is_an_event_or_a_parse_error(fields: dict[str, str], kind: str | None) -> None:
    _check(fields, kind)


@settings(max_examples=300, deadline=None)
@given(fields=JSON_OBJECTS, kind=KINDS)
def test_any_json_object_is_an_event_or_a_parse_error(
    fields: dict[str, Any], kind: str | None
) -> None:
    _check(fields, kind)


FORM_TEXT = st.lists(
    st.sampled_from([*"ab=&+%;é 0F9", "%2B", "%3D", "%26", "%C3%A9", "%FF", "%E2%82"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=FORM_TEXT)
def test_the_form_decoder_reads_what_parse_qsl_reads(text: str) -> None:
    from urllib.parse import parse_qsl

    from clicksend_async.webhooks._intake import form_pairs

    try:
        expected: object = parse_qsl(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        expected = UnicodeDecodeError
    try:
        found: object = form_pairs(text)
    except UnicodeDecodeError:
        found = UnicodeDecodeError
    assert found == expected


def test_a_receipt_as_the_embedded_clicksend_spells_it() -> None:
    # Both type spellings, a word status, user_id; nulls as "" (its forms) or null (its JSON).
    for null in ("", None):
        event = parse(
            {
                "timestamp_send": "1700000000",
                "timestamp": "1700000002",
                "message_id": "E1",
                "status": "Delivered",
                "status_code": "201",
                "status_text": "Success: Message received on handset.",
                "error_code": null,
                "error_text": null,
                "custom_string": null,
                "user_id": "7",
                "subaccount_id": null,
                "message_type": "mms",
                "_message_type": "mms",
            }
        )
        assert type(event) is MmsReceipt
        assert (event.status, event.status_code, event.subaccount_id) == ("Delivered", 201, None)
        assert dict(event.extra) == {"user_id": "7"}


def test_odd_json_in_bodies_and_unknown_fields() -> None:
    inbound = parse({"message_id": "M", "from": "+61411111111", "body": 42})
    assert inbound.body == "42"  # type: ignore[attr-defined]
    for bad in (math.nan, {"x": math.inf}, object()):
        with pytest.raises(WebhookParseError, match="extra_field must be a string or a JSON value"):
            parse({"message_id": "M", "status_code": "201", "extra_field": bad})

"""What ClickSend posts to a webhook, as its docs and the catalog show it, and how it is sent.

Each sample is a JSON object as a source shows it (`/work/shared/seed/v3/`: the models of the
official SDKs in the catalog, and the examples of ClickSend's docs), with the kind it must parse
to, the `kind=` a route needs when the fields alone cannot tell, and the typed values expected.
The encodings turn a sample into what arrives: JSON as it is, a form or a query as ClickSend
(PHP) writes one: every value a string, null fields left out.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

import attrs

from clicksend_async.webhooks import (
    EmailReceipt,
    FaxReceipt,
    InboundFax,
    InboundSms,
    MmsReceipt,
    SmsReceipt,
    VoiceReceipt,
    WebhookEvent,
)


@attrs.frozen
class Sample:
    name: str
    fields: dict[str, Any]
    kind: type[WebhookEvent]
    expected: dict[str, Any]
    needs_kind: bool = False  # the fields alone do not tell the kind: the route must


OK = "Success: Message received on handset."

SAMPLES = [
    # catalog README / py6 SmsReceipt and CreateTestSmsReceipt: every field, JSON-typed
    Sample(
        "sms receipt, py6 model",
        {
            "timestamp_send": 1722565411,
            "timestamp": 1722565411,
            "message_id": "2336751A-BBBE-4887-9D7C-CB7558F00208",
            "status_code": 201,
            "status_text": OK,
            "error_code": None,
            "error_text": None,
            "custom_string": None,
            "subaccount_id": 563840,
            "message_type": "sms",
            "digits": None,
        },
        SmsReceipt,
        {
            "status_code": 201,
            "timestamp": 1722565411,
            "timestamp_send": 1722565411,
            "subaccount_id": 563840,
            "message_type": "sms",
            "digits": None,
            "status_text": OK,
        },
    ),
    # docs: GET /sms/receipts item (`_message_type`, numbers as strings)
    Sample(
        "sms receipt, docs list item",
        {
            "_message_type": "sms",
            "custom_string": None,
            "error_code": None,
            "error_text": None,
            "message_id": "31BC271B-1E0C-45F6-9E7E-97186C46BB82",
            "status_code": "201",
            "status_text": OK,
            "timestamp": "1442381791",
            "timestamp_send": "1442381791",
        },
        SmsReceipt,
        {"status_code": 201, "timestamp": 1442381791, "message_type": "sms", "error_code": None},
    ),
    # docs: POST /sms/receipts, the test receipt (no message_type at all)
    Sample(
        "sms receipt, docs test receipt",
        {
            "custom_string": None,
            "error_code": None,
            "error_text": None,
            "message_id": "493FFB41-9733-4641-985F-BD79A067B58F",
            "status_code": "201",
            "status_text": OK,
            "timestamp": "1441958441",
        },
        SmsReceipt,
        {"status_code": 201, "timestamp": 1441958441, "message_type": None},
    ),
    # docs: GET /sms/receipts/{message_id} (words in the code fields, "" for the reference)
    Sample(
        "sms receipt, docs single receipt",
        {
            "custom_string": "",
            "error_code": "errorcode",
            "error_text": "errortext",
            "message_id": "88AB118E-EB1B-478C-98CE-6C73ABA23F67",
            "message_type": "sms",
            "status_code": "Completed",
            "status_text": "statustext",
            "timestamp": "1451200622",
            "timestamp_send": "1450854013",
        },
        SmsReceipt,
        {
            "status_code": "Completed",
            "error_code": "errorcode",
            "custom_string": None,
            "timestamp_send": 1450854013,
        },
    ),
    # docs: GET /mms/receipts item
    Sample(
        "mms receipt, docs list item",
        {
            "custom_string": "",
            "error_code": "",
            "error_text": "",
            "message_id": "88AB118E-EB1B-478C-98CE-6C73ABA23F67",
            "message_type": "mms",
            "status_code": "Completed",
            "status_text": "",
            "subaccount_id": 1,
            "timestamp": "1451200622",
            "timestamp_send": "1450854013",
        },
        MmsReceipt,
        {"status_code": "Completed", "error_code": None, "status_text": None, "subaccount_id": 1},
    ),
    # catalog README / py6 VoiceReceipt: every value a string; docs: GET /voice/receipts item
    Sample(
        "voice receipt, docs list item",
        {
            "custom_string": None,
            "digits": "2",
            "error_code": None,
            "error_text": None,
            "message_id": "31BC271B-1E0C-45F6-9E7E-97186C46BB82",
            "message_type": "voice",
            "status_code": "201",
            "status_text": OK,
            "timestamp": "1442381791",
            "timestamp_send": "1442381791",
        },
        VoiceReceipt,
        {"digits": "2", "status_code": 201, "timestamp": 1442381791},
    ),
    # docs: POST /voice/receipts, the test receipt (subaccount_id a number)
    Sample(
        "voice receipt, docs test receipt",
        {
            "custom_string": None,
            "digits": "2",
            "error_code": None,
            "error_text": None,
            "message_id": "CEA5E06A-F4BF-4EC6-8315-B25087352DFA",
            "message_type": "voice",
            "status_code": "201",
            "status_text": OK,
            "subaccount_id": 1746,
            "timestamp": "1489730505",
            "timestamp_send": "1489730505",
        },
        VoiceReceipt,
        {"digits": "2", "subaccount_id": 1746, "timestamp_send": 1489730505},
    ),
    # docs: GET /fax/receipts item
    Sample(
        "fax receipt, docs list item",
        {
            "custom_string": "",
            "error_code": "",
            "error_text": "",
            "message_id": "88AB118E-EB1B-478C-98CE-6C73ABA23F67",
            "message_type": "fax",
            "status_code": "Completed",
            "status_text": "",
            "subaccount_id": 1,
            "timestamp": "1451200622",
            "timestamp_send": "1450854013",
        },
        FaxReceipt,
        {"status_code": "Completed", "subaccount_id": 1, "timestamp": 1451200622},
    ),
    # docs: POST /fax/receipts, the test receipt: the SMS test receipt's fields, no type
    Sample(
        "fax receipt, docs test receipt",
        {
            "custom_string": None,
            "error_code": None,
            "error_text": None,
            "message_id": "493FFB41-9733-4641-985F-BD79A067B58F",
            "status_code": "201",
            "status_text": OK,
            "timestamp": "1441958441",
        },
        FaxReceipt,
        {"status_code": 201, "timestamp": 1441958441},
        needs_kind=True,
    ),
    # docs: GET /fax/receipts/{message_id}, "a fax receipt" with the fax's own fields
    Sample(
        "fax receipt, docs single receipt",
        {
            "carrier": "",
            "country": "AU",
            "custom_string": "custom_string",
            "date_added": 1454394659,
            "from": "+61267132168",
            "list_id": None,
            "message_id": "3FAC74F1-D2AF-479B-8955-6395D561DEF4",
            "message_pages": "1.00",
            "message_price": "1.000000",
            "schedule": "1436874701",
            "status": "WaitApproval",
            "status_code": None,
            "status_text": None,
            "subaccount_id": 1,
            "to": "+61267132168",
            "user_id": 1,
        },
        FaxReceipt,
        {
            "from_": "+61267132168",
            "to": "+61267132168",
            "status": "WaitApproval",
            "message_price": Decimal("1.000000"),
            "status_code": None,
            "custom_string": "custom_string",
        },
        needs_kind=True,
    ),
    # No source shows an email receipt: the receipt fields every channel shares, typed "email".
    Sample(
        "email receipt, the shared receipt fields",
        {
            "custom_string": "order-7",
            "error_code": None,
            "error_text": None,
            "message_id": "A1B2C3D4-0000-4000-8000-000000000001",
            "message_type": "email",
            "status_code": "201",
            "status_text": "Delivered",
            "subaccount_id": 12,
            "timestamp": "1700000100",
            "timestamp_send": "1700000000",
        },
        EmailReceipt,
        {"status_code": 201, "custom_string": "order-7", "subaccount_id": 12},
    ),
    # docs: GET /sms/inbound item (the model says timestamp is an integer; the docs send text)
    Sample(
        "inbound sms, docs list item",
        {
            "_keyword": "liquorice",
            "body": "Liquorice sweet roll fruitcake gummies. ",
            "custom_string": "22PKU978RF",
            "from": "+61411111111",
            "message_id": "C557B56E-83C0-4070-A74C-9BF05474B418",
            "original_body": "Liquorice sweet roll fruitcake gummies. ",
            "original_message_id": "C557B56E-83C0-4070-A74C-9BF05474B418",
            "timestamp": "1436174407",
            "to": "SC557B56E-83C0-4070-A74C-9BF05474B418",
        },
        InboundSms,
        {
            "keyword": "liquorice",
            "from_": "+61411111111",
            "body": "Liquorice sweet roll fruitcake gummies. ",
            "timestamp": 1436174407,
            "custom_string": "22PKU978RF",
        },
    ),
    # docs: POST /sms/inbound, the test inbound message
    Sample(
        "inbound sms, docs test message",
        {
            "_keyword": "this",
            "body": "This is a test incoming SMS. 5IHHOWWZTB.",
            "custom_string": None,
            "from": "+61468460249",
            "message_id": "C557B56E-83C0-4070-A74C-9BF05474B418",
            "original_body": "This is the original message. AA4NN45X7J.",
            "original_message_id": "F35B6DF1-0C9E-488F-954E-2F603B6192F5",
            "timestamp": "1442398236",
            "to": "+61411111111",
        },
        InboundSms,
        {
            "keyword": "this",
            "to": "+61411111111",
            "original_message_id": "F35B6DF1-0C9E-488F-954E-2F603B6192F5",
            "custom_string": None,
        },
    ),
    # catalog: py6 CreateTestInboundSms (timestamp_send, an integer)
    Sample(
        "inbound sms, py6 test model",
        {
            "timestamp_send": 1436174407,
            "from": "+61411111111",
            "body": "Liquorice sweet roll fruitcake gummies.",
            "original_body": "Liquorice sweet roll fruitcake gummies.",
            "original_message_id": "C557B56E-83C0-4070-A74C-9BF05474B418",
            "to": "+61422222222",
            "custom_string": "22PKU978RF",
            "message_id": "C557B56E-83C0-4070-A74C-9BF05474B418",
            "_keyword": "liquorice",
        },
        InboundSms,
        {"timestamp_send": 1436174407, "timestamp": None, "to": "+61422222222"},
    ),
    # No source shows an inbound fax: the fields every inbound message has, typed "fax", and a
    # link to the document, kept as an unknown field.
    Sample(
        "inbound fax, the shared inbound fields",
        {
            "message_id": "F0000000-0000-4000-8000-000000000002",
            "message_type": "fax",
            "from": "+61261111111",
            "to": "+61262222222",
            "timestamp": "1700000200",
            "custom_string": None,
            "_media_file_url": "https://files.example/fax.pdf",
        },
        InboundFax,
        {"from_": "+61261111111", "to": "+61262222222", "timestamp": 1700000200},
    ),
]


def form_fields(sample: Sample) -> dict[str, str]:
    """The sample as a form or query carries it: strings, nulls left out."""
    return {
        name: value if isinstance(value, str) else json.dumps(value)
        for name, value in sample.fields.items()
        if value is not None
    }


def form_body(sample: Sample) -> bytes:
    return urlencode(form_fields(sample)).encode()


def json_body(sample: Sample) -> bytes:
    return json.dumps(sample.fields).encode()


def without_nulls(extra: object) -> dict[str, object]:
    """The unknown fields a form can carry too (a form has no null)."""
    assert hasattr(extra, "items")
    return {name: value for name, value in extra.items() if value is not None}

"""The official ClickSend SDK (`clicksend-client` from PyPI) works against the embedded server.

It is synchronous (urllib3), so it talks to the loopback server. What it sends (paths, methods,
Basic auth, JSON bodies) is its own: the embedded server must understand all of it.

One disagreement is the docs' versus the official SDK's: the docs (and openapi.yaml) show a
contact's `date_added`/`date_updated` as strings of digits ("1436160803"), while the official
SDK 6.x declares them strict integers, so its models refuse a contact as documented. The contact
calls are therefore made with the SDK's `*_without_preload_content` variants (same request, raw
answer) and their answers read with this project's generated models; a separate test pins the
disagreement so that it is noticed when either side changes. The messaging reads (history,
receipts, inbound messages, master templates) meet the same disagreement and are read the same
way; sending and the templates pass through the official models as served.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import clicksend
import pydantic
import pytest

from clicksend_async.models import (
    Contact,
    ContactPage,
    InboundSmsPage,
    SmsHistoryPage,
    SmsReceiptPage,
)
from clicksend_async.testing import EmbeddedClickSend

pytestmark = pytest.mark.server


@pytest.fixture
def official() -> Iterator[tuple[clicksend.ApiClient, EmbeddedClickSend]]:
    embedded = EmbeddedClickSend({"official": "official-key"}, clock=lambda: 1_800_000_000.0)
    with embedded.serve_in_thread() as base_url:
        # The official SDK's host has no /v3: its paths start with it.
        configuration = clicksend.Configuration(
            host=base_url.removesuffix("/v3"), username="official", password="official-key"
        )
        with clicksend.ApiClient(configuration) as api_client:
            yield api_client, embedded


def _data(response: object) -> dict[str, object]:
    assert getattr(response, "status", None) == 200, getattr(response, "data", response)
    envelope = json.loads(response.data)  # type: ignore[attr-defined]
    assert envelope["http_code"] == 200
    assert envelope["response_code"] == "SUCCESS"
    return envelope["data"]  # type: ignore[no-any-return]


def test_lists_contacts_account_allowed_emails_and_packages(
    official: tuple[clicksend.ApiClient, EmbeddedClickSend],
) -> None:
    api_client, embedded = official
    lists = clicksend.ListsApi(api_client)
    contacts = clicksend.ContactsApi(api_client)

    created_list = lists.create_list(
        create_list_request=clicksend.CreateListRequest(list_name="Official SDK")
    )
    assert created_list.response_code == "SUCCESS"
    assert created_list.data is not None
    list_id = str(created_list.data.list_id)
    assert embedded.lists(account="official")[0]["list_name"] == "Official SDK"

    new_contact = clicksend.CreateNewContactRequest(
        phone_number="+61411111111", first_name="Ellen", last_name="Diaz", custom_1="vip"
    )
    created = Contact.from_dict(
        _data(
            lists.create_new_contact_without_preload_content(
                list_id=list_id, create_new_contact_request=new_contact
            )
        )
    )
    assert (created.phone_number, created.first_name, created.custom_1) == (
        "+61411111111",
        "Ellen",
        "vip",
    )
    contact_id = str(created.contact_id)

    fetched = Contact.from_dict(
        _data(
            contacts.get_specific_contact_without_preload_content(
                list_id=list_id, contact_id=contact_id
            )
        )
    )
    assert fetched.contact_id == created.contact_id
    assert fetched.list_name == "Official SDK"

    updated = Contact.from_dict(
        _data(
            contacts.update_contact_without_preload_content(
                list_id=list_id,
                contact_id=contact_id,
                create_new_contact_request=clicksend.CreateNewContactRequest(
                    phone_number="+61411111112", email="ellen@example.com"
                ),
            )
        )
    )
    assert (updated.phone_number, updated.email, updated.first_name) == (
        "+61411111112",
        "ellen@example.com",
        "Ellen",
    )

    page = ContactPage.from_dict(
        _data(lists.view_list_contacts_without_preload_content(list_id=list_id))
    )
    assert page.total == 1
    assert [c.contact_id for c in page.data] == [created.contact_id]

    deleted = contacts.delete_contact(list_id=list_id, contact_id=contact_id)
    assert deleted.response_code == "SUCCESS"
    assert deleted.data == []
    assert embedded.contacts(int(list_id), account="official") == []

    account = clicksend.ManagementApi(api_client).view_account_details()
    assert account.data is not None
    assert (account.data.username, account.data.balance) == ("official", "100.000000")

    email_to_sms = clicksend.EmailToSmsApi(api_client)
    added = email_to_sms.add_allowed_email(
        add_allowed_email_request=clicksend.AddAllowedEmailRequest(
            email_address="ops@example.com", var_from="+61411111111"
        )
    )
    assert added.data is not None
    assert added.data.email_address == "ops@example.com"
    allowed = email_to_sms.view_allowed_emails()
    assert allowed.data is not None
    assert allowed.data.total == 1
    assert [row.email_address for row in allowed.data.data or []] == ["ops@example.com"]

    packages = clicksend.TransactionsApi(api_client).view_recharge_packages()
    assert packages.data is not None
    assert [p.package_id for p in packages.data.packages or []] == [1, 2, 3, 4]

    assert embedded.request_counts["contacts_create"] == 1
    assert embedded.request_counts["contacts_delete"] == 1
    assert all(r.status == 200 for r in embedded.requests)


def test_official_sdk_contact_model_expects_integer_dates(
    official: tuple[clicksend.ApiClient, EmbeddedClickSend],
) -> None:
    """Pins the docs-versus-official-SDK disagreement on contact dates (see the module doc)."""
    api_client, embedded = official
    list_id = embedded.add_list("Dates", contacts=1, account="official")
    with pytest.raises(pydantic.ValidationError, match="date_added"):
        clicksend.ListsApi(api_client).view_list_contacts(list_id=str(list_id))
    shown = embedded.contacts(list_id, account="official")[0]
    assert shown["date_added"].isdigit()
    assert isinstance(shown["date_added"], str)


def test_official_sdk_sends_sms_and_tracks_it(
    official: tuple[clicksend.ApiClient, EmbeddedClickSend],
) -> None:
    """Send, history, receipts, a reply, templates: the official SDK's send-and-track flow.

    Its models take the send answer and the templates as served; history, receipts and inbound
    messages carry times as the docs spell them (digit strings), which its strict models refuse
    (pinned below), so those are read raw and parsed with this project's models.
    """
    api_client, embedded = official
    sms = clicksend.SmsApi(api_client)
    message = clicksend.SendSmsRequestMessagesInner(
        to="+61400000001", body="Your code is 1234", custom_string="otp"
    )
    sent = sms.send_sms(send_sms_request=clicksend.SendSmsRequest(messages=[message]))
    assert sent.data is not None
    assert sent.data.messages is not None
    (result,) = sent.data.messages
    assert (result.status, result.to) == ("SUCCESS", "+61400000001")
    embedded.advance(2)

    history = SmsHistoryPage.from_dict(_data(sms.view_sms_history_without_preload_content()))
    assert [(m.message_id, m.status) for m in history.data] == [(result.message_id, "Delivered")]
    receipts = SmsReceiptPage.from_dict(_data(sms.view_sms_receipts_without_preload_content()))
    assert [(r.message_id, r.status_code) for r in receipts.data] == [(result.message_id, "201")]
    embedded.receive_sms("+61400000001", "+61400000000", "Thanks", account="official")
    replies = InboundSmsPage.from_dict(_data(sms.view_inbound_sms_without_preload_content()))
    assert [r.original_message_id for r in replies.data] == [result.message_id]

    template = sms.create_sms_template(
        create_sms_template_request=clicksend.CreateSmsTemplateRequest(
            template_name="OTP", body="Your code is {code}"
        )
    )
    assert template.data is not None
    templates = sms.view_sms_templates()
    assert templates.data is not None
    assert [t.template_name for t in templates.data.data or []] == ["OTP"]
    email_template = clicksend.EmailApi(api_client).create_email_template(
        create_email_template_request=clicksend.CreateEmailTemplateRequest(
            template_id_master=1, template_name="Welcome"
        )
    )
    assert email_template.data is not None
    assert email_template.data.template_name == "Welcome"
    assert embedded.request_counts["sms_send"] == 1


def test_official_sdk_models_expect_integer_times_on_messaging_reads(
    official: tuple[clicksend.ApiClient, EmbeddedClickSend],
) -> None:
    """Pins where the official SDK's strict models refuse the docs' spellings.

    History (`date`, `message_parts` "1.00"), receipts (`timestamp`, `status_code` "201"),
    inbound messages (`timestamp`) and master templates (`date_added`) come as digit strings in
    the docs' examples; its price model wants `date` and `schedule` as strings instead.
    """
    api_client, embedded = official
    sms = clicksend.SmsApi(api_client)
    message = clicksend.SendSmsRequestMessagesInner(to="+61400000001", body="hi")
    sms.send_sms(send_sms_request=clicksend.SendSmsRequest(messages=[message]))
    embedded.advance(2)
    embedded.receive_sms("+61400000001", "+61400000000", "hello", account="official")
    with pytest.raises(pydantic.ValidationError, match="message_parts"):
        sms.view_sms_history()
    with pytest.raises(pydantic.ValidationError, match="status_code"):
        sms.view_sms_receipts()
    with pytest.raises(pydantic.ValidationError, match="timestamp"):
        sms.view_inbound_sms()
    with pytest.raises(pydantic.ValidationError, match="date_added"):
        clicksend.EmailApi(api_client).view_master_email_templates()
    price = clicksend.CalculateSmsPriceRequest(
        messages=[clicksend.CalculateSmsPriceRequestMessagesInner(to="+61400000001", body="hi")]
    )
    with pytest.raises(pydantic.ValidationError, match="schedule"):
        sms.calculate_sms_price(calculate_sms_price_request=price)


def test_official_sdk_with_the_typed_spelling(
    official: tuple[clicksend.ApiClient, EmbeddedClickSend],
) -> None:
    """With `spelling="typed"` the official SDK's strict models read further, not all the way.

    Passes now through its own models (refused in the docs' spelling above): contacts
    (`date_added` an integer), inbound messages (`timestamp`), master email templates
    (`date_added`). Still refused, and why (its models disagree with the typed spelling too):

    - send and price answers: it wants `message_price` as a string and
      `is_shared_system_number` as a boolean (typed: a JSON number and 0/1); the price answer's
      `date` and `schedule` as strings (typed: integers).
    - account: `balance`, `auto_recharge_amount`, `low_credit_amount` as strings (typed: numbers).
    - history: `schedule` and `message_price` as strings, `message_parts` as an integer (typed:
      an integer, a number and the number 1.0 of the docs' "1.00").
    - receipts: `status_code` as an integer (the docs and typed: the string "201", since the
      models of openapi.yaml keep it a string).
    """
    api_client, embedded = official
    embedded.spelling = "typed"
    sms = clicksend.SmsApi(api_client)
    message = clicksend.SendSmsRequestMessagesInner(to="+61400000001", body="hi")
    with pytest.raises(pydantic.ValidationError, match="message_price"):
        sms.send_sms(send_sms_request=clicksend.SendSmsRequest(messages=[message]))
    embedded.advance(2)
    embedded.receive_sms("+61400000001", "+61400000000", "hello", account="official")

    inbound = sms.view_inbound_sms()
    assert inbound.data is not None
    (reply,) = inbound.data.data or []
    assert (reply.body, reply.timestamp) == ("hello", 1_800_000_002)
    list_id = embedded.add_list("Dates", contacts=1, account="official")
    contacts = clicksend.ListsApi(api_client).view_list_contacts(list_id=str(list_id))
    assert contacts.data is not None
    assert [c.date_added for c in contacts.data.data or []] == [1_800_000_002]
    masters = clicksend.EmailApi(api_client).view_master_email_templates()
    assert masters.data

    with pytest.raises(pydantic.ValidationError, match="balance"):
        clicksend.ManagementApi(api_client).view_account_details()
    with pytest.raises(pydantic.ValidationError, match="message_parts"):
        sms.view_sms_history()
    with pytest.raises(pydantic.ValidationError, match="status_code"):
        sms.view_sms_receipts()
    price = clicksend.CalculateSmsPriceRequest(
        messages=[clicksend.CalculateSmsPriceRequestMessagesInner(to="+61400000001", body="hi")]
    )
    with pytest.raises(pydantic.ValidationError, match="schedule"):
        sms.calculate_sms_price(calculate_sms_price_request=price)
    # What was refused was served: one message sent, delivered, and read back by this SDK.
    assert embedded.request_counts["sms_send"] == 1
    assert all(r.status == 200 for r in embedded.requests)

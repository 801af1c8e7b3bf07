# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""The checks of every model users build for a request (messages, recipients, attachments).

`Arg(..., rules=...)` applies them to a model (or each model of a list) before sending; each
names the field and the rules openapi.yaml states for it.
"""

from __future__ import annotations

from datetime import datetime

from ..._operation import Arg, Rules
from ..._values import flag_number, integer_in
from ..._values import unix_time_in as unix_time
from ..models import (
    AutomationAction,
    AutomationWebhookType,
    EmailAttachment,
    EmailAttachmentDisposition,
    EmailFrom,
    EmailRecipient,
    FaxMessage,
    MmsMessage,
    PostRecipient,
    SmsInboundTestRequestWebhookType,
    SmsMessage,
    SmsSender,
    SmsSenderSenderType,
    VoiceMessage,
    VoiceMessageVoice,
)

_ACCOUNT_CREATE_RULES = Rules(
    fields={
        "username": Arg("body", (str,), required=True),
        "password": Arg("body", (str,), required=True),
        "user_phone": Arg("body", (str,), required=True),
        "user_email": Arg("body", (str,), required=True),
        "user_first_name": Arg("body", (str,), required=True),
        "user_last_name": Arg("body", (str,), required=True),
        "account_name": Arg("body", (str,), required=True),
        "country": Arg("body", (str,), required=True),
    },
)
_ACCOUNT_VERIFY_RULES = Rules(
    fields={
        "country": Arg("body", (str,), required=True),
        "user_phone": Arg("body", (str,), required=True),
        "type_": Arg("body", (str,), required=True, wire="type"),
    },
)
_ALLOWED_ADDRESS_FIELDS_RULES = Rules(
    fields={
        "email_address": Arg("body", (str,), required=True),
        "from_": Arg("body", (str,), wire="from"),
    },
)
_ALLOWED_EMAIL_ADDRESS_CREATE_RULES = Rules(
    fields={
        "email_address": Arg("body", (str,), required=True, min_length=1),
    },
)
_AUTOMATION_FAX_INBOUND_RULE_FIELDS_RULES = Rules(
    fields={
        "dedicated_number": Arg("body", (str,), required=True, pattern="^(\\*|\\+?[0-9]+)$"),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "action": Arg("body", (str,), required=True, convert=AutomationAction),
        "action_address": Arg("body", (str,), required=True),
        "enabled": Arg(
            "body",
            (bool, int),
            required=True,
            convert=flag_number,
            minimum=0,
            maximum=1,
            pattern="^[01]$",
        ),
    },
)
_AUTOMATION_RECEIPT_RULE_FIELDS_RULES = Rules(
    fields={
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int, str), required=True, convert=integer_in, minimum=0),
        "action": Arg("body", (str,), required=True, convert=AutomationAction),
        "action_address": Arg("body", (str,), required=True),
        "enabled": Arg(
            "body",
            (bool, int),
            required=True,
            convert=flag_number,
            minimum=0,
            maximum=1,
            pattern="^[01]$",
        ),
    },
)
_AUTOMATION_SMS_INBOUND_RULE_FIELDS_RULES = Rules(
    fields={
        "dedicated_number": Arg("body", (str,), required=True, pattern="^(\\*|\\+?[0-9]+)$"),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "message_search_type": Arg(
            "body", (int, str), required=True, convert=integer_in, minimum=0, maximum=3
        ),
        "message_search_term": Arg("body", (str,), required=True),
        "action": Arg("body", (str,), required=True, convert=AutomationAction),
        "action_address": Arg("body", (str,), required=True),
        "enabled": Arg(
            "body",
            (bool, int),
            required=True,
            convert=flag_number,
            minimum=0,
            maximum=1,
            pattern="^[01]$",
        ),
        "body": Arg("body", (str,)),
        "webhook_type": Arg("body", (str,), convert=AutomationWebhookType),
    },
)
_CONTACT_FIELDS_RULES = Rules(
    fields={
        "phone_number": Arg("body", (str,)),
        "email": Arg("body", (str,)),
        "fax_number": Arg("body", (str,)),
        "first_name": Arg("body", (str,)),
        "last_name": Arg("body", (str,)),
        "address_line_1": Arg("body", (str,)),
        "address_line_2": Arg("body", (str,)),
        "address_city": Arg("body", (str,)),
        "address_state": Arg("body", (str,)),
        "address_postal_code": Arg("body", (str,)),
        "address_country": Arg("body", (str,)),
        "organization_name": Arg("body", (str,)),
        "custom_1": Arg("body", (str,)),
        "custom_2": Arg("body", (str,)),
        "custom_3": Arg("body", (str,)),
        "custom_4": Arg("body", (str,)),
    },
    at_least_one_of=(
        "phone_number",
        "email",
        "fax_number",
    ),
)
_CONTACT_LIST_FIELDS_RULES = Rules(
    fields={
        "list_name": Arg("body", (str,), required=True, min_length=1),
    },
)
_CONTACT_LIST_IMPORT_RULES = Rules(
    fields={
        "file_url": Arg("body", (str,), required=True),
        "field_order": Arg("body", (list, tuple), required=True, items=(str,)),
    },
)
_CREDIT_CARD_RULES = Rules(
    fields={
        "number": Arg("body", (str,), required=True),
        "expiry_month": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "expiry_year": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "cvc": Arg(
            "body",
            (
                int,
                str,
            ),
            required=True,
            minimum=0,
            maximum=9999,
            pattern="^[0-9]{3,4}$",
        ),
        "name": Arg("body", (str,), required=True),
        "bank_name": Arg("body", (str,), required=True),
    },
)
_EMAIL_ATTACHMENT_RULES = Rules(
    fields={
        "content": Arg("body", (str,), required=True, min_length=1),
        "type_": Arg("body", (str,), required=True, min_length=1, wire="type"),
        "filename": Arg("body", (str,), required=True, min_length=1),
        "disposition": Arg("body", (str,), required=True, convert=EmailAttachmentDisposition),
        "content_id": Arg("body", (str,), required=True),
    },
)
_EMAIL_FROM_RULES = Rules(
    fields={
        "email_address_id": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "name": Arg("body", (str,)),
    },
)
_EMAIL_RECIPIENT_RULES = Rules(
    fields={
        "email": Arg("body", (str,), required=True, min_length=1),
        "name": Arg("body", (str,)),
    },
)
_EMAIL_SEND_REQUEST_RULES = Rules(
    fields={
        "to": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(EmailRecipient,),
            rules=_EMAIL_RECIPIENT_RULES,
            min_items=1,
        ),
        "from_": Arg("body", (EmailFrom,), required=True, rules=_EMAIL_FROM_RULES, wire="from"),
        "body": Arg("body", (str,), required=True, min_length=1),
        "cc": Arg("body", (list, tuple), items=(EmailRecipient,), rules=_EMAIL_RECIPIENT_RULES),
        "bcc": Arg("body", (list, tuple), items=(EmailRecipient,), rules=_EMAIL_RECIPIENT_RULES),
        "subject": Arg("body", (str,)),
        "attachments": Arg(
            "body", (list, tuple), items=(EmailAttachment,), rules=_EMAIL_ATTACHMENT_RULES
        ),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
)
_EMAIL_TEMPLATE_CREATE_RULES = Rules(
    fields={
        "template_id_master": Arg("body", (int, str), required=True, convert=integer_in),
        "template_name": Arg("body", (str,), required=True, min_length=1),
    },
)
_EMAIL_TEMPLATE_UPDATE_RULES = Rules(
    fields={
        "body": Arg("body", (str,), required=True),
        "template_name": Arg("body", (str,), min_length=1),
    },
)
_FAX_MESSAGE_RULES = Rules(
    fields={
        "to": Arg("body", (str,)),
        "list_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "custom_string": Arg("body", (str,)),
        "country": Arg("body", (str,)),
        "from_email": Arg("body", (str,)),
        "source": Arg("body", (str,)),
    },
    at_least_one_of=(
        "to",
        "list_id",
    ),
)
_FAX_RECEIPT_TEST_REQUEST_RULES = Rules(
    fields={
        "url": Arg("body", (str,), required=True, min_length=1),
    },
)
_FAX_RECEIPTS_READ_REQUEST_RULES = Rules(
    fields={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
)
_FAX_SEND_REQUEST_RULES = Rules(
    fields={
        "file_url": Arg("body", (str,), required=True, min_length=1),
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(FaxMessage,),
            rules=_FAX_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
)
_FORGOT_PASSWORD_RULES = Rules(
    fields={
        "username": Arg("body", (str,), required=True),
    },
)
_FORGOT_PASSWORD_VERIFY_RULES = Rules(
    fields={
        "subaccount_id": Arg("body", (int,), required=True),
        "activation_token": Arg("body", (str,), required=True),
        "password": Arg("body", (str,), required=True),
    },
)
_FORGOT_USERNAME_RULES = Rules(
    fields={
        "email": Arg("body", (str,)),
        "phone_number": Arg("body", (str,)),
        "country": Arg("body", (str,), pattern="^[A-Za-z]{2}$"),
    },
    at_least_one_of=(
        "email",
        "phone_number",
    ),
)
_MMS_MESSAGE_RULES = Rules(
    fields={
        "subject": Arg("body", (str,), required=True, min_length=1, max_length=20),
        "body": Arg("body", (str,), required=True, min_length=1, max_length=1500),
        "to": Arg("body", (str,), min_length=1),
        "list_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "from_": Arg("body", (str,), wire="from"),
        "source": Arg("body", (str,)),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "custom_string": Arg("body", (str,)),
        "country": Arg("body", (str,)),
        "from_email": Arg("body", (str,)),
    },
    exactly_one_of=(
        "to",
        "list_id",
    ),
)
_MMS_SEND_REQUEST_RULES = Rules(
    fields={
        "media_file": Arg("body", (str,), required=True, min_length=1),
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(MmsMessage,),
            rules=_MMS_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
)
_POST_DETECT_ADDRESS_REQUEST_RULES = Rules(
    fields={
        "content": Arg("body", (str,), pattern="^[A-Za-z0-9+/]+={0,2}$", min_length=1),
        "address": Arg("body", (str,), min_length=1),
    },
    exactly_one_of=(
        "content",
        "address",
    ),
)
_POST_RECIPIENT_RULES = Rules(
    fields={
        "address_name": Arg("body", (str,), required=True, min_length=1),
        "address_line_1": Arg("body", (str,), required=True, min_length=1),
        "address_city": Arg("body", (str,), required=True, min_length=1),
        "address_state": Arg("body", (str,), required=True),
        "address_postal_code": Arg(
            "body",
            (
                str,
                int,
            ),
            required=True,
        ),
        "address_country": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "return_address_id": Arg("body", (int, str), required=True, convert=integer_in, minimum=1),
        "address_line_2": Arg("body", (str,)),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "custom_string": Arg("body", (str,)),
    },
)
_POST_LETTER_SEND_REQUEST_RULES = Rules(
    fields={
        "file_url": Arg("body", (str,), required=True, pattern="^https?://\\S+$"),
        "recipients": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(PostRecipient,),
            rules=_POST_RECIPIENT_RULES,
            min_items=1,
            max_items=1000,
        ),
        "template_used": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "colour": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "duplex": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "priority_post": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "source": Arg("body", (str,)),
    },
)
_POST_RETURN_ADDRESS_FIELDS_RULES = Rules(
    fields={
        "address_name": Arg("body", (str,), required=True, min_length=1),
        "address_line_1": Arg("body", (str,), required=True, min_length=1),
        "address_city": Arg("body", (str,), required=True, min_length=1),
        "address_postal_code": Arg(
            "body",
            (
                str,
                int,
            ),
            required=True,
        ),
        "address_country": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "address_line_2": Arg("body", (str,)),
        "address_state": Arg("body", (str,)),
    },
)
_POSTCARD_SEND_REQUEST_RULES = Rules(
    fields={
        "file_urls": Arg(
            "body", (list, tuple), required=True, items=(str,), min_items=1, max_items=2
        ),
        "recipients": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(PostRecipient,),
            rules=_POST_RECIPIENT_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
)
_REMOVE_DUPLICATES_FIELDS_RULES = Rules(
    fields={
        "fields": Arg("body", (list, tuple), items=(str,)),
    },
)
_SMS_CANCEL_ALL_REQUEST_RULES = Rules(
    fields={
        "custom_string": Arg("body", (str,), min_length=1),
    },
)
_SMS_INBOUND_TEST_REQUEST_RULES = Rules(
    fields={
        "url": Arg("body", (str,), required=True, min_length=1),
        "webhook_type": Arg("body", (str,), convert=SmsInboundTestRequestWebhookType),
    },
)
_SMS_MARK_READ_REQUEST_RULES = Rules(
    fields={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
)
_SMS_MESSAGE_RULES = Rules(
    fields={
        "body": Arg("body", (str,), required=True, min_length=1),
        "to": Arg("body", (str,), min_length=1),
        "list_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "from_": Arg("body", (str,), wire="from"),
        "source": Arg("body", (str,)),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "custom_string": Arg("body", (str,)),
        "country": Arg("body", (str,)),
        "from_email": Arg("body", (str,)),
        "exclude_no_sender_id_recipients": Arg("body", (bool,)),
        "show_summary": Arg("body", (bool,)),
    },
    exactly_one_of=(
        "to",
        "list_id",
    ),
)
_SMS_RECEIPT_TEST_REQUEST_RULES = Rules(
    fields={
        "url": Arg("body", (str,), required=True, min_length=1),
    },
)
_SMS_SENDER_RULES = Rules(
    fields={
        "recipient_country_code": Arg("body", (str,), required=True),
        "sender_id": Arg("body", (str,)),
        "sender_type": Arg("body", (str,), convert=SmsSenderSenderType),
        "sender_country_code": Arg("body", (str,)),
    },
)
_SMS_SEND_REQUEST_RULES = Rules(
    fields={
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(SmsMessage,),
            rules=_SMS_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
        "senders": Arg("body", (list, tuple), items=(SmsSender,), rules=_SMS_SENDER_RULES),
        "shorten_urls": Arg("body", (bool,)),
    },
)
_SMS_TEMPLATE_FIELDS_RULES = Rules(
    fields={
        "template_name": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
    },
)
_STRIPPED_STRING_FIELDS_RULES = Rules(
    fields={
        "strip_string": Arg("body", (str,), required=True, min_length=1),
    },
)
_UPLOAD_REQUEST_RULES = Rules(
    fields={
        "content": Arg(
            "body", (str,), required=True, pattern="^[A-Za-z0-9+/]+={0,2}$", min_length=1
        ),
    },
)
_VOICE_MESSAGE_RULES = Rules(
    fields={
        "body": Arg("body", (str,), required=True, min_length=1),
        "voice": Arg("body", (str,), required=True, convert=VoiceMessageVoice),
        "to": Arg("body", (str,)),
        "list_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "lang": Arg("body", (str,), pattern="^[a-z]{2}-[a-z]{2}(-[a-z]{3})?$"),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "custom_string": Arg("body", (str,)),
        "country": Arg("body", (str,)),
        "require_input": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "machine_detection": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "source": Arg("body", (str,)),
    },
    at_least_one_of=(
        "to",
        "list_id",
    ),
)
_VOICE_RECEIPT_TEST_REQUEST_RULES = Rules(
    fields={
        "url": Arg("body", (str,), required=True, min_length=1),
    },
)
_VOICE_RECEIPTS_READ_REQUEST_RULES = Rules(
    fields={
        "date_before": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
    },
)
_VOICE_SEND_REQUEST_RULES = Rules(
    fields={
        "messages": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(VoiceMessage,),
            rules=_VOICE_MESSAGE_RULES,
            min_items=1,
            max_items=1000,
        ),
    },
)

# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""The checks of every model users build for a request (messages, recipients, attachments).

`Arg(..., rules=...)` applies them to a model (or each model of a list) before sending; each
names the field and the rules openapi.yaml states for it.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from ..._operation import Arg, Rules
from ..._values import flag_number, integer_in, money_in
from ..._values import unix_time_in as unix_time
from ..models import (
    AlphaTagBusiness,
    AlphaTagBusinessAddress,
    AlphaTagBusinessBusinessRelationship,
    AlphaTagBusinessCountry,
    AlphaTagBusinessInfo,
    AlphaTagPartnerRepresentative,
    AlphaTagRepresentative,
    AutomationAction,
    AutomationWebhookType,
    DefaultSenderFieldsProductType,
    DefaultSenderStrategyFields,
    DefaultSenderStrategyFieldsSenderType,
    DeliveryIssueCreateType,
    DirectMailArea,
    DirectMailCampaignRequestSize,
    EmailAttachment,
    EmailAttachmentDisposition,
    EmailFrom,
    EmailRecipient,
    FaxMessage,
    MmsMessage,
    NumberBuyFieldsType,
    NumberRegistrationData,
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
_ACCOUNT_UPDATE_RULES = Rules(
    fields={
        "username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "user_email": Arg("body", (str,), required=True, min_length=1),
        "user_phone": Arg("body", (str,), required=True, min_length=1),
        "user_first_name": Arg("body", (str,), required=True),
        "user_last_name": Arg("body", (str,), required=True),
        "account_name": Arg("body", (str,), required=True),
        "country": Arg("body", (str,), required=True),
        "timezone": Arg("body", (str,), required=True, min_length=1),
        "private_uploads": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "setting_sms_hide_business_name": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "setting_sms_hide_your_number": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
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
_ALPHA_TAG_BUSINESS_ADDRESS_RULES = Rules(
    fields={
        "addr_line1": Arg("body", (str,), required=True, min_length=1, max_length=80),
        "city": Arg("body", (str,), required=True, min_length=1, max_length=50),
        "state": Arg("body", (str,), required=True, min_length=1, max_length=100),
        "postal": Arg("body", (str,), required=True, min_length=1, max_length=10),
        "addr_line2": Arg("body", (str,), max_length=80),
    },
)
_ALPHA_TAG_BUSINESS_INFO_RULES = Rules(
    fields={
        "website": Arg("body", (str,), required=True, min_length=1, max_length=128),
        "phone_number": Arg("body", (str,), required=True, min_length=1, max_length=15),
    },
)
_ALPHA_TAG_PARTNER_REPRESENTATIVE_RULES = Rules(
    fields={
        "first_name": Arg("body", (str,), required=True, min_length=1, max_length=32),
        "last_name": Arg("body", (str,), required=True, min_length=1, max_length=32),
        "email": Arg("body", (str,), required=True, min_length=3, max_length=100),
        "title": Arg("body", (str,), required=True, min_length=1, max_length=50),
    },
)
_ALPHA_TAG_REPRESENTATIVE_RULES = Rules(
    fields={
        "first_name": Arg("body", (str,), required=True, min_length=1, max_length=32),
        "last_name": Arg("body", (str,), required=True, min_length=1, max_length=32),
        "email": Arg("body", (str,), required=True, min_length=3, max_length=100),
    },
)
_ALPHA_TAG_BUSINESS_RULES = Rules(
    fields={
        "country": Arg("body", (str,), required=True, convert=AlphaTagBusinessCountry),
        "business_name": Arg("body", (str,), required=True, min_length=1, max_length=80),
        "business_relationship": Arg(
            "body", (str,), required=True, convert=AlphaTagBusinessBusinessRelationship
        ),
        "business_info": Arg(
            "body", (AlphaTagBusinessInfo,), required=True, rules=_ALPHA_TAG_BUSINESS_INFO_RULES
        ),
        "business_address": Arg(
            "body",
            (AlphaTagBusinessAddress,),
            required=True,
            rules=_ALPHA_TAG_BUSINESS_ADDRESS_RULES,
        ),
        "representative": Arg(
            "body", (AlphaTagRepresentative,), required=True, rules=_ALPHA_TAG_REPRESENTATIVE_RULES
        ),
        "abn": Arg("body", (str,), required=True, pattern="^ *([0-9] *){11}$"),
        "partner_business_name": Arg("body", (str,), min_length=1, max_length=80),
        "partner_abn": Arg("body", (str,), min_length=1, max_length=15),
        "partner_business_info": Arg(
            "body", (AlphaTagBusinessInfo,), rules=_ALPHA_TAG_BUSINESS_INFO_RULES
        ),
        "partner_business_address": Arg(
            "body", (AlphaTagBusinessAddress,), rules=_ALPHA_TAG_BUSINESS_ADDRESS_RULES
        ),
        "partner_representative": Arg(
            "body", (AlphaTagPartnerRepresentative,), rules=_ALPHA_TAG_PARTNER_REPRESENTATIVE_RULES
        ),
    },
)
_ALPHA_TAG_FIELDS_RULES = Rules(
    fields={
        "alpha_tag": Arg(
            "body",
            (str,),
            required=True,
            pattern="^[A-Za-z0-9+]*[A-Za-z+][A-Za-z0-9+]*$",
            min_length=3,
            max_length=11,
        ),
        "reason": Arg("body", (str,), min_length=1),
        "countries": Arg("body", (list, tuple), items=(str,), min_items=1, max_items=1),
        "businesses": Arg(
            "body",
            (list, tuple),
            items=(AlphaTagBusiness,),
            rules=_ALPHA_TAG_BUSINESS_RULES,
            min_items=1,
            max_items=1,
        ),
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
_CONTACT_LIST_IMPORT_PREVIEW_REQUEST_RULES = Rules(
    fields={
        "file_url": Arg("body", (str,), required=True, min_length=1),
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
_DEFAULT_SENDER_STRATEGY_FIELDS_RULES = Rules(
    fields={
        "sender_type": Arg(
            "body", (str,), required=True, convert=DefaultSenderStrategyFieldsSenderType
        ),
        "sender_id": Arg("body", (str,), required=True),
        "sender_country_code": Arg("body", (str,), pattern="^[A-Za-z]{2}$"),
        "note": Arg("body", (str,), max_length=200),
    },
)
_DEFAULT_SENDER_FIELDS_RULES = Rules(
    fields={
        "country_code": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "product_type": Arg("body", (str,), required=True, convert=DefaultSenderFieldsProductType),
        "default_sender_strategies": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(DefaultSenderStrategyFields,),
            rules=_DEFAULT_SENDER_STRATEGY_FIELDS_RULES,
            min_items=1,
            max_items=1,
        ),
    },
)
_DEFAULT_SENDER_UPDATE_FIELDS_RULES = Rules(
    fields={
        "default_sender_strategies": Arg(
            "body",
            (list, tuple),
            required=True,
            items=(DefaultSenderStrategyFields,),
            rules=_DEFAULT_SENDER_STRATEGY_FIELDS_RULES,
            min_items=1,
            max_items=1,
        ),
    },
)
_DELIVERY_ISSUE_CREATE_RULES = Rules(
    fields={
        "type_": Arg("body", (str,), required=True, convert=DeliveryIssueCreateType, wire="type"),
        "description": Arg("body", (str,), required=True, min_length=1),
        "email_address": Arg("body", (str,), required=True, min_length=1),
        "message_id": Arg("body", (str,), min_length=1),
        "client_comments": Arg("body", (str,)),
    },
)
_DIRECT_MAIL_AREA_RULES = Rules(
    fields={
        "location_id": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "quantity": Arg("body", (int, str), required=True, convert=integer_in, minimum=1),
    },
)
_DIRECT_MAIL_CAMPAIGN_REQUEST_RULES = Rules(
    fields={
        "name": Arg("body", (str,), required=True, min_length=1),
        "size": Arg("body", (str,), required=True, convert=DirectMailCampaignRequestSize),
        "file_urls": Arg(
            "body", (list, tuple), required=True, items=(str,), min_items=1, max_items=2
        ),
        "areas": Arg(
            "body",
            (list, tuple),
            items=(DirectMailArea,),
            rules=_DIRECT_MAIL_AREA_RULES,
            min_items=1,
        ),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "source": Arg("body", (str,)),
        "custom_string": Arg("body", (str,)),
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
_EMAIL_CAMPAIGN_SEND_REQUEST_RULES = Rules(
    fields={
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_email_address_id": Arg(
            "body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"
        ),
        "from_name": Arg("body", (str,), required=True, min_length=1),
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "template_id": Arg("body", (int, str), convert=integer_in, pattern="^-?[0-9]+$"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "draft": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "custom_string": Arg("body", (str,)),
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
_EMAIL_RECEIPT_TEST_REQUEST_RULES = Rules(
    fields={
        "url": Arg("body", (str,), required=True, min_length=1),
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
_EMAIL_TEMPLATE_IMAGE_UPLOAD_RULES = Rules(
    fields={
        "image": Arg("body", (str,), min_length=1),
        "url": Arg("body", (str,), min_length=1),
    },
    at_least_one_of=(
        "image",
        "url",
    ),
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
_GLOBAL_SENDING_SELECT_REQUEST_RULES = Rules(
    fields={
        "country_list_ids": Arg("body", (list, tuple), required=True, items=(int,), min_items=1),
    },
)
_MMS_CAMPAIGN_SEND_REQUEST_RULES = Rules(
    fields={
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "subject": Arg("body", (str,), required=True, min_length=1, max_length=20),
        "body": Arg("body", (str,), required=True, min_length=1, max_length=1500),
        "media_file": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
    },
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
_NUMBER_REGISTRATION_DATA_RULES = Rules(
    fields={
        "business_name": Arg("body", (str,), required=True, min_length=2, max_length=100),
        "business_address": Arg("body", (str,), required=True, min_length=5, max_length=150),
        "suburb": Arg("body", (str,), required=True, min_length=2, max_length=50),
        "postcode": Arg("body", (str,), required=True, min_length=2, max_length=20),
        "state": Arg("body", (str,), required=True, min_length=2, max_length=50),
        "contact_name": Arg("body", (str,), required=True, min_length=2, max_length=100),
        "contact_number": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
    },
)
_NUMBER_BUY_FIELDS_RULES = Rules(
    fields={
        "type_": Arg("body", (str,), required=True, convert=NumberBuyFieldsType, wire="type"),
        "registration_data": Arg(
            "body", (NumberRegistrationData,), rules=_NUMBER_REGISTRATION_DATA_RULES
        ),
    },
)
_NUMBER_REGISTER_FIELDS_RULES = Rules(
    fields={
        "full_name": Arg("body", (str,), required=True, min_length=1),
        "company_name": Arg("body", (str,), required=True, min_length=1),
        "email": Arg("body", (str,), required=True, min_length=3),
        "website_url": Arg("body", (str,), required=True, min_length=1),
        "sample_message": Arg("body", (str,), required=True, min_length=1),
        "primary_use_case": Arg("body", (str,), required=True, min_length=1),
        "company_number": Arg("body", (str,), required=True, min_length=1),
        "area_code": Arg("body", (str,), required=True, min_length=1),
    },
)
_OWN_NUMBER_UPDATE_FIELDS_RULES = Rules(
    fields={
        "label": Arg("body", (str,), required=True),
    },
)
_OWN_NUMBER_VERIFICATION_REQUEST_RULES = Rules(
    fields={
        "phone_number": Arg("body", (str,), required=True, pattern="^\\+?[0-9]{5,15}$"),
        "country": Arg("body", (str,), required=True, pattern="^[A-Za-z]{2}$"),
        "label": Arg("body", (str,)),
    },
)
_OWN_NUMBER_VERIFY_FIELDS_RULES = Rules(
    fields={
        "code": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), pattern="^[A-Za-z]{2}$"),
        "phone_number": Arg("body", (str,), pattern="^\\+?[0-9]{5,15}$"),
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
_RESELLER_ACCOUNT_FIELDS_RULES = Rules(
    fields={
        "username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "user_email": Arg("body", (str,), required=True, min_length=1),
        "user_phone": Arg("body", (str,), required=True, min_length=1),
        "user_first_name": Arg("body", (str,), required=True, min_length=1),
        "user_last_name": Arg("body", (str,), required=True, min_length=1),
        "account_name": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), required=True, pattern="^[A-Z]{2}$"),
    },
)
_RESELLER_PUBLIC_ACCOUNT_FIELDS_RULES = Rules(
    fields={
        "reseller_user_id": Arg("body", (int, str), required=True, convert=integer_in, minimum=1),
        "username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "user_email": Arg("body", (str,), required=True, min_length=1),
        "user_phone": Arg("body", (str,), required=True, min_length=1),
        "user_first_name": Arg("body", (str,), required=True, min_length=1),
        "user_last_name": Arg("body", (str,), required=True, min_length=1),
        "account_name": Arg("body", (str,), required=True, min_length=1),
        "country": Arg("body", (str,), required=True, pattern="^[A-Z]{2}$"),
    },
)
_RESELLER_SETTINGS_FIELDS_RULES = Rules(
    fields={
        "allow_public_signups": Arg(
            "body",
            (bool, int),
            required=True,
            convert=flag_number,
            minimum=0,
            maximum=1,
            pattern="^[01]$",
        ),
        "default_margin": Arg("body", (int, float), required=True, minimum=0),
        "default_margin_numbers": Arg("body", (int, float), required=True, minimum=0),
        "trial_balance": Arg(
            "body",
            (Decimal, int, str),
            required=True,
            convert=money_in,
            pattern="^-?[0-9]+(\\.[0-9]+)?$",
        ),
        "subdomain": Arg(
            "body",
            (str,),
            required=True,
            pattern="^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$",
            max_length=63,
        ),
        "colour_navigation": Arg("body", (str,), required=True, min_length=1),
        "logo_url_light": Arg("body", (str,), required=True),
        "logo_url_dark": Arg("body", (str,), required=True),
        "company_name": Arg("body", (str,), required=True, min_length=1),
    },
)
_RESELLER_TRANSFER_CREDIT_RULES = Rules(
    fields={
        "client_user_id": Arg("body", (int, str), required=True, convert=integer_in, minimum=1),
        "balance": Arg(
            "body",
            (Decimal, int, str),
            required=True,
            convert=money_in,
            minimum=0.01,
            pattern="^-?[0-9]+(\\.[0-9]+)?$",
        ),
        "currency": Arg("body", (str,), required=True, pattern="^[A-Z]{3}$"),
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
_SMS_CAMPAIGN_SEND_REQUEST_RULES = Rules(
    fields={
        "list_id": Arg("body", (int, str), required=True, convert=integer_in, pattern="^-?[0-9]+$"),
        "name": Arg("body", (str,), required=True, min_length=1),
        "body": Arg("body", (str,), required=True, min_length=1),
        "from_": Arg("body", (str,), wire="from"),
        "schedule": Arg("body", (int, datetime), convert=unix_time, pattern="^[0-9]+$"),
        "url_to_shorten": Arg("body", (str,)),
        "senders": Arg("body", (list, tuple), items=(SmsSender,), rules=_SMS_SENDER_RULES),
        "source": Arg("body", (str,)),
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
_SUBACCOUNT_CREATE_RULES = Rules(
    fields={
        "api_username": Arg("body", (str,), required=True, min_length=1),
        "password": Arg("body", (str,), required=True, min_length=1),
        "email": Arg("body", (str,), required=True, min_length=1),
        "phone_number": Arg("body", (str,), required=True, min_length=1),
        "first_name": Arg("body", (str,), required=True, min_length=1),
        "last_name": Arg("body", (str,), required=True, min_length=1),
        "access_users": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_billing": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_reporting": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_contacts": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_settings": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_smpp": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "sms_deidentify_message": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "notes": Arg("body", (str,)),
    },
)
_SUBACCOUNT_UPDATE_RULES = Rules(
    fields={
        "api_username": Arg("body", (str,), min_length=1),
        "password": Arg("body", (str,), min_length=1),
        "email": Arg("body", (str,), min_length=1),
        "phone_number": Arg("body", (str,), min_length=1),
        "first_name": Arg("body", (str,), min_length=1),
        "last_name": Arg("body", (str,), min_length=1),
        "access_users": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_billing": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_reporting": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_contacts": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_settings": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_sms": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_email": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_voice": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_fax": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_post": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_reseller": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "access_mms": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "share_campaigns": Arg(
            "body", (bool, int), convert=flag_number, minimum=0, maximum=1, pattern="^[01]$"
        ),
        "notes": Arg("body", (str,)),
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

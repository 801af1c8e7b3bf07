# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""The checks of every model users build for a request (messages, recipients, attachments).

`Arg(..., rules=...)` applies them to a model (or each model of a list) before sending; each
names the field and the rules openapi.yaml states for it.
"""

from __future__ import annotations

from ..._operation import Arg, Rules
from ..._values import integer_in

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
_REMOVE_DUPLICATES_FIELDS_RULES = Rules(
    fields={
        "fields": Arg("body", (list, tuple), items=(str,)),
    },
)
_STRIPPED_STRING_FIELDS_RULES = Rules(
    fields={
        "strip_string": Arg("body", (str,), required=True, min_length=1),
    },
)

"""One handler per operationId of openapi.yaml, one module per group: what each call does.

A handler gets a `Call` (the authenticated account, path and query parameters, the body) and
returns `(response_msg, data)` for a 200 answer, or raises `ApiError`. `_base` holds `Call`, the
registry and the body checks every group shares; each group's behaviour lives in its own
module; plain CRUD operations (`x-crud` in openapi.yaml) are all served by `crud`, from the
operation facts alone. Importing this package registers every handler in `HANDLERS`.
"""

from . import (
    account,
    automations,
    campaigns,
    contacts,
    countries,
    direct_mail,
    email,
    email_to_sms,
    fax,
    global_sending,
    lists,
    mms,
    numbers,
    post,
    prices,
    recharge,
    reseller,
    senders,
    sms,
    statistics,
    subaccounts,
    support,
    uploads,
    voice,
)
from ._base import HANDLERS, Bare, Call, Handler, Result, body_fields, handles
from .contacts import contact_fields
from .crud import register_crud

#: Operations with an `x-crud` fact are served by the generic store (after the modules above,
#: so that a group may still serve one of them itself).
CRUD_OPERATIONS = register_crud()

__all__ = [
    "CRUD_OPERATIONS",
    "HANDLERS",
    "Bare",
    "Call",
    "Handler",
    "Result",
    "account",
    "automations",
    "body_fields",
    "campaigns",
    "contact_fields",
    "contacts",
    "countries",
    "direct_mail",
    "email",
    "email_to_sms",
    "fax",
    "global_sending",
    "handles",
    "lists",
    "mms",
    "numbers",
    "post",
    "prices",
    "recharge",
    "reseller",
    "senders",
    "sms",
    "statistics",
    "subaccounts",
    "support",
    "uploads",
    "voice",
]

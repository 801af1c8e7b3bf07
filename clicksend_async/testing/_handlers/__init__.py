"""One handler per operationId of openapi.yaml, one module per group: what each call does.

A handler gets a `Call` (the authenticated account, path and query parameters, the body) and
returns `(response_msg, data)` for a 200 answer, or raises `ApiError`. `_base` holds `Call`, the
registry and the body checks every group shares; each group's behaviour lives in its own
module; plain CRUD operations (`x-crud` in openapi.yaml) are all served by `crud`, from the
operation facts alone. Importing this package registers every handler in `HANDLERS`.
"""

from . import account, contacts, countries, email_to_sms, lists, recharge, sms
from ._base import HANDLERS, Call, Handler, Result, body_fields, handles
from .contacts import contact_fields

__all__ = [
    "HANDLERS",
    "Call",
    "Handler",
    "Result",
    "account",
    "body_fields",
    "contact_fields",
    "contacts",
    "countries",
    "email_to_sms",
    "handles",
    "lists",
    "recharge",
    "sms",
]

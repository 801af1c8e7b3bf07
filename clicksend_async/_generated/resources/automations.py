# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""`ClickSend.automations` and its nested resources: one method per operation of openapi.yaml.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._operation import Arg, Operation, Paging, discard
from ..._pagination import AsyncPaginator, Page
from ..._query import Search
from ..._resource import Resource
from ..._values import flag_number
from ..api.inbound_automations import (
    automations_fax_inbound_create as _automations_fax_inbound_create,
)
from ..api.inbound_automations import (
    automations_fax_inbound_delete as _automations_fax_inbound_delete,
)
from ..api.inbound_automations import automations_fax_inbound_get as _automations_fax_inbound_get
from ..api.inbound_automations import automations_fax_inbound_list as _automations_fax_inbound_list
from ..api.inbound_automations import (
    automations_fax_inbound_update as _automations_fax_inbound_update,
)
from ..api.inbound_automations import (
    automations_sms_inbound_create as _automations_sms_inbound_create,
)
from ..api.inbound_automations import (
    automations_sms_inbound_delete as _automations_sms_inbound_delete,
)
from ..api.inbound_automations import automations_sms_inbound_get as _automations_sms_inbound_get
from ..api.inbound_automations import automations_sms_inbound_list as _automations_sms_inbound_list
from ..api.inbound_automations import (
    automations_sms_inbound_update as _automations_sms_inbound_update,
)
from ..api.receipt_automations import (
    automations_email_receipts_create as _automations_email_receipts_create,
)
from ..api.receipt_automations import (
    automations_email_receipts_delete as _automations_email_receipts_delete,
)
from ..api.receipt_automations import (
    automations_email_receipts_get as _automations_email_receipts_get,
)
from ..api.receipt_automations import (
    automations_email_receipts_list as _automations_email_receipts_list,
)
from ..api.receipt_automations import (
    automations_email_receipts_update as _automations_email_receipts_update,
)
from ..api.receipt_automations import (
    automations_fax_receipts_create as _automations_fax_receipts_create,
)
from ..api.receipt_automations import (
    automations_fax_receipts_delete as _automations_fax_receipts_delete,
)
from ..api.receipt_automations import automations_fax_receipts_get as _automations_fax_receipts_get
from ..api.receipt_automations import (
    automations_fax_receipts_list as _automations_fax_receipts_list,
)
from ..api.receipt_automations import (
    automations_fax_receipts_update as _automations_fax_receipts_update,
)
from ..api.receipt_automations import (
    automations_sms_receipts_create as _automations_sms_receipts_create,
)
from ..api.receipt_automations import (
    automations_sms_receipts_delete as _automations_sms_receipts_delete,
)
from ..api.receipt_automations import automations_sms_receipts_get as _automations_sms_receipts_get
from ..api.receipt_automations import (
    automations_sms_receipts_list as _automations_sms_receipts_list,
)
from ..api.receipt_automations import (
    automations_sms_receipts_update as _automations_sms_receipts_update,
)
from ..api.receipt_automations import (
    automations_voice_receipts_create as _automations_voice_receipts_create,
)
from ..api.receipt_automations import (
    automations_voice_receipts_delete as _automations_voice_receipts_delete,
)
from ..api.receipt_automations import (
    automations_voice_receipts_get as _automations_voice_receipts_get,
)
from ..api.receipt_automations import (
    automations_voice_receipts_list as _automations_voice_receipts_list,
)
from ..api.receipt_automations import (
    automations_voice_receipts_update as _automations_voice_receipts_update,
)
from ..models import (
    AutomationAction,
    AutomationFaxInboundRuleFields,
    AutomationInboundRule,
    AutomationReceiptRule,
    AutomationReceiptRuleFields,
    AutomationSmsInboundRuleFields,
    AutomationWebhookType,
    SearchOperator,
)

if TYPE_CHECKING:
    from ..._client import ClickSend

_AUTOMATIONS_SMS_INBOUND_LIST: Operation[Page[AutomationInboundRule]] = Operation(
    name="automations_sms_inbound_list",
    label="automations.sms_inbound.list",
    http="GET /automations/sms/inbound",
    request=_automations_sms_inbound_list.request,
    parse=lambda payload: Page.of(_automations_sms_inbound_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "search": Arg("query", (Search,)),
    },
    crud=("automations_sms_inbound", "inbound_rule_id"),
    paging=Paging("page", "limit"),
)
_AUTOMATIONS_SMS_INBOUND_CREATE: Operation[AutomationInboundRule] = Operation(
    name="automations_sms_inbound_create",
    label="automations.sms_inbound.create",
    http="POST /automations/sms/inbound",
    request=_automations_sms_inbound_create.request,
    parse=lambda payload: _automations_sms_inbound_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "dedicated_number": Arg("body", (str,), required=True, pattern="^(\\*|\\+?[0-9]+)$"),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "message_search_type": Arg("body", (int,), required=True, minimum=0, maximum=3),
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
    body=AutomationSmsInboundRuleFields,
    crud=("automations_sms_inbound", "inbound_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_SMS_INBOUND_GET: Operation[AutomationInboundRule] = Operation(
    name="automations_sms_inbound_get",
    label="automations.sms_inbound.get",
    http="GET /automations/sms/inbound/{inbound_rule_id}",
    request=_automations_sms_inbound_get.request,
    parse=lambda payload: _automations_sms_inbound_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "inbound_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_sms_inbound", "inbound_rule_id"),
)
_AUTOMATIONS_SMS_INBOUND_UPDATE: Operation[AutomationInboundRule] = Operation(
    name="automations_sms_inbound_update",
    label="automations.sms_inbound.update",
    http="PUT /automations/sms/inbound/{inbound_rule_id}",
    request=_automations_sms_inbound_update.request,
    parse=lambda payload: _automations_sms_inbound_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "inbound_rule_id": Arg("path", (int,), required=True, minimum=1),
        "dedicated_number": Arg("body", (str,), required=True, pattern="^(\\*|\\+?[0-9]+)$"),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "message_search_type": Arg("body", (int,), required=True, minimum=0, maximum=3),
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
    body=AutomationSmsInboundRuleFields,
    crud=("automations_sms_inbound", "inbound_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_SMS_INBOUND_DELETE: Operation[None] = Operation(
    name="automations_sms_inbound_delete",
    label="automations.sms_inbound.delete",
    http="DELETE /automations/sms/inbound/{inbound_rule_id}",
    request=_automations_sms_inbound_delete.request,
    parse=lambda payload: discard(_automations_sms_inbound_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "inbound_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_sms_inbound", "inbound_rule_id"),
)
_AUTOMATIONS_FAX_INBOUND_LIST: Operation[Page[AutomationInboundRule]] = Operation(
    name="automations_fax_inbound_list",
    label="automations.fax_inbound.list",
    http="GET /automations/fax/inbound",
    request=_automations_fax_inbound_list.request,
    parse=lambda payload: Page.of(_automations_fax_inbound_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "search": Arg("query", (Search,)),
    },
    crud=("automations_fax_inbound", "inbound_rule_id"),
    paging=Paging("page", "limit"),
)
_AUTOMATIONS_FAX_INBOUND_CREATE: Operation[AutomationInboundRule] = Operation(
    name="automations_fax_inbound_create",
    label="automations.fax_inbound.create",
    http="POST /automations/fax/inbound",
    request=_automations_fax_inbound_create.request,
    parse=lambda payload: _automations_fax_inbound_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
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
    body=AutomationFaxInboundRuleFields,
    crud=("automations_fax_inbound", "inbound_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_FAX_INBOUND_GET: Operation[AutomationInboundRule] = Operation(
    name="automations_fax_inbound_get",
    label="automations.fax_inbound.get",
    http="GET /automations/fax/inbound/{inbound_rule_id}",
    request=_automations_fax_inbound_get.request,
    parse=lambda payload: _automations_fax_inbound_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "inbound_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_fax_inbound", "inbound_rule_id"),
)
_AUTOMATIONS_FAX_INBOUND_UPDATE: Operation[AutomationInboundRule] = Operation(
    name="automations_fax_inbound_update",
    label="automations.fax_inbound.update",
    http="PUT /automations/fax/inbound/{inbound_rule_id}",
    request=_automations_fax_inbound_update.request,
    parse=lambda payload: _automations_fax_inbound_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "inbound_rule_id": Arg("path", (int,), required=True, minimum=1),
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
    body=AutomationFaxInboundRuleFields,
    crud=("automations_fax_inbound", "inbound_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_FAX_INBOUND_DELETE: Operation[None] = Operation(
    name="automations_fax_inbound_delete",
    label="automations.fax_inbound.delete",
    http="DELETE /automations/fax/inbound/{inbound_rule_id}",
    request=_automations_fax_inbound_delete.request,
    parse=lambda payload: discard(_automations_fax_inbound_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "inbound_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_fax_inbound", "inbound_rule_id"),
)
_AUTOMATIONS_SMS_RECEIPTS_LIST: Operation[Page[AutomationReceiptRule]] = Operation(
    name="automations_sms_receipts_list",
    label="automations.sms_receipts.list",
    http="GET /automations/sms/receipts",
    request=_automations_sms_receipts_list.request,
    parse=lambda payload: Page.of(_automations_sms_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "search": Arg("query", (Search,)),
    },
    crud=("automations_sms_receipts", "receipt_rule_id"),
    paging=Paging("page", "limit"),
)
_AUTOMATIONS_SMS_RECEIPTS_CREATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_sms_receipts_create",
    label="automations.sms_receipts.create",
    http="POST /automations/sms/receipts",
    request=_automations_sms_receipts_create.request,
    parse=lambda payload: _automations_sms_receipts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_sms_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_SMS_RECEIPTS_GET: Operation[AutomationReceiptRule] = Operation(
    name="automations_sms_receipts_get",
    label="automations.sms_receipts.get",
    http="GET /automations/sms/receipts/{receipt_rule_id}",
    request=_automations_sms_receipts_get.request,
    parse=lambda payload: _automations_sms_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_sms_receipts", "receipt_rule_id"),
)
_AUTOMATIONS_SMS_RECEIPTS_UPDATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_sms_receipts_update",
    label="automations.sms_receipts.update",
    http="PUT /automations/sms/receipts/{receipt_rule_id}",
    request=_automations_sms_receipts_update.request,
    parse=lambda payload: _automations_sms_receipts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_sms_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_SMS_RECEIPTS_DELETE: Operation[None] = Operation(
    name="automations_sms_receipts_delete",
    label="automations.sms_receipts.delete",
    http="DELETE /automations/sms/receipts/{receipt_rule_id}",
    request=_automations_sms_receipts_delete.request,
    parse=lambda payload: discard(_automations_sms_receipts_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_sms_receipts", "receipt_rule_id"),
)
_AUTOMATIONS_VOICE_RECEIPTS_LIST: Operation[Page[AutomationReceiptRule]] = Operation(
    name="automations_voice_receipts_list",
    label="automations.voice_receipts.list",
    http="GET /automations/voice/receipts",
    request=_automations_voice_receipts_list.request,
    parse=lambda payload: Page.of(_automations_voice_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "search": Arg("query", (Search,)),
    },
    crud=("automations_voice_receipts", "receipt_rule_id"),
    paging=Paging("page", "limit"),
)
_AUTOMATIONS_VOICE_RECEIPTS_CREATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_voice_receipts_create",
    label="automations.voice_receipts.create",
    http="POST /automations/voice/receipts",
    request=_automations_voice_receipts_create.request,
    parse=lambda payload: _automations_voice_receipts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_voice_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_VOICE_RECEIPTS_GET: Operation[AutomationReceiptRule] = Operation(
    name="automations_voice_receipts_get",
    label="automations.voice_receipts.get",
    http="GET /automations/voice/receipts/{receipt_rule_id}",
    request=_automations_voice_receipts_get.request,
    parse=lambda payload: _automations_voice_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_voice_receipts", "receipt_rule_id"),
)
_AUTOMATIONS_VOICE_RECEIPTS_UPDATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_voice_receipts_update",
    label="automations.voice_receipts.update",
    http="PUT /automations/voice/receipts/{receipt_rule_id}",
    request=_automations_voice_receipts_update.request,
    parse=lambda payload: _automations_voice_receipts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_voice_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_VOICE_RECEIPTS_DELETE: Operation[None] = Operation(
    name="automations_voice_receipts_delete",
    label="automations.voice_receipts.delete",
    http="DELETE /automations/voice/receipts/{receipt_rule_id}",
    request=_automations_voice_receipts_delete.request,
    parse=lambda payload: discard(_automations_voice_receipts_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_voice_receipts", "receipt_rule_id"),
)
_AUTOMATIONS_EMAIL_RECEIPTS_LIST: Operation[Page[AutomationReceiptRule]] = Operation(
    name="automations_email_receipts_list",
    label="automations.email_receipts.list",
    http="GET /automations/email/receipts",
    request=_automations_email_receipts_list.request,
    parse=lambda payload: Page.of(_automations_email_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "search": Arg("query", (Search,)),
    },
    crud=("automations_email_receipts", "receipt_rule_id"),
    paging=Paging("page", "limit"),
)
_AUTOMATIONS_EMAIL_RECEIPTS_CREATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_email_receipts_create",
    label="automations.email_receipts.create",
    http="POST /automations/email/receipts",
    request=_automations_email_receipts_create.request,
    parse=lambda payload: _automations_email_receipts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_email_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_EMAIL_RECEIPTS_GET: Operation[AutomationReceiptRule] = Operation(
    name="automations_email_receipts_get",
    label="automations.email_receipts.get",
    http="GET /automations/email/receipts/{receipt_rule_id}",
    request=_automations_email_receipts_get.request,
    parse=lambda payload: _automations_email_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_email_receipts", "receipt_rule_id"),
)
_AUTOMATIONS_EMAIL_RECEIPTS_UPDATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_email_receipts_update",
    label="automations.email_receipts.update",
    http="PUT /automations/email/receipts/{receipt_rule_id}",
    request=_automations_email_receipts_update.request,
    parse=lambda payload: _automations_email_receipts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_email_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_EMAIL_RECEIPTS_DELETE: Operation[None] = Operation(
    name="automations_email_receipts_delete",
    label="automations.email_receipts.delete",
    http="DELETE /automations/email/receipts/{receipt_rule_id}",
    request=_automations_email_receipts_delete.request,
    parse=lambda payload: discard(_automations_email_receipts_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_email_receipts", "receipt_rule_id"),
)
_AUTOMATIONS_FAX_RECEIPTS_LIST: Operation[Page[AutomationReceiptRule]] = Operation(
    name="automations_fax_receipts_list",
    label="automations.fax_receipts.list",
    http="GET /automations/fax/receipts",
    request=_automations_fax_receipts_list.request,
    parse=lambda payload: Page.of(_automations_fax_receipts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "search": Arg("query", (Search,)),
    },
    crud=("automations_fax_receipts", "receipt_rule_id"),
    paging=Paging("page", "limit"),
)
_AUTOMATIONS_FAX_RECEIPTS_CREATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_fax_receipts_create",
    label="automations.fax_receipts.create",
    http="POST /automations/fax/receipts",
    request=_automations_fax_receipts_create.request,
    parse=lambda payload: _automations_fax_receipts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_fax_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_FAX_RECEIPTS_GET: Operation[AutomationReceiptRule] = Operation(
    name="automations_fax_receipts_get",
    label="automations.fax_receipts.get",
    http="GET /automations/fax/receipts/{receipt_rule_id}",
    request=_automations_fax_receipts_get.request,
    parse=lambda payload: _automations_fax_receipts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_fax_receipts", "receipt_rule_id"),
)
_AUTOMATIONS_FAX_RECEIPTS_UPDATE: Operation[AutomationReceiptRule] = Operation(
    name="automations_fax_receipts_update",
    label="automations.fax_receipts.update",
    http="PUT /automations/fax/receipts/{receipt_rule_id}",
    request=_automations_fax_receipts_update.request,
    parse=lambda payload: _automations_fax_receipts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
        "rule_name": Arg("body", (str,), required=True, min_length=1),
        "match_type": Arg("body", (int,), required=True, minimum=0),
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
    body=AutomationReceiptRuleFields,
    crud=("automations_fax_receipts", "receipt_rule_id"),
    when=(
        ("action", "URL", "action_address", "^https?://\\S+$"),
        ("action", "EMAIL_FIXED", "action_address", "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"),
        ("action", "SMS", "action_address", "^\\+?[0-9]{6,15}$"),
    ),
)
_AUTOMATIONS_FAX_RECEIPTS_DELETE: Operation[None] = Operation(
    name="automations_fax_receipts_delete",
    label="automations.fax_receipts.delete",
    http="DELETE /automations/fax/receipts/{receipt_rule_id}",
    request=_automations_fax_receipts_delete.request,
    parse=lambda payload: discard(_automations_fax_receipts_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "receipt_rule_id": Arg("path", (int,), required=True, minimum=1),
    },
    crud=("automations_fax_receipts", "receipt_rule_id"),
)


class AutomationsSmsInboundResource(Resource):
    """Rules for inbound SMS: match the sender, the number or a keyword; act (reply, email,
    post to a URL as a form, JSON or GET with `webhook_type`, ...)."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: Search | None = None,
    ) -> Page[AutomationInboundRule]:
        """View SMS inbound automations.

        `GET /automations/sms/inbound`: The account's rules for SMS received on its numbers, one
        page at a time.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_INBOUND_LIST,
            {
                "page": page,
                "limit": limit,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AutomationInboundRule]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _AUTOMATIONS_SMS_INBOUND_LIST,
            {
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        dedicated_number: str,
        rule_name: str,
        message_search_type: int,
        message_search_term: str,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
        body: str | None = None,
        webhook_type: Literal["post", "get", "json"] | None = None,
    ) -> AutomationInboundRule:
        """Create an SMS inbound automation.

        `POST /automations/sms/inbound`: Adds a rule for SMS received on a dedicated number (`*`
        for all of the account's numbers) whose text matches `message_search_type` (0 any
        message, 1 starts with, 2 contains, 3 does not contain `message_search_term`), and says
        what ClickSend does with each (`action`, `action_address`). This is how a webhook for
        inbound SMS is registered: `action` URL with your URL as `action_address`.
        `webhook_type` picks how ClickSend calls it: `post` (the default) a form POST
        (application/x-www-form-urlencoded, every value a string), `get` the same fields as
        query parameters, `json` a JSON body by POST. The fields: timestamp, from, body,
        original_body, original_message_id, to, custom_string, message_id and `_keyword`
        (deprecated: the first word of the body). `clicksend_async.webhooks` parses any of the
        three into its `InboundSms` event. ClickSend signs nothing: put a secret token in the
        URL and check it. `POLL` keeps the messages for `sms.inbound.list` instead;
        `sms.inbound.test` makes ClickSend call a URL once with a test message.

        Args:
            dedicated_number: Your dedicated number the rule watches (E.164), or `*` for all of
                them.
            rule_name: Your name for the rule.
            message_search_type: Which messages match: 0 any message, 1 starts with, 2 contains,
                3 does not contain `message_search_term`.
            message_search_term: The text searched for (may be empty with `message_search_type`
                0).
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED, a phone number for SMS, a contact list id for the contact
                actions.
            enabled: A yes/no flag (bool), sent as 0 or 1.
            body: The reply text of AUTO_REPLY.
            webhook_type: How ClickSend calls the URL of an inbound SMS rule: post (the default)
                a form POST (application/x-www-form-urlencoded), get the fields as query
                parameters, json a JSON body by POST.

        Returns:
            The new rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _AUTOMATIONS_SMS_INBOUND_CREATE,
            {
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "message_search_type": message_search_type,
                "message_search_term": message_search_term,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
                "body": body,
                "webhook_type": webhook_type,
            },
        )

    async def get(
        self,
        inbound_rule_id: int,
    ) -> AutomationInboundRule:
        """View an SMS inbound automation.

        `GET /automations/sms/inbound/{inbound_rule_id}`: One rule, by its id.

        Args:
            inbound_rule_id: Id of an inbound SMS rule (its `inbound_rule_id`).

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_INBOUND_GET,
            {
                "inbound_rule_id": inbound_rule_id,
            },
        )

    async def update(
        self,
        inbound_rule_id: int,
        *,
        dedicated_number: str,
        rule_name: str,
        message_search_type: int,
        message_search_term: str,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
        body: str | None = None,
        webhook_type: Literal["post", "get", "json"] | None = None,
    ) -> AutomationInboundRule:
        """Update an SMS inbound automation.

        `PUT /automations/sms/inbound/{inbound_rule_id}`: Replaces every field of a rule (send
        them all, as in create; `body` and `webhook_type` may be left out). With `action` URL,
        `action_address` is your webhook URL and `webhook_type` picks the call: post (a form
        POST, the default), get (query parameters) or json (a JSON POST); see `create`.

        Args:
            inbound_rule_id: Id of an inbound SMS rule (its `inbound_rule_id`).
            dedicated_number: Your dedicated number the rule watches (E.164), or `*` for all of
                them.
            rule_name: Your name for the rule.
            message_search_type: Which messages match: 0 any message, 1 starts with, 2 contains,
                3 does not contain `message_search_term`.
            message_search_term: The text searched for (may be empty with `message_search_type`
                0).
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED, a phone number for SMS, a contact list id for the contact
                actions.
            enabled: A yes/no flag (bool), sent as 0 or 1.
            body: The reply text of AUTO_REPLY.
            webhook_type: How ClickSend calls the URL of an inbound SMS rule: post (the default)
                a form POST (application/x-www-form-urlencoded), get the fields as query
                parameters, json a JSON body by POST.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_INBOUND_UPDATE,
            {
                "inbound_rule_id": inbound_rule_id,
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "message_search_type": message_search_type,
                "message_search_term": message_search_term,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
                "body": body,
                "webhook_type": webhook_type,
            },
        )

    async def delete(
        self,
        inbound_rule_id: int,
    ) -> None:
        """Delete an SMS inbound automation.

        `DELETE /automations/sms/inbound/{inbound_rule_id}`: Deletes a rule: the SMS it matched
        are no longer handled by it.

        Args:
            inbound_rule_id: Id of an inbound SMS rule (its `inbound_rule_id`).

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_INBOUND_DELETE,
            {
                "inbound_rule_id": inbound_rule_id,
            },
        )


class AutomationsFaxInboundResource(Resource):
    """Rules for inbound faxes: match the number they arrive on, act on them."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: Search | None = None,
    ) -> Page[AutomationInboundRule]:
        """View fax inbound automations.

        `GET /automations/fax/inbound`: The account's rules for faxes received on its numbers,
        one page at a time.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_INBOUND_LIST,
            {
                "page": page,
                "limit": limit,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AutomationInboundRule]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _AUTOMATIONS_FAX_INBOUND_LIST,
            {
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        dedicated_number: str,
        rule_name: str,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationInboundRule:
        """Create a fax inbound automation.

        `POST /automations/fax/inbound`: Adds a rule for faxes received on a dedicated fax
        number (`*` for all of the account's numbers), and says what ClickSend does with each
        (`action`, `action_address`). This is how a webhook for inbound faxes is registered:
        `action` URL with your URL as `action_address`. No source gives fax rules a
        `webhook_type`, so expect ClickSend's default: a form POST (application/x-www-form-
        urlencoded, every value a string), which `clicksend_async.webhooks` parses into its
        `InboundFax` event (ClickSend documents no field of this call). ClickSend signs nothing:
        put a secret token in the URL and check it.

        Args:
            dedicated_number: Your dedicated fax number the rule watches (E.164), or `*` for all
                of them.
            rule_name: Your name for the rule.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The new rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _AUTOMATIONS_FAX_INBOUND_CREATE,
            {
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def get(
        self,
        inbound_rule_id: int,
    ) -> AutomationInboundRule:
        """View a fax inbound automation.

        `GET /automations/fax/inbound/{inbound_rule_id}`: One rule, by its id.

        Args:
            inbound_rule_id: Id of an inbound fax rule (its `inbound_rule_id`).

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_INBOUND_GET,
            {
                "inbound_rule_id": inbound_rule_id,
            },
        )

    async def update(
        self,
        inbound_rule_id: int,
        *,
        dedicated_number: str,
        rule_name: str,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationInboundRule:
        """Update a fax inbound automation.

        `PUT /automations/fax/inbound/{inbound_rule_id}`: Replaces every field of a rule (send
        them all, as in create). With `action` URL, `action_address` is your webhook URL, called
        with a form POST; see `create`.

        Args:
            inbound_rule_id: Id of an inbound fax rule (its `inbound_rule_id`).
            dedicated_number: Your dedicated fax number the rule watches (E.164), or `*` for all
                of them.
            rule_name: Your name for the rule.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_INBOUND_UPDATE,
            {
                "inbound_rule_id": inbound_rule_id,
                "dedicated_number": dedicated_number,
                "rule_name": rule_name,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def delete(
        self,
        inbound_rule_id: int,
    ) -> None:
        """Delete a fax inbound automation.

        `DELETE /automations/fax/inbound/{inbound_rule_id}`: Deletes a rule: the faxes it
        matched are no longer handled by it.

        Args:
            inbound_rule_id: Id of an inbound fax rule (its `inbound_rule_id`).

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_INBOUND_DELETE,
            {
                "inbound_rule_id": inbound_rule_id,
            },
        )


class AutomationsSmsReceiptsResource(Resource):
    """Rules for SMS delivery receipts: post them to a URL, email them, or keep them for
    polling."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: Search | None = None,
    ) -> Page[AutomationReceiptRule]:
        """View SMS delivery receipt automations.

        `GET /automations/sms/receipts`: The account's rules for the delivery receipts of its
        SMS, one page at a time.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AutomationReceiptRule]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _AUTOMATIONS_SMS_RECEIPTS_LIST,
            {
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Create an SMS delivery receipt automation.

        `POST /automations/sms/receipts`: Adds a rule for the delivery receipts of the account's
        SMS (`match_type` 0: all of them) and says what ClickSend does with each (`action`,
        `action_address`). This is how a webhook for SMS delivery receipts is registered:
        `action` URL with your URL as `action_address`. No source gives receipt rules a
        `webhook_type`, so expect ClickSend's default: a form POST (application/x-www-form-
        urlencoded, every value a string) of the receipt's fields (timestamp_send, timestamp,
        message_id, status_code, status_text, error_code, error_text, custom_string,
        subaccount_id, message_type), which `clicksend_async.webhooks` parses into its
        `SmsReceipt` event. ClickSend signs nothing: put a secret token in the URL and check it.
        `POLL` keeps the receipts for `sms.receipts.list` instead; `sms.receipts.test` makes
        ClickSend call a URL once with a test receipt.

        Args:
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The new rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _AUTOMATIONS_SMS_RECEIPTS_CREATE,
            {
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def get(
        self,
        receipt_rule_id: int,
    ) -> AutomationReceiptRule:
        """View an SMS delivery receipt automation.

        `GET /automations/sms/receipts/{receipt_rule_id}`: One rule, by its id.

        Args:
            receipt_rule_id: Id of an SMS delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_RECEIPTS_GET,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )

    async def update(
        self,
        receipt_rule_id: int,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Update an SMS delivery receipt automation.

        `PUT /automations/sms/receipts/{receipt_rule_id}`: Replaces every field of a rule (send
        them all, as in create). With `action` URL, `action_address` is your webhook URL, called
        with a form POST; see `create`.

        Args:
            receipt_rule_id: Id of an SMS delivery receipt rule (its `receipt_rule_id`).
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_RECEIPTS_UPDATE,
            {
                "receipt_rule_id": receipt_rule_id,
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def delete(
        self,
        receipt_rule_id: int,
    ) -> None:
        """Delete an SMS delivery receipt automation.

        `DELETE /automations/sms/receipts/{receipt_rule_id}`: Deletes a rule: the receipts it
        matched are no longer handled by it.

        Args:
            receipt_rule_id: Id of an SMS delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_SMS_RECEIPTS_DELETE,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )


class AutomationsVoiceReceiptsResource(Resource):
    """Rules for voice delivery receipts: post them to a URL, email them, or keep them for
    polling."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: Search | None = None,
    ) -> Page[AutomationReceiptRule]:
        """View voice delivery receipt automations.

        `GET /automations/voice/receipts`: The account's rules for the delivery receipts of its
        voice calls, one page at a time.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_VOICE_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AutomationReceiptRule]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _AUTOMATIONS_VOICE_RECEIPTS_LIST,
            {
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Create a voice delivery receipt automation.

        `POST /automations/voice/receipts`: Adds a rule for the delivery receipts of the
        account's voice calls (`match_type` 0: all of them) and says what ClickSend does with
        each (`action`, `action_address`). This is how a webhook for voice delivery receipts is
        registered: `action` URL with your URL as `action_address`. No source gives receipt
        rules a `webhook_type`, so expect ClickSend's default: a form POST (application/x-www-
        form-urlencoded, every value a string) of the receipt's fields (those of an SMS receipt
        without subaccount_id, and `digits`, the keys the person called pressed), which
        `clicksend_async.webhooks` parses into its `VoiceReceipt` event. ClickSend signs
        nothing: put a secret token in the URL and check it. `POLL` keeps the receipts for
        `voice.receipts.list` instead; `voice.receipts.test` makes ClickSend call a URL once
        with a test receipt.

        Args:
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The new rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _AUTOMATIONS_VOICE_RECEIPTS_CREATE,
            {
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def get(
        self,
        receipt_rule_id: int,
    ) -> AutomationReceiptRule:
        """View a voice delivery receipt automation.

        `GET /automations/voice/receipts/{receipt_rule_id}`: One rule, by its id.

        Args:
            receipt_rule_id: Id of a voice delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_VOICE_RECEIPTS_GET,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )

    async def update(
        self,
        receipt_rule_id: int,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Update a voice delivery receipt automation.

        `PUT /automations/voice/receipts/{receipt_rule_id}`: Replaces every field of a rule
        (send them all, as in create). With `action` URL, `action_address` is your webhook URL,
        called with a form POST; see `create`.

        Args:
            receipt_rule_id: Id of a voice delivery receipt rule (its `receipt_rule_id`).
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_VOICE_RECEIPTS_UPDATE,
            {
                "receipt_rule_id": receipt_rule_id,
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def delete(
        self,
        receipt_rule_id: int,
    ) -> None:
        """Delete a voice delivery receipt automation.

        `DELETE /automations/voice/receipts/{receipt_rule_id}`: Deletes a rule: the receipts it
        matched are no longer handled by it.

        Args:
            receipt_rule_id: Id of a voice delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_VOICE_RECEIPTS_DELETE,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )


class AutomationsEmailReceiptsResource(Resource):
    """Rules for email delivery receipts: post them to a URL, email them, or keep them for
    polling."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: Search | None = None,
    ) -> Page[AutomationReceiptRule]:
        """View email delivery receipt automations.

        `GET /automations/email/receipts`: The account's rules for the delivery receipts of its
        emails, one page at a time.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_EMAIL_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AutomationReceiptRule]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _AUTOMATIONS_EMAIL_RECEIPTS_LIST,
            {
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Create an email delivery receipt automation.

        `POST /automations/email/receipts`: Adds a rule for the delivery receipts of the
        account's emails (`match_type` 0: all of them) and says what ClickSend does with each
        (`action`, `action_address`). This is how a webhook for email delivery receipts is
        registered: `action` URL with your URL as `action_address`. No source gives receipt
        rules a `webhook_type`, so expect ClickSend's default: a form POST (application/x-www-
        form-urlencoded, every value a string) of the receipt's fields, which
        `clicksend_async.webhooks` parses into its `EmailReceipt` event. ClickSend signs
        nothing: put a secret token in the URL and check it.

        Args:
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The new rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _AUTOMATIONS_EMAIL_RECEIPTS_CREATE,
            {
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def get(
        self,
        receipt_rule_id: int,
    ) -> AutomationReceiptRule:
        """View an email delivery receipt automation.

        `GET /automations/email/receipts/{receipt_rule_id}`: One rule, by its id.

        Args:
            receipt_rule_id: Id of an email delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_EMAIL_RECEIPTS_GET,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )

    async def update(
        self,
        receipt_rule_id: int,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Update an email delivery receipt automation.

        `PUT /automations/email/receipts/{receipt_rule_id}`: Replaces every field of a rule
        (send them all, as in create). With `action` URL, `action_address` is your webhook URL,
        called with a form POST; see `create`.

        Args:
            receipt_rule_id: Id of an email delivery receipt rule (its `receipt_rule_id`).
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_EMAIL_RECEIPTS_UPDATE,
            {
                "receipt_rule_id": receipt_rule_id,
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def delete(
        self,
        receipt_rule_id: int,
    ) -> None:
        """Delete an email delivery receipt automation.

        `DELETE /automations/email/receipts/{receipt_rule_id}`: Deletes a rule: the receipts it
        matched are no longer handled by it.

        Args:
            receipt_rule_id: Id of an email delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_EMAIL_RECEIPTS_DELETE,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )


class AutomationsFaxReceiptsResource(Resource):
    """Rules for fax delivery receipts: post them to a URL, email them, or keep them for
    polling."""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        search: Search | None = None,
    ) -> Page[AutomationReceiptRule]:
        """View fax delivery receipt automations.

        `GET /automations/fax/receipts`: The account's rules for the delivery receipts of its
        faxes, one page at a time.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_RECEIPTS_LIST,
            {
                "page": page,
                "limit": limit,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AutomationReceiptRule]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _AUTOMATIONS_FAX_RECEIPTS_LIST,
            {
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Create a fax delivery receipt automation.

        `POST /automations/fax/receipts`: Adds a rule for the delivery receipts of the account's
        faxes (`match_type` 0: all of them) and says what ClickSend does with each (`action`,
        `action_address`). This is how a webhook for fax delivery receipts is registered:
        `action` URL with your URL as `action_address`. No source gives receipt rules a
        `webhook_type`, so expect ClickSend's default: a form POST (application/x-www-form-
        urlencoded, every value a string) of the receipt's fields, which
        `clicksend_async.webhooks` parses into its `FaxReceipt` event. ClickSend signs nothing:
        put a secret token in the URL and check it. `POLL` keeps the receipts for
        `fax.receipts.list` instead; `fax.receipts.test` makes ClickSend call a URL once with a
        test receipt.

        Args:
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The new rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _AUTOMATIONS_FAX_RECEIPTS_CREATE,
            {
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def get(
        self,
        receipt_rule_id: int,
    ) -> AutomationReceiptRule:
        """View a fax delivery receipt automation.

        `GET /automations/fax/receipts/{receipt_rule_id}`: One rule, by its id.

        Args:
            receipt_rule_id: Id of a fax delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_RECEIPTS_GET,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )

    async def update(
        self,
        receipt_rule_id: int,
        *,
        rule_name: str,
        match_type: int,
        action: Literal[
            "AUTO_REPLY",
            "EMAIL_USER",
            "EMAIL_FIXED",
            "URL",
            "SMS",
            "POLL",
            "GROUP_SMS",
            "MOVE_CONTACT",
            "CREATE_CONTACT",
            "CREATE_CONTACT_PLUS_EMAIL",
            "CREATE_CONTACT_PLUS_NAME_EMAIL",
            "CREATE_CONTACT_PLUS_NAME",
            "SMPP",
            "NONE",
        ],
        action_address: str,
        enabled: bool,
    ) -> AutomationReceiptRule:
        """Update a fax delivery receipt automation.

        `PUT /automations/fax/receipts/{receipt_rule_id}`: Replaces every field of a rule (send
        them all, as in create). With `action` URL, `action_address` is your webhook URL, called
        with a form POST; see `create`.

        Args:
            receipt_rule_id: Id of a fax delivery receipt rule (its `receipt_rule_id`).
            rule_name: Your name for the rule.
            match_type: Which receipts the rule matches; 0 = all of them.
            action: What a rule does with each message or receipt it matches: URL calls your
                webhook (`action_address` the URL); EMAIL_USER emails the account's user;
                EMAIL_FIXED emails `action_address`; SMS forwards to the number in
                `action_address`; POLL keeps it for the polling calls (sms.inbound.list,
                sms.receipts.list, ...); AUTO_REPLY answers with the rule's `body`; GROUP_SMS,
                MOVE_CONTACT, the CREATE_CONTACT ones (the contact list id in `action_address`),
                SMPP and NONE: no source describes these further.
            action_address: The target of the action: your webhook URL for URL, an email address
                for EMAIL_FIXED.
            enabled: A yes/no flag (bool), sent as 0 or 1.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_RECEIPTS_UPDATE,
            {
                "receipt_rule_id": receipt_rule_id,
                "rule_name": rule_name,
                "match_type": match_type,
                "action": action,
                "action_address": action_address,
                "enabled": enabled,
            },
        )

    async def delete(
        self,
        receipt_rule_id: int,
    ) -> None:
        """Delete a fax delivery receipt automation.

        `DELETE /automations/fax/receipts/{receipt_rule_id}`: Deletes a rule: the receipts it
        matched are no longer handled by it.

        Args:
            receipt_rule_id: Id of a fax delivery receipt rule (its `receipt_rule_id`).

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _AUTOMATIONS_FAX_RECEIPTS_DELETE,
            {
                "receipt_rule_id": receipt_rule_id,
            },
        )


class AutomationsResource(Resource):
    """Automation rules: what ClickSend does with inbound messages and delivery receipts. A
    rule whose `action` is URL posts them to your `action_address` (parse them with
    `clicksend_async.webhooks`); POLL keeps them for the `receipts` / `inbound` listings."""

    __slots__ = (
        "sms_inbound",
        "fax_inbound",
        "sms_receipts",
        "voice_receipts",
        "email_receipts",
        "fax_receipts",
    )

    sms_inbound: AutomationsSmsInboundResource
    fax_inbound: AutomationsFaxInboundResource
    sms_receipts: AutomationsSmsReceiptsResource
    voice_receipts: AutomationsVoiceReceiptsResource
    email_receipts: AutomationsEmailReceiptsResource
    fax_receipts: AutomationsFaxReceiptsResource

    def __init__(self, client: ClickSend) -> None:
        super().__init__(client)
        self.sms_inbound = AutomationsSmsInboundResource(client)
        self.fax_inbound = AutomationsFaxInboundResource(client)
        self.sms_receipts = AutomationsSmsReceiptsResource(client)
        self.voice_receipts = AutomationsVoiceReceiptsResource(client)
        self.email_receipts = AutomationsEmailReceiptsResource(client)
        self.fax_receipts = AutomationsFaxReceiptsResource(client)

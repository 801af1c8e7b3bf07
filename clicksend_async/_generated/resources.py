# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""The resources of `ClickSend`: one class per tag of openapi.yaml, one method per operation.

Each method checks its arguments, then hands the operation's facts (the `Operation` constants
below, read from openapi.yaml) to the handwritten runtime, which sends, retries, maps errors and
unwraps the envelope's `data`.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from attrs import AttrsInstance

from .._bulk import BulkResult, ProgressCallback
from .._operation import Arg, Operation, discard, unix_time
from .._pagination import AsyncPaginator, Page
from .._query import OrderBy, Search
from .._resource import Resource
from .api.account import account_create as _account_create
from .api.account import account_forgot_password as _account_forgot_password
from .api.account import account_forgot_password_verify as _account_forgot_password_verify
from .api.account import account_forgot_username as _account_forgot_username
from .api.account import account_get as _account_get
from .api.account import account_usage_by_subaccount as _account_usage_by_subaccount
from .api.account import account_verify as _account_verify
from .api.account import account_verify_send as _account_verify_send
from .api.account_recharge import recharge_credit_card_get as _recharge_credit_card_get
from .api.account_recharge import recharge_credit_card_update as _recharge_credit_card_update
from .api.account_recharge import recharge_packages_list as _recharge_packages_list
from .api.account_recharge import recharge_purchase as _recharge_purchase
from .api.account_recharge import recharge_transaction_get as _recharge_transaction_get
from .api.account_recharge import recharge_transactions_list as _recharge_transactions_list
from .api.contact import contacts_copy as _contacts_copy
from .api.contact import contacts_create as _contacts_create
from .api.contact import contacts_delete as _contacts_delete
from .api.contact import contacts_get as _contacts_get
from .api.contact import contacts_list as _contacts_list
from .api.contact import contacts_remove_opted_out as _contacts_remove_opted_out
from .api.contact import contacts_transfer as _contacts_transfer
from .api.contact import contacts_update as _contacts_update
from .api.contact_list import lists_create as _lists_create
from .api.contact_list import lists_delete as _lists_delete
from .api.contact_list import lists_get as _lists_get
from .api.contact_list import lists_import_contacts as _lists_import_contacts
from .api.contact_list import lists_list as _lists_list
from .api.contact_list import lists_remove_duplicates as _lists_remove_duplicates
from .api.contact_list import lists_update as _lists_update
from .api.countries import countries_list as _countries_list
from .api.email_to_sms import email_sms_allowed_address_create as _email_sms_allowed_address_create
from .api.email_to_sms import email_sms_allowed_addresses_list as _email_sms_allowed_addresses_list
from .api.email_to_sms import email_sms_stripped_string_create as _email_sms_stripped_string_create
from .api.email_to_sms import email_sms_stripped_string_delete as _email_sms_stripped_string_delete
from .api.email_to_sms import email_sms_stripped_string_get as _email_sms_stripped_string_get
from .api.email_to_sms import email_sms_stripped_string_update as _email_sms_stripped_string_update
from .api.email_to_sms import email_sms_stripped_strings_list as _email_sms_stripped_strings_list
from .models import (
    Account,
    AccountCreate,
    AccountVerify,
    AllowedAddress,
    AllowedAddressFields,
    Contact,
    ContactFields,
    ContactList,
    ContactListFields,
    ContactListImport,
    Country,
    CreditCard,
    CreditCardInfo,
    CreditCardToken,
    DeletedCount,
    ForgotPassword,
    ForgotPasswordVerify,
    ForgotUsername,
    ImportQueued,
    Purchase,
    RechargePackages,
    SearchOperator,
    StrippedString,
    StrippedStringDetail,
    StrippedStringFields,
    Transaction,
    Usage,
    VerificationSent,
)

if TYPE_CHECKING:
    from .._client import ClickSend

_ACCOUNT_CREATE: Operation[Account] = Operation(
    name="account_create",
    label="account.create",
    http="POST /account",
    request=_account_create.request,
    parse=lambda payload: _account_create.parse(payload).data,
    idempotent=False,
    requires_auth=False,
    args={
        "username": Arg("body", (str,), required=True),
        "password": Arg("body", (str,), required=True),
        "user_phone": Arg("body", (str,), required=True),
        "user_email": Arg("body", (str,), required=True),
        "user_first_name": Arg("body", (str,), required=True),
        "user_last_name": Arg("body", (str,), required=True),
        "account_name": Arg("body", (str,), required=True),
        "country": Arg("body", (str,), required=True),
    },
    body=AccountCreate,
)
_ACCOUNT_GET: Operation[Account] = Operation(
    name="account_get",
    label="account.get",
    http="GET /account",
    request=_account_get.request,
    parse=lambda payload: _account_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_ACCOUNT_USAGE_BY_SUBACCOUNT: Operation[Usage] = Operation(
    name="account_usage_by_subaccount",
    label="account.usage_by_subaccount",
    http="GET /account/usage/{year}/{month}/subaccount",
    request=_account_usage_by_subaccount.request,
    parse=lambda payload: _account_usage_by_subaccount.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "year": Arg("path", (str,), required=True, pattern="^[0-9]{4}$"),
        "month": Arg("path", (str,), required=True, pattern="^(0?[1-9]|1[0-2])$"),
    },
)
_ACCOUNT_VERIFY_SEND: Operation[VerificationSent] = Operation(
    name="account_verify_send",
    label="account.send_verification",
    http="PUT /account-verify/send",
    request=_account_verify_send.request,
    parse=lambda payload: _account_verify_send.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "country": Arg("body", (str,), required=True),
        "user_phone": Arg("body", (str,), required=True),
        "type_": Arg("body", (str,), required=True, wire="type"),
    },
    body=AccountVerify,
)
_ACCOUNT_VERIFY: Operation[Account] = Operation(
    name="account_verify",
    label="account.verify",
    http="PUT /account-verify/verify/{activation_token}",
    request=_account_verify.request,
    parse=lambda payload: _account_verify.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "activation_token": Arg("path", (str,), required=True, pattern="^[0-9A-Za-z]+$"),
    },
)
_ACCOUNT_FORGOT_USERNAME: Operation[None] = Operation(
    name="account_forgot_username",
    label="account.forgot_username",
    http="PUT /forgot-username",
    request=_account_forgot_username.request,
    parse=lambda payload: discard(_account_forgot_username.parse(payload)),
    idempotent=False,
    requires_auth=False,
    args={
        "email": Arg("body", (str,)),
        "phone_number": Arg("body", (str,)),
    },
    body=ForgotUsername,
    exactly_one_of=(
        "email",
        "phone_number",
    ),
)
_ACCOUNT_FORGOT_PASSWORD: Operation[None] = Operation(
    name="account_forgot_password",
    label="account.forgot_password",
    http="PUT /forgot-password",
    request=_account_forgot_password.request,
    parse=lambda payload: discard(_account_forgot_password.parse(payload)),
    idempotent=False,
    requires_auth=False,
    args={
        "username": Arg("body", (str,), required=True),
    },
    body=ForgotPassword,
)
_ACCOUNT_FORGOT_PASSWORD_VERIFY: Operation[None] = Operation(
    name="account_forgot_password_verify",
    label="account.verify_forgot_password",
    http="PUT /forgot-password/verify",
    request=_account_forgot_password_verify.request,
    parse=lambda payload: discard(_account_forgot_password_verify.parse(payload)),
    idempotent=False,
    requires_auth=False,
    args={
        "subaccount_id": Arg("body", (int,), required=True),
        "activation_token": Arg("body", (str,), required=True),
        "password": Arg("body", (str,), required=True),
    },
    body=ForgotPasswordVerify,
)
_RECHARGE_CREDIT_CARD_GET: Operation[CreditCardInfo] = Operation(
    name="recharge_credit_card_get",
    label="recharge.get_credit_card",
    http="GET /recharge/credit-card",
    request=_recharge_credit_card_get.request,
    parse=lambda payload: _recharge_credit_card_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={},
)
_RECHARGE_CREDIT_CARD_UPDATE: Operation[CreditCardToken] = Operation(
    name="recharge_credit_card_update",
    label="recharge.update_credit_card",
    http="PUT /recharge/credit-card",
    request=_recharge_credit_card_update.request,
    parse=lambda payload: _recharge_credit_card_update.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "number": Arg("body", (str,), required=True),
        "expiry_month": Arg("body", (int,), required=True),
        "expiry_year": Arg("body", (int,), required=True),
        "cvc": Arg("body", (int,), required=True),
        "name": Arg("body", (str,), required=True),
        "bank_name": Arg("body", (str,), required=True),
    },
    body=CreditCard,
)
_RECHARGE_PACKAGES_LIST: Operation[RechargePackages] = Operation(
    name="recharge_packages_list",
    label="recharge.list_packages",
    http="GET /recharge/packages",
    request=_recharge_packages_list.request,
    parse=lambda payload: _recharge_packages_list.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "country": Arg("query", (str,), pattern="^[A-Za-z]{2}$"),
    },
)
_RECHARGE_PURCHASE: Operation[Purchase] = Operation(
    name="recharge_purchase",
    label="recharge.purchase",
    http="PUT /recharge/purchase/{package_id}",
    request=_recharge_purchase.request,
    parse=lambda payload: _recharge_purchase.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "package_id": Arg("path", (int,), required=True),
    },
)
_RECHARGE_TRANSACTIONS_LIST: Operation[Page[Transaction]] = Operation(
    name="recharge_transactions_list",
    label="recharge.list_transactions",
    http="GET /recharge/transactions",
    request=_recharge_transactions_list.request,
    parse=lambda payload: Page.of(_recharge_transactions_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "search": Arg("query", (Search,)),
    },
)
_RECHARGE_TRANSACTION_GET: Operation[Transaction] = Operation(
    name="recharge_transaction_get",
    label="recharge.get_transaction",
    http="GET /recharge/transactions/{transaction_id}",
    request=_recharge_transaction_get.request,
    parse=lambda payload: _recharge_transaction_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "transaction_id": Arg("path", (str,), required=True, min_length=1),
    },
)
_CONTACTS_LIST: Operation[Page[Contact]] = Operation(
    name="contacts_list",
    label="contacts.list",
    http="GET /lists/{list_id}/contacts",
    request=_contacts_list.request,
    parse=lambda payload: Page.of(_contacts_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "updated_after": Arg("query", (int, datetime), convert=unix_time, minimum=0),
        "search": Arg("query", (Search,)),
    },
)
_CONTACTS_CREATE: Operation[Contact] = Operation(
    name="contacts_create",
    label="contacts.create",
    http="POST /lists/{list_id}/contacts",
    request=_contacts_create.request,
    parse=lambda payload: _contacts_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
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
    body=ContactFields,
    at_least_one_of=(
        "phone_number",
        "email",
        "fax_number",
    ),
)
_CONTACTS_GET: Operation[Contact] = Operation(
    name="contacts_get",
    label="contacts.get",
    http="GET /lists/{list_id}/contacts/{contact_id}",
    request=_contacts_get.request,
    parse=lambda payload: _contacts_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_UPDATE: Operation[Contact] = Operation(
    name="contacts_update",
    label="contacts.update",
    http="PUT /lists/{list_id}/contacts/{contact_id}",
    request=_contacts_update.request,
    parse=lambda payload: _contacts_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
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
    body=ContactFields,
    at_least_one_of=(
        "phone_number",
        "email",
        "fax_number",
    ),
)
_CONTACTS_DELETE: Operation[None] = Operation(
    name="contacts_delete",
    label="contacts.delete",
    http="DELETE /lists/{list_id}/contacts/{contact_id}",
    request=_contacts_delete.request,
    parse=lambda payload: discard(_contacts_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_COPY: Operation[Contact] = Operation(
    name="contacts_copy",
    label="contacts.copy",
    http="PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}",
    request=_contacts_copy.request,
    parse=lambda payload: _contacts_copy.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "from_list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
        "to_list_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_TRANSFER: Operation[Contact] = Operation(
    name="contacts_transfer",
    label="contacts.transfer",
    http="PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}",
    request=_contacts_transfer.request,
    parse=lambda payload: _contacts_transfer.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "from_list_id": Arg("path", (int,), required=True),
        "contact_id": Arg("path", (int,), required=True),
        "to_list_id": Arg("path", (int,), required=True),
    },
)
_CONTACTS_REMOVE_OPTED_OUT: Operation[DeletedCount] = Operation(
    name="contacts_remove_opted_out",
    label="contacts.remove_opted_out",
    http="PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}",
    request=_contacts_remove_opted_out.request,
    parse=lambda payload: _contacts_remove_opted_out.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "opt_out_list_id": Arg("path", (int,), required=True),
    },
)
_LISTS_LIST: Operation[Page[ContactList]] = Operation(
    name="lists_list",
    label="lists.list",
    http="GET /lists",
    request=_lists_list.request,
    parse=lambda payload: Page.of(_lists_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "search": Arg("query", (Search,)),
    },
)
_LISTS_CREATE: Operation[ContactList] = Operation(
    name="lists_create",
    label="lists.create",
    http="POST /lists",
    request=_lists_create.request,
    parse=lambda payload: _lists_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_name": Arg("body", (str,), required=True, min_length=1),
    },
    body=ContactListFields,
)
_LISTS_GET: Operation[ContactList] = Operation(
    name="lists_get",
    label="lists.get",
    http="GET /lists/{list_id}",
    request=_lists_get.request,
    parse=lambda payload: _lists_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
    },
)
_LISTS_UPDATE: Operation[ContactList] = Operation(
    name="lists_update",
    label="lists.update",
    http="PUT /lists/{list_id}",
    request=_lists_update.request,
    parse=lambda payload: _lists_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "list_name": Arg("body", (str,), required=True, min_length=1),
    },
    body=ContactListFields,
)
_LISTS_DELETE: Operation[None] = Operation(
    name="lists_delete",
    label="lists.delete",
    http="DELETE /lists/{list_id}",
    request=_lists_delete.request,
    parse=lambda payload: discard(_lists_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
    },
)
_LISTS_REMOVE_DUPLICATES: Operation[DeletedCount] = Operation(
    name="lists_remove_duplicates",
    label="lists.remove_duplicates",
    http="PUT /lists/{list_id}/remove-duplicates",
    request=_lists_remove_duplicates.request,
    parse=lambda payload: _lists_remove_duplicates.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
    },
)
_LISTS_IMPORT_CONTACTS: Operation[ImportQueued] = Operation(
    name="lists_import_contacts",
    label="lists.import_contacts",
    http="POST /lists/{list_id}/import",
    request=_lists_import_contacts.request,
    parse=lambda payload: _lists_import_contacts.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "list_id": Arg("path", (int,), required=True),
        "file_url": Arg("body", (str,), required=True),
        "field_order": Arg("body", (list, tuple), required=True, items=(str,)),
    },
    body=ContactListImport,
)
_COUNTRIES_LIST: Operation[builtins.list[Country]] = Operation(
    name="countries_list",
    label="countries.list",
    http="GET /countries",
    request=_countries_list.request,
    parse=lambda payload: _countries_list.parse(payload).data,
    idempotent=True,
    requires_auth=False,
    args={},
)
_EMAIL_SMS_ALLOWED_ADDRESSES_LIST: Operation[Page[AllowedAddress]] = Operation(
    name="email_sms_allowed_addresses_list",
    label="email_to_sms.list_allowed_addresses",
    http="GET /sms/email-sms",
    request=_email_sms_allowed_addresses_list.request,
    parse=lambda payload: Page.of(_email_sms_allowed_addresses_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "search": Arg("query", (Search,)),
    },
)
_EMAIL_SMS_ALLOWED_ADDRESS_CREATE: Operation[AllowedAddress] = Operation(
    name="email_sms_allowed_address_create",
    label="email_to_sms.create_allowed_address",
    http="POST /sms/email-sms",
    request=_email_sms_allowed_address_create.request,
    parse=lambda payload: _email_sms_allowed_address_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "email_address": Arg("body", (str,), required=True),
        "from_": Arg("body", (str,), wire="from"),
    },
    body=AllowedAddressFields,
)
_EMAIL_SMS_STRIPPED_STRINGS_LIST: Operation[Page[StrippedString]] = Operation(
    name="email_sms_stripped_strings_list",
    label="email_to_sms.list_stripped_strings",
    http="GET /sms/email-sms-stripped-strings",
    request=_email_sms_stripped_strings_list.request,
    parse=lambda payload: Page.of(_email_sms_stripped_strings_list.parse(payload).data),
    idempotent=True,
    requires_auth=True,
    args={
        "page": Arg("query", (int,), minimum=1),
        "limit": Arg("query", (int,), minimum=15, maximum=100),
        "q": Arg("query", (str,), pattern="^[a-z0-9_]+:[^,:]*(,[a-z0-9_]+:[^,:]*)*$"),
        "operator": Arg("query", (str,), convert=SearchOperator),
        "order_by": Arg("query", (OrderBy,)),
        "search": Arg("query", (Search,)),
    },
)
_EMAIL_SMS_STRIPPED_STRING_CREATE: Operation[StrippedString] = Operation(
    name="email_sms_stripped_string_create",
    label="email_to_sms.create_stripped_string",
    http="POST /sms/email-sms-stripped-strings",
    request=_email_sms_stripped_string_create.request,
    parse=lambda payload: _email_sms_stripped_string_create.parse(payload).data,
    idempotent=False,
    requires_auth=True,
    args={
        "strip_string": Arg("body", (str,), required=True, min_length=1),
    },
    body=StrippedStringFields,
)
_EMAIL_SMS_STRIPPED_STRING_GET: Operation[StrippedStringDetail] = Operation(
    name="email_sms_stripped_string_get",
    label="email_to_sms.get_stripped_string",
    http="GET /sms/email-sms-stripped-strings/{rule_id}",
    request=_email_sms_stripped_string_get.request,
    parse=lambda payload: _email_sms_stripped_string_get.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "rule_id": Arg("path", (int,), required=True),
    },
)
_EMAIL_SMS_STRIPPED_STRING_UPDATE: Operation[StrippedStringDetail] = Operation(
    name="email_sms_stripped_string_update",
    label="email_to_sms.update_stripped_string",
    http="PUT /sms/email-sms-stripped-strings/{rule_id}",
    request=_email_sms_stripped_string_update.request,
    parse=lambda payload: _email_sms_stripped_string_update.parse(payload).data,
    idempotent=True,
    requires_auth=True,
    args={
        "rule_id": Arg("path", (int,), required=True),
        "strip_string": Arg("body", (str,), required=True, min_length=1),
    },
    body=StrippedStringFields,
)
_EMAIL_SMS_STRIPPED_STRING_DELETE: Operation[None] = Operation(
    name="email_sms_stripped_string_delete",
    label="email_to_sms.delete_stripped_string",
    http="DELETE /sms/email-sms-stripped-strings/{rule_id}",
    request=_email_sms_stripped_string_delete.request,
    parse=lambda payload: discard(_email_sms_stripped_string_delete.parse(payload)),
    idempotent=True,
    requires_auth=True,
    args={
        "rule_id": Arg("path", (int,), required=True),
    },
)


class AccountResource(Resource):
    """Everything about Accounts"""

    async def create(
        self,
        *,
        username: str,
        password: str,
        user_phone: str,
        user_email: str,
        user_first_name: str,
        user_last_name: str,
        account_name: str,
        country: str,
    ) -> Account:
        """Create a new account.

        `POST /account`: In order to create an account you will need to sign up with use the
        following endpoint to make an account or by using the dashboard. After your account has
        been registered you will need to call the account-verify/send endpoint to send a code to
        the phone you registered your account with. Finally, you will need to input that code by
        using the account-verify/verify endpoint.

        Args:
            username: Your username
            password: Your password
            user_phone: Your phone number in E.164 format.
            user_email: Your email
            user_first_name: Your first name
            user_last_name: Your last name
            account_name: Your delivery to value.
            country: Your country

        Returns:
            The account was created.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_CREATE,
            {
                "username": username,
                "password": password,
                "user_phone": user_phone,
                "user_email": user_email,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
            },
        )

    async def get(
        self,
    ) -> Account:
        """Get account information.

        `GET /account`: Get account details

        Returns:
            The account of the credentials used.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_ACCOUNT_GET, {})

    async def usage_by_subaccount(
        self,
        year: str,
        month: str,
    ) -> Usage:
        """Get account usage.

        `GET /account/usage/{year}/{month}/subaccount`: Get account usage statistics grouped by
        subaccount.

        Args:
            year: Your account usage year. Example: 2019
            month: Your account usage month. Example: 4

        Returns:
            Usage of the month, per channel and subaccount.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _ACCOUNT_USAGE_BY_SUBACCOUNT,
            {
                "year": year,
                "month": month,
            },
        )

    async def send_verification(
        self,
        *,
        country: str,
        user_phone: str,
        type_: str,
    ) -> VerificationSent:
        """Send account activation token.

        `PUT /account-verify/send`: Send a verification code to the phone the account was
        registered with.

        Args:
            country: Two-letter country code (ISO3166)
            user_phone: User's phone number
            type_: Type of verification, e.g. sms.

        Returns:
            The verification code was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_VERIFY_SEND,
            {
                "country": country,
                "user_phone": user_phone,
                "type_": type_,
            },
        )

    async def verify(
        self,
        activation_token: str,
    ) -> Account:
        """Verify new account.

        `PUT /account-verify/verify/{activation_token}`: Verify a new account with the code sent
        by account-verify/send.

        Args:
            activation_token: The verification code sent to the account's phone.

        Returns:
            The account is verified.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_VERIFY,
            {
                "activation_token": activation_token,
            },
        )

    async def forgot_username(
        self,
        *,
        email: str | None = None,
        phone_number: str | None = None,
    ) -> None:
        """Forgot username.

        `PUT /forgot-username`: Requires the user to pass either the email registered to an
        account or the phone number, not both.

        Args:
            email: Email belonging to account
            phone_number: Phone belonging to account

        Returns:
            An email with the username was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_FORGOT_USERNAME,
            {
                "email": email,
                "phone_number": phone_number,
            },
        )

    async def forgot_password(
        self,
        *,
        username: str,
    ) -> None:
        """Forgot password.

        `PUT /forgot-password`: A user can send their username to this endpoint to be sent an
        email with their registered email address that will have a verification code. Once you
        have this verification email containing the code you can send it to the forgot-
        password/verify endpoint along with a new password and the ID of that subaccount. Ask
        your administrator if you do not know your subaccount id.

        Args:
            username: Username belonging to account

        Returns:
            An email with a verification code was sent.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_FORGOT_PASSWORD,
            {
                "username": username,
            },
        )

    async def verify_forgot_password(
        self,
        *,
        subaccount_id: int,
        activation_token: str,
        password: str,
    ) -> None:
        """Verify forgotten password.

        `PUT /forgot-password/verify`: Set a new password with the code sent by forgot-password.

        Args:
            subaccount_id: ID of subaccount
            activation_token: Activation token (a one-time code).
            password: Password

        Returns:
            The password was changed.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _ACCOUNT_FORGOT_PASSWORD_VERIFY,
            {
                "subaccount_id": subaccount_id,
                "activation_token": activation_token,
                "password": password,
            },
        )


class RechargeResource(Resource):
    """Everything about recharging accounts with credit"""

    async def get_credit_card(
        self,
    ) -> CreditCardInfo:
        """Get current payment info.

        `GET /recharge/credit-card`: This endpoint returns your current payment info, we do not
        store credit card numbers, only a card token for security reasons.

        Returns:
            The card on file.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_RECHARGE_CREDIT_CARD_GET, {})

    async def update_credit_card(
        self,
        *,
        number: str,
        expiry_month: int,
        expiry_year: int,
        cvc: int,
        name: str,
        bank_name: str,
    ) -> CreditCardToken:
        """Update credit card info.

        `PUT /recharge/credit-card`.

        Args:
            number: Credit card number
            expiry_month: Expiry month of credit card
            expiry_year: Expiry year of credit card
            cvc: CVC number of credit card
            name: Name printed on credit card
            bank_name: Name of bank that credit card belongs to

        Returns:
            The card was stored; ClickSend keeps only its token.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _RECHARGE_CREDIT_CARD_UPDATE,
            {
                "number": number,
                "expiry_month": expiry_month,
                "expiry_year": expiry_year,
                "cvc": cvc,
                "name": name,
                "bank_name": bank_name,
            },
        )

    async def list_packages(
        self,
        *,
        country: str | None = None,
    ) -> RechargePackages:
        """Get list of all packages.

        `GET /recharge/packages`.

        Args:
            country: Two-letter country code (ISO3166)

        Returns:
            The packages on sale, in the account's currency.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RECHARGE_PACKAGES_LIST,
            {
                "country": country,
            },
        )

    async def purchase(
        self,
        package_id: int,
    ) -> Purchase:
        """Purchase a package.

        `PUT /recharge/purchase/{package_id}`.

        Args:
            package_id: ID of package to purchase

        Returns:
            The package was bought.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _RECHARGE_PURCHASE,
            {
                "package_id": package_id,
            },
        )

    async def list_transactions(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[Transaction]:
        """Get all transactions.

        `GET /recharge/transactions`.
        One page; `iter_transactions()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of transactions.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RECHARGE_TRANSACTIONS_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter_transactions(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[Transaction]:
        """Every item of `list_transactions()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _RECHARGE_TRANSACTIONS_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def get_transaction(
        self,
        transaction_id: str,
    ) -> Transaction:
        """Get specific Transaction.

        `GET /recharge/transactions/{transaction_id}`.

        Args:
            transaction_id: ID of transaction to retrieve

        Returns:
            The transaction.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _RECHARGE_TRANSACTION_GET,
            {
                "transaction_id": transaction_id,
            },
        )


class ContactsResource(Resource):
    """Everything about creating moving and deleting contacts. Note that the fields
    phone_number, fax_number and email are all optional; however at least one of them must
    be specified, otherwise the API call will fail."""

    async def list(
        self,
        list_id: int,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        updated_after: int | datetime | None = None,
        search: Search | None = None,
    ) -> Page[Contact]:
        """Get all contacts in a list.

        `GET /lists/{list_id}/contacts`.
        One page; `iter()` walks them all.

        Args:
            list_id: Contact list ID
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            updated_after: Get all contacts updated after a given timestamp.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of the list's contacts.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_LIST,
            {
                "list_id": list_id,
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "updated_after": updated_after,
                "search": search,
            },
        )

    def iter(
        self,
        list_id: int,
        *,
        order_by: OrderBy | None = None,
        updated_after: int | datetime | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[Contact]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            list_id: Contact list ID
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            updated_after: Get all contacts updated after a given timestamp.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _CONTACTS_LIST,
            {
                "list_id": list_id,
                "order_by": order_by,
                "updated_after": updated_after,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        list_id: int,
        *,
        phone_number: str | None = None,
        email: str | None = None,
        fax_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_city: str | None = None,
        address_state: str | None = None,
        address_postal_code: str | None = None,
        address_country: str | None = None,
        organization_name: str | None = None,
        custom_1: str | None = None,
        custom_2: str | None = None,
        custom_3: str | None = None,
        custom_4: str | None = None,
    ) -> Contact:
        """Create new contact.

        `POST /lists/{list_id}/contacts`.

        Args:
            list_id: Contact list ID
            phone_number: Your phone number in E.164 format. Must be provided if no fax number
                or email. ClickSend also takes local formats for the account's country.
            email: Your email. Must be provided if no phone number or fax number.
            fax_number: Your fax number. Must be provided if no phone number or email.
            first_name: Your first name.
            last_name: Your last name
            address_line_1: Your street address
            address_line_2: The second line of the street address
            address_city: Your nearest city
            address_state: Your current state
            address_postal_code: Your current postcode
            address_country: Your current country
            organization_name: Your organisation name
            custom_1: A field of your own.
            custom_2: A field of your own.
            custom_3: A field of your own.
            custom_4: A field of your own.

        Returns:
            The new contact.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CONTACTS_CREATE,
            {
                "list_id": list_id,
                "phone_number": phone_number,
                "email": email,
                "fax_number": fax_number,
                "first_name": first_name,
                "last_name": last_name,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_city": address_city,
                "address_state": address_state,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "organization_name": organization_name,
                "custom_1": custom_1,
                "custom_2": custom_2,
                "custom_3": custom_3,
                "custom_4": custom_4,
            },
        )

    async def bulk_create(
        self,
        list_id: int,
        rows: Iterable[Mapping[str, object] | AttrsInstance],
        *,
        concurrency: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> BulkResult[Contact]:
        """`create()` once per row, concurrently; never raises half-way.

        Each row is a mapping of `create()`'s keyword arguments, or a model that has them (a
        `ContactFields`, or a model read back). Rows that fail the checks of `create()` are
        reported without being sent; 429s are waited out. A row whose request may have reached
        ClickSend without an answer is not repeated: it fails with `outcome_unknown` set (an
        `APIConnectionError` or an `InternalServerError`).

        Args:
            list_id: Contact list ID
            rows: What to send, one call per row.
            concurrency: Calls in flight at once (default DEFAULT_BULK_CONCURRENCY).
            on_progress: Called as `on_progress(done, total)` after every row.

        Returns:
            One `BulkItem` per row, in input order, with `succeeded` and `failed`.
        """
        return await self._bulk(
            _CONTACTS_CREATE,
            {
                "list_id": list_id,
            },
            rows,
            row_params=(),
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def get(
        self,
        list_id: int,
        contact_id: int,
    ) -> Contact:
        """Get a specific contact.

        `GET /lists/{list_id}/contacts/{contact_id}`.

        Args:
            list_id: Contact list ID
            contact_id: Contact ID

        Returns:
            The contact.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_GET,
            {
                "list_id": list_id,
                "contact_id": contact_id,
            },
        )

    async def update(
        self,
        list_id: int,
        contact_id: int,
        *,
        phone_number: str | None = None,
        email: str | None = None,
        fax_number: str | None = None,
        first_name: str | None = None,
        last_name: str | None = None,
        address_line_1: str | None = None,
        address_line_2: str | None = None,
        address_city: str | None = None,
        address_state: str | None = None,
        address_postal_code: str | None = None,
        address_country: str | None = None,
        organization_name: str | None = None,
        custom_1: str | None = None,
        custom_2: str | None = None,
        custom_3: str | None = None,
        custom_4: str | None = None,
    ) -> Contact:
        """Update specific contact.

        `PUT /lists/{list_id}/contacts/{contact_id}`.

        Args:
            list_id: Contact list ID
            contact_id: Contact ID
            phone_number: Your phone number in E.164 format. Must be provided if no fax number
                or email. ClickSend also takes local formats for the account's country.
            email: Your email. Must be provided if no phone number or fax number.
            fax_number: Your fax number. Must be provided if no phone number or email.
            first_name: Your first name.
            last_name: Your last name
            address_line_1: Your street address
            address_line_2: The second line of the street address
            address_city: Your nearest city
            address_state: Your current state
            address_postal_code: Your current postcode
            address_country: Your current country
            organization_name: Your organisation name
            custom_1: A field of your own.
            custom_2: A field of your own.
            custom_3: A field of your own.
            custom_4: A field of your own.

        Returns:
            The updated contact.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_UPDATE,
            {
                "list_id": list_id,
                "contact_id": contact_id,
                "phone_number": phone_number,
                "email": email,
                "fax_number": fax_number,
                "first_name": first_name,
                "last_name": last_name,
                "address_line_1": address_line_1,
                "address_line_2": address_line_2,
                "address_city": address_city,
                "address_state": address_state,
                "address_postal_code": address_postal_code,
                "address_country": address_country,
                "organization_name": organization_name,
                "custom_1": custom_1,
                "custom_2": custom_2,
                "custom_3": custom_3,
                "custom_4": custom_4,
            },
        )

    async def bulk_update(
        self,
        list_id: int,
        rows: Iterable[Mapping[str, object] | AttrsInstance],
        *,
        concurrency: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> BulkResult[Contact]:
        """`update()` once per row, concurrently; never raises half-way.

        Each row is a mapping of `update()`'s keyword arguments (with contact_id), or a model
        that has them (a `ContactFields`, or a model read back). Rows that fail the checks of
        `update()` are reported without being sent; 429s are waited out.

        Args:
            list_id: Contact list ID
            rows: What to send, one call per row.
            concurrency: Calls in flight at once (default DEFAULT_BULK_CONCURRENCY).
            on_progress: Called as `on_progress(done, total)` after every row.

        Returns:
            One `BulkItem` per row, in input order, with `succeeded` and `failed`.
        """
        return await self._bulk(
            _CONTACTS_UPDATE,
            {
                "list_id": list_id,
            },
            rows,
            row_params=("contact_id",),
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def delete(
        self,
        list_id: int,
        contact_id: int,
    ) -> None:
        """Delete a contact.

        `DELETE /lists/{list_id}/contacts/{contact_id}`.

        Args:
            list_id: Contact list ID
            contact_id: Contact ID

        Returns:
            The contact was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_DELETE,
            {
                "list_id": list_id,
                "contact_id": contact_id,
            },
        )

    async def bulk_delete(
        self,
        list_id: int,
        rows: Iterable[int | Mapping[str, object] | AttrsInstance],
        *,
        concurrency: int | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> BulkResult[None]:
        """`delete()` once per row, concurrently; never raises half-way.

        Each row is the contact_id, or a mapping or a model (one read back, say) that holds it.
        Rows that fail the checks of `delete()` are reported without being sent; 429s are waited
        out.

        Args:
            list_id: Contact list ID
            rows: What to send, one call per row.
            concurrency: Calls in flight at once (default DEFAULT_BULK_CONCURRENCY).
            on_progress: Called as `on_progress(done, total)` after every row.

        Returns:
            One `BulkItem` per row, in input order, with `succeeded` and `failed`.
        """
        return await self._bulk(
            _CONTACTS_DELETE,
            {
                "list_id": list_id,
            },
            rows,
            row_params=("contact_id",),
            concurrency=concurrency,
            on_progress=on_progress,
        )

    async def copy(
        self,
        from_list_id: int,
        contact_id: int,
        to_list_id: int,
    ) -> Contact:
        """Copy contact to another list.

        `PUT /lists/{from_list_id}/contacts/{contact_id}/copy/{to_list_id}`.

        Args:
            from_list_id: List ID for list that contains contact.
            contact_id: Contact ID
            to_list_id: List ID for list you want to copy contact to.

        Returns:
            The copy, in the target list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CONTACTS_COPY,
            {
                "from_list_id": from_list_id,
                "contact_id": contact_id,
                "to_list_id": to_list_id,
            },
        )

    async def transfer(
        self,
        from_list_id: int,
        contact_id: int,
        to_list_id: int,
    ) -> Contact:
        """Transfer contact to another list.

        `PUT /lists/{from_list_id}/contacts/{contact_id}/transfer/{to_list_id}`.

        Args:
            from_list_id: List ID for list that contains contact.
            contact_id: Contact ID
            to_list_id: List ID for list you want to transfer contact to.

        Returns:
            The contact, now in the target list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _CONTACTS_TRANSFER,
            {
                "from_list_id": from_list_id,
                "contact_id": contact_id,
                "to_list_id": to_list_id,
            },
        )

    async def remove_opted_out(
        self,
        list_id: int,
        opt_out_list_id: int,
    ) -> DeletedCount:
        """Remove all opted out contacts.

        `PUT /lists/{list_id}/remove-opted-out-contacts/{opt_out_list_id}`: Remove from a list
        every contact that is in the opt-out list.

        Args:
            list_id: Your list id
            opt_out_list_id: Your opt out list id

        Returns:
            How many contacts were removed.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _CONTACTS_REMOVE_OPTED_OUT,
            {
                "list_id": list_id,
                "opt_out_list_id": opt_out_list_id,
            },
        )


class ListsResource(Resource):
    """Everything about creating and manipulating contact lists"""

    async def list(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[ContactList]:
        """Get all contact lists.

        `GET /lists`.
        One page; `iter()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of contact lists.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[ContactList]:
        """Every item of `list()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _LISTS_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create(
        self,
        *,
        list_name: str,
    ) -> ContactList:
        """Create new contact list.

        `POST /lists`.

        Args:
            list_name: Your contact list name

        Returns:
            The new list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _LISTS_CREATE,
            {
                "list_name": list_name,
            },
        )

    async def get(
        self,
        list_id: int,
    ) -> ContactList:
        """Get specific contact list.

        `GET /lists/{list_id}`.

        Args:
            list_id: Contact list ID

        Returns:
            The list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_GET,
            {
                "list_id": list_id,
            },
        )

    async def update(
        self,
        list_id: int,
        *,
        list_name: str,
    ) -> ContactList:
        """Update specific contact list.

        `PUT /lists/{list_id}`.

        Args:
            list_id: Contact list ID
            list_name: Your contact list name

        Returns:
            The renamed list.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_UPDATE,
            {
                "list_id": list_id,
                "list_name": list_name,
            },
        )

    async def delete(
        self,
        list_id: int,
    ) -> None:
        """Delete a specific contact list.

        `DELETE /lists/{list_id}`.

        Args:
            list_id: Contact list ID

        Returns:
            The list was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_DELETE,
            {
                "list_id": list_id,
            },
        )

    async def remove_duplicates(
        self,
        list_id: int,
    ) -> DeletedCount:
        """Remove duplicate contacts.

        `PUT /lists/{list_id}/remove-duplicates`.

        Args:
            list_id: Your list id

        Returns:
            How many duplicates were removed.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _LISTS_REMOVE_DUPLICATES,
            {
                "list_id": list_id,
            },
        )

    async def import_contacts(
        self,
        list_id: int,
        *,
        file_url: str,
        field_order: Sequence[str],
    ) -> ImportQueued:
        """Import contacts to list.

        `POST /lists/{list_id}/import`: Queue an import of a file of contacts into the list.

        Args:
            list_id: Your contact list id you want to access.
            file_url: URL of file to process
            field_order: Order of fields in file

        Returns:
            The import was queued.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _LISTS_IMPORT_CONTACTS,
            {
                "list_id": list_id,
                "file_url": file_url,
                "field_order": field_order,
            },
        )


class CountriesResource(Resource):
    """Everything about viewing country code mapping"""

    async def list(
        self,
    ) -> builtins.list[Country]:
        """Get all country codes.

        `GET /countries`: Get all countries

        Returns:
            Every country, as a code and a name.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(_COUNTRIES_LIST, {})


class EmailToSmsResource(Resource):
    """Everything about Email to SMS"""

    async def list_allowed_addresses(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[AllowedAddress]:
        """Get list of email to sms allowed addresses.

        `GET /sms/email-sms`.
        One page; `iter_allowed_addresses()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of allowed addresses.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_ALLOWED_ADDRESSES_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter_allowed_addresses(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[AllowedAddress]:
        """Every item of `list_allowed_addresses()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _EMAIL_SMS_ALLOWED_ADDRESSES_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create_allowed_address(
        self,
        *,
        email_address: str,
        from_: str | None = None,
    ) -> AllowedAddress:
        """Create email to sms allowed address.

        `POST /sms/email-sms`.

        Args:
            email_address: Your email address
            from_: Your sender id

        Returns:
            The new allowed address.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
            InternalServerError, APIConnectionError: with `outcome_unknown` set, the call may have
                been done; it is not repeated automatically.
        """
        return await self._call(
            _EMAIL_SMS_ALLOWED_ADDRESS_CREATE,
            {
                "email_address": email_address,
                "from_": from_,
            },
        )

    async def list_stripped_strings(
        self,
        *,
        page: int | None = None,
        limit: int | None = None,
        order_by: OrderBy | None = None,
        search: Search | None = None,
    ) -> Page[StrippedString]:
        """Get list of stripped string rules.

        `GET /sms/email-sms-stripped-strings`: Get list of email to sms stripped string rules.
        One page; `iter_stripped_strings()` walks them all.

        Args:
            page: The page number to return in the response.
            limit: The number of results per page. Min 15, Max 100.
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.

        Returns:
            One page of stripped string rules.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRINGS_LIST,
            {
                "page": page,
                "limit": limit,
                "order_by": order_by,
                "search": search,
            },
        )

    def iter_stripped_strings(
        self,
        *,
        order_by: OrderBy | None = None,
        search: Search | None = None,
        limit: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncPaginator[StrippedString]:
        """Every item of `list_stripped_strings()`, across all pages, in order (`async for`).

        Fetches `limit` items a page (by default the most ClickSend allows) and, once the first
        page tells how many pages there are, up to `concurrency` pages at once.

        Args:
            order_by: Sort: `field:asc` or `field:desc`, e.g. `subaccount_id:asc`.
            search: Search, not case-sensitive: `field:value` pairs joined by commas, e.g.
                `first_name:john,last_name:smith`.
            limit: Items per page.
            concurrency: Pages fetched at once (default DEFAULT_PAGE_CONCURRENCY).
        """
        return self._iter(
            _EMAIL_SMS_STRIPPED_STRINGS_LIST,
            {
                "order_by": order_by,
                "search": search,
                "limit": limit,
            },
            concurrency,
        )

    async def create_stripped_string(
        self,
        *,
        strip_string: str,
    ) -> StrippedString:
        """Create email to sms stripped string rule.

        `POST /sms/email-sms-stripped-strings`.

        Args:
            strip_string: The text to strip from emails.

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
            _EMAIL_SMS_STRIPPED_STRING_CREATE,
            {
                "strip_string": strip_string,
            },
        )

    async def get_stripped_string(
        self,
        rule_id: int,
    ) -> StrippedStringDetail:
        """Get specific email to sms stripped string rule.

        `GET /sms/email-sms-stripped-strings/{rule_id}`.

        Args:
            rule_id: Your rule id

        Returns:
            The rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRING_GET,
            {
                "rule_id": rule_id,
            },
        )

    async def update_stripped_string(
        self,
        rule_id: int,
        *,
        strip_string: str,
    ) -> StrippedStringDetail:
        """Update email to sms stripped string rule.

        `PUT /sms/email-sms-stripped-strings/{rule_id}`.

        Args:
            rule_id: Your rule id
            strip_string: The text to strip from emails.

        Returns:
            The updated rule.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRING_UPDATE,
            {
                "rule_id": rule_id,
                "strip_string": strip_string,
            },
        )

    async def delete_stripped_string(
        self,
        rule_id: int,
    ) -> None:
        """Delete email to sms stripped string rule.

        `DELETE /sms/email-sms-stripped-strings/{rule_id}`.

        Args:
            rule_id: Your rule id

        Returns:
            The rule was deleted.

        Raises:
            TypeError: An argument has the wrong type (nothing is sent).
            ValueError: An argument ClickSend cannot take (nothing is sent).
            APIStatusError: ClickSend refused the call; the subclass names the HTTP status.
            APIConnectionError: No answer came.
        """
        return await self._call(
            _EMAIL_SMS_STRIPPED_STRING_DELETE,
            {
                "rule_id": rule_id,
            },
        )


class Resources:
    """The resource attributes of `ClickSend`, one per tag of openapi.yaml."""

    account: AccountResource
    recharge: RechargeResource
    contacts: ContactsResource
    lists: ListsResource
    countries: CountriesResource
    email_to_sms: EmailToSmsResource

    def __init__(self, client: ClickSend) -> None:
        self.account = AccountResource(client)
        self.recharge = RechargeResource(client)
        self.contacts = ContactsResource(client)
        self.lists = ListsResource(client)
        self.countries = CountriesResource(client)
        self.email_to_sms = EmailToSmsResource(client)

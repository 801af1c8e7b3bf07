# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_create import AccountCreate
from .account_response import AccountResponse
from .account_verify import AccountVerify
from .allowed_address import AllowedAddress
from .allowed_address_fields import AllowedAddressFields
from .allowed_address_page import AllowedAddressPage
from .allowed_address_page_response import AllowedAddressPageResponse
from .allowed_address_response import AllowedAddressResponse
from .contact import Contact
from .contact_fields import ContactFields
from .contact_list import ContactList
from .contact_list_fields import ContactListFields
from .contact_list_import import ContactListImport
from .contact_list_page import ContactListPage
from .contact_list_page_response import ContactListPageResponse
from .contact_list_response import ContactListResponse
from .contact_page import ContactPage
from .contact_page_response import ContactPageResponse
from .contact_response import ContactResponse
from .countries_response import CountriesResponse
from .country import Country
from .credit_card import CreditCard
from .credit_card_info import CreditCardInfo
from .credit_card_response import CreditCardResponse
from .credit_card_token import CreditCardToken
from .credit_card_token_response import CreditCardTokenResponse
from .currency import Currency
from .deleted_count import DeletedCount
from .deleted_count_response import DeletedCountResponse
from .done_response import DoneResponse
from .email_usage_row import EmailUsageRow
from .empty_response import EmptyResponse
from .envelope import Envelope
from .error_response import ErrorResponse
from .forgot_password import ForgotPassword
from .forgot_password_verify import ForgotPasswordVerify
from .forgot_username import ForgotUsername
from .import_queued import ImportQueued
from .import_queued_response import ImportQueuedResponse
from .package import Package
from .packages_response import PackagesResponse
from .page import Page
from .purchase import Purchase
from .purchase_response import PurchaseResponse
from .recharge_packages import RechargePackages
from .remove_duplicates_fields import RemoveDuplicatesFields
from .response_code import ResponseCode
from .search_operator import SearchOperator
from .stripped_string import StrippedString
from .stripped_string_detail import StrippedStringDetail
from .stripped_string_detail_response import StrippedStringDetailResponse
from .stripped_string_fields import StrippedStringFields
from .stripped_string_page import StrippedStringPage
from .stripped_string_page_response import StrippedStringPageResponse
from .stripped_string_response import StrippedStringResponse
from .subaccount import Subaccount
from .transaction import Transaction
from .transaction_page import TransactionPage
from .transaction_page_response import TransactionPageResponse
from .transaction_response import TransactionResponse
from .usage import Usage
from .usage_response import UsageResponse
from .usage_row import UsageRow
from .usage_total import UsageTotal
from .verification_sent import VerificationSent
from .verification_sent_response import VerificationSentResponse

__all__ = (
    "Account",
    "AccountCreate",
    "AccountResponse",
    "AccountVerify",
    "AllowedAddress",
    "AllowedAddressFields",
    "AllowedAddressPage",
    "AllowedAddressPageResponse",
    "AllowedAddressResponse",
    "Contact",
    "ContactFields",
    "ContactList",
    "ContactListFields",
    "ContactListImport",
    "ContactListPage",
    "ContactListPageResponse",
    "ContactListResponse",
    "ContactPage",
    "ContactPageResponse",
    "ContactResponse",
    "CountriesResponse",
    "Country",
    "CreditCard",
    "CreditCardInfo",
    "CreditCardResponse",
    "CreditCardToken",
    "CreditCardTokenResponse",
    "Currency",
    "DeletedCount",
    "DeletedCountResponse",
    "DoneResponse",
    "EmailUsageRow",
    "EmptyResponse",
    "Envelope",
    "ErrorResponse",
    "ForgotPassword",
    "ForgotPasswordVerify",
    "ForgotUsername",
    "ImportQueued",
    "ImportQueuedResponse",
    "Package",
    "PackagesResponse",
    "Page",
    "Purchase",
    "PurchaseResponse",
    "RechargePackages",
    "RemoveDuplicatesFields",
    "ResponseCode",
    "SearchOperator",
    "StrippedString",
    "StrippedStringDetail",
    "StrippedStringDetailResponse",
    "StrippedStringFields",
    "StrippedStringPage",
    "StrippedStringPageResponse",
    "StrippedStringResponse",
    "Subaccount",
    "Transaction",
    "TransactionPage",
    "TransactionPageResponse",
    "TransactionResponse",
    "Usage",
    "UsageResponse",
    "UsageRow",
    "UsageTotal",
    "VerificationSent",
    "VerificationSentResponse",
)

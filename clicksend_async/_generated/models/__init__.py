# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_create import AccountCreate
from .account_response import AccountResponse
from .account_update import AccountUpdate
from .account_verify import AccountVerify
from .allowed_address import AllowedAddress
from .allowed_address_fields import AllowedAddressFields
from .allowed_address_page import AllowedAddressPage
from .allowed_address_page_response import AllowedAddressPageResponse
from .allowed_address_response import AllowedAddressResponse
from .allowed_email_address import AllowedEmailAddress
from .allowed_email_address_create import AllowedEmailAddressCreate
from .allowed_email_address_page import AllowedEmailAddressPage
from .allowed_email_address_page_response import AllowedEmailAddressPageResponse
from .allowed_email_address_response import AllowedEmailAddressResponse
from .alpha_tag import AlphaTag
from .alpha_tag_business import AlphaTagBusiness
from .alpha_tag_business_address import AlphaTagBusinessAddress
from .alpha_tag_business_business_relationship import AlphaTagBusinessBusinessRelationship
from .alpha_tag_business_country import AlphaTagBusinessCountry
from .alpha_tag_business_info import AlphaTagBusinessInfo
from .alpha_tag_deleted import AlphaTagDeleted
from .alpha_tag_fields import AlphaTagFields
from .alpha_tag_fields_countries_item import AlphaTagFieldsCountriesItem
from .alpha_tag_page import AlphaTagPage
from .alpha_tag_page_metadata import AlphaTagPageMetadata
from .alpha_tag_pagination import AlphaTagPagination
from .alpha_tag_partner_representative import AlphaTagPartnerRepresentative
from .alpha_tag_representative import AlphaTagRepresentative
from .automation_action import AutomationAction
from .automation_fax_inbound_rule_fields import AutomationFaxInboundRuleFields
from .automation_inbound_rule import AutomationInboundRule
from .automation_inbound_rule_page import AutomationInboundRulePage
from .automation_inbound_rule_page_response import AutomationInboundRulePageResponse
from .automation_inbound_rule_response import AutomationInboundRuleResponse
from .automation_receipt_rule import AutomationReceiptRule
from .automation_receipt_rule_fields import AutomationReceiptRuleFields
from .automation_receipt_rule_page import AutomationReceiptRulePage
from .automation_receipt_rule_page_response import AutomationReceiptRulePageResponse
from .automation_receipt_rule_response import AutomationReceiptRuleResponse
from .automation_rule_deleted_response import AutomationRuleDeletedResponse
from .automation_sms_inbound_rule_fields import AutomationSmsInboundRuleFields
from .automation_webhook_type import AutomationWebhookType
from .contact import Contact
from .contact_fields import ContactFields
from .contact_list import ContactList
from .contact_list_export import ContactListExport
from .contact_list_export_response import ContactListExportResponse
from .contact_list_fields import ContactListFields
from .contact_list_import import ContactListImport
from .contact_list_import_field import ContactListImportField
from .contact_list_import_fields_response import ContactListImportFieldsResponse
from .contact_list_import_preview import ContactListImportPreview
from .contact_list_import_preview_request import ContactListImportPreviewRequest
from .contact_list_import_preview_response import ContactListImportPreviewResponse
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
from .default_sender import DefaultSender
from .default_sender_allowed_countries import DefaultSenderAllowedCountries
from .default_sender_allowed_type import DefaultSenderAllowedType
from .default_sender_compliant_types import DefaultSenderCompliantTypes
from .default_sender_compliant_types_response import DefaultSenderCompliantTypesResponse
from .default_sender_country_types import DefaultSenderCountryTypes
from .default_sender_delete_response import DefaultSenderDeleteResponse
from .default_sender_fields import DefaultSenderFields
from .default_sender_fields_product_type import DefaultSenderFieldsProductType
from .default_sender_page import DefaultSenderPage
from .default_sender_page_response import DefaultSenderPageResponse
from .default_sender_response import DefaultSenderResponse
from .default_sender_strategy import DefaultSenderStrategy
from .default_sender_strategy_fields import DefaultSenderStrategyFields
from .default_sender_strategy_fields_sender_type import DefaultSenderStrategyFieldsSenderType
from .default_sender_update_fields import DefaultSenderUpdateFields
from .deleted_count import DeletedCount
from .deleted_count_response import DeletedCountResponse
from .delivery_issue import DeliveryIssue
from .delivery_issue_create import DeliveryIssueCreate
from .delivery_issue_create_type import DeliveryIssueCreateType
from .delivery_issue_page import DeliveryIssuePage
from .delivery_issue_page_response import DeliveryIssuePageResponse
from .delivery_issue_response import DeliveryIssueResponse
from .direct_mail_area import DirectMailArea
from .direct_mail_campaign import DirectMailCampaign
from .direct_mail_campaign_area import DirectMailCampaignArea
from .direct_mail_campaign_page import DirectMailCampaignPage
from .direct_mail_campaign_page_response import DirectMailCampaignPageResponse
from .direct_mail_campaign_request import DirectMailCampaignRequest
from .direct_mail_campaign_request_size import DirectMailCampaignRequestSize
from .direct_mail_location import DirectMailLocation
from .direct_mail_location_page import DirectMailLocationPage
from .direct_mail_location_page_response import DirectMailLocationPageResponse
from .direct_mail_price import DirectMailPrice
from .direct_mail_price_response import DirectMailPriceResponse
from .done_response import DoneResponse
from .email_addressee import EmailAddressee
from .email_attachment import EmailAttachment
from .email_attachment_disposition import EmailAttachmentDisposition
from .email_attachment_info import EmailAttachmentInfo
from .email_campaign import EmailCampaign
from .email_campaign_history_item import EmailCampaignHistoryItem
from .email_campaign_history_page import EmailCampaignHistoryPage
from .email_campaign_history_page_response import EmailCampaignHistoryPageResponse
from .email_campaign_page import EmailCampaignPage
from .email_campaign_page_response import EmailCampaignPageResponse
from .email_campaign_price import EmailCampaignPrice
from .email_campaign_price_response import EmailCampaignPriceResponse
from .email_campaign_priced import EmailCampaignPriced
from .email_campaign_response import EmailCampaignResponse
from .email_campaign_send_request import EmailCampaignSendRequest
from .email_campaign_send_response import EmailCampaignSendResponse
from .email_campaign_send_result import EmailCampaignSendResult
from .email_from import EmailFrom
from .email_history_export import EmailHistoryExport
from .email_history_export_response import EmailHistoryExportResponse
from .email_history_item import EmailHistoryItem
from .email_history_page import EmailHistoryPage
from .email_history_page_response import EmailHistoryPageResponse
from .email_master_template import EmailMasterTemplate
from .email_master_template_list_response import EmailMasterTemplateListResponse
from .email_master_template_response import EmailMasterTemplateResponse
from .email_master_template_thumbnail import EmailMasterTemplateThumbnail
from .email_no_data_response import EmailNoDataResponse
from .email_price import EmailPrice
from .email_price_response import EmailPriceResponse
from .email_receipt import EmailReceipt
from .email_receipt_response import EmailReceiptResponse
from .email_receipt_test_request import EmailReceiptTestRequest
from .email_recipient import EmailRecipient
from .email_send_request import EmailSendRequest
from .email_send_response import EmailSendResponse
from .email_send_result import EmailSendResult
from .email_template import EmailTemplate
from .email_template_category import EmailTemplateCategory
from .email_template_category_list_response import EmailTemplateCategoryListResponse
from .email_template_category_response import EmailTemplateCategoryResponse
from .email_template_create import EmailTemplateCreate
from .email_template_image_response import EmailTemplateImageResponse
from .email_template_image_upload import EmailTemplateImageUpload
from .email_template_page import EmailTemplatePage
from .email_template_page_response import EmailTemplatePageResponse
from .email_template_response import EmailTemplateResponse
from .email_template_update import EmailTemplateUpdate
from .email_usage_row import EmailUsageRow
from .empty_response import EmptyResponse
from .envelope import Envelope
from .error_response import ErrorResponse
from .fax_history_item import FaxHistoryItem
from .fax_history_item_response import FaxHistoryItemResponse
from .fax_history_page import FaxHistoryPage
from .fax_history_page_response import FaxHistoryPageResponse
from .fax_message import FaxMessage
from .fax_receipt import FaxReceipt
from .fax_receipt_page import FaxReceiptPage
from .fax_receipt_page_response import FaxReceiptPageResponse
from .fax_receipt_response import FaxReceiptResponse
from .fax_receipt_test_request import FaxReceiptTestRequest
from .fax_receipts_read_request import FaxReceiptsReadRequest
from .fax_send_request import FaxSendRequest
from .fax_send_response import FaxSendResponse
from .fax_send_result import FaxSendResult
from .fax_sent_message import FaxSentMessage
from .forgot_password import ForgotPassword
from .forgot_password_verify import ForgotPasswordVerify
from .forgot_username import ForgotUsername
from .global_sending_country import GlobalSendingCountry
from .global_sending_country_list_response import GlobalSendingCountryListResponse
from .global_sending_named_id import GlobalSendingNamedId
from .global_sending_select_request import GlobalSendingSelectRequest
from .global_sending_user_country import GlobalSendingUserCountry
from .global_sending_user_country_list_response import GlobalSendingUserCountryListResponse
from .import_queued import ImportQueued
from .import_queued_response import ImportQueuedResponse
from .inbound_sms import InboundSms
from .inbound_sms_page import InboundSmsPage
from .inbound_sms_page_response import InboundSmsPageResponse
from .inbound_sms_response import InboundSmsResponse
from .mms_campaign import MmsCampaign
from .mms_campaign_page import MmsCampaignPage
from .mms_campaign_page_response import MmsCampaignPageResponse
from .mms_campaign_price import MmsCampaignPrice
from .mms_campaign_price_response import MmsCampaignPriceResponse
from .mms_campaign_response import MmsCampaignResponse
from .mms_campaign_send_request import MmsCampaignSendRequest
from .mms_history_item import MmsHistoryItem
from .mms_history_item_response import MmsHistoryItemResponse
from .mms_history_page import MmsHistoryPage
from .mms_history_page_response import MmsHistoryPageResponse
from .mms_message import MmsMessage
from .mms_message_result import MmsMessageResult
from .mms_receipt import MmsReceipt
from .mms_receipt_page import MmsReceiptPage
from .mms_receipt_page_response import MmsReceiptPageResponse
from .mms_receipts_read_response import MmsReceiptsReadResponse
from .mms_send_request import MmsSendRequest
from .mms_send_response import MmsSendResponse
from .mms_send_result import MmsSendResult
from .number_available import NumberAvailable
from .number_available_page import NumberAvailablePage
from .number_available_page_response import NumberAvailablePageResponse
from .number_buy_fields import NumberBuyFields
from .number_buy_fields_type import NumberBuyFieldsType
from .number_dedicated import NumberDedicated
from .number_page import NumberPage
from .number_page_response import NumberPageResponse
from .number_purchase import NumberPurchase
from .number_purchase_response import NumberPurchaseResponse
from .number_register_fields import NumberRegisterFields
from .number_register_response import NumberRegisterResponse
from .number_registration import NumberRegistration
from .number_registration_data import NumberRegistrationData
from .number_status import NumberStatus
from .numbers_list_excluding_number_type import NumbersListExcludingNumberType
from .own_number import OwnNumber
from .own_number_page import OwnNumberPage
from .own_number_page_metadata import OwnNumberPageMetadata
from .own_number_pagination import OwnNumberPagination
from .own_number_update_fields import OwnNumberUpdateFields
from .own_number_verification import OwnNumberVerification
from .own_number_verification_request import OwnNumberVerificationRequest
from .own_number_verify_fields import OwnNumberVerifyFields
from .package import Package
from .packages_response import PackagesResponse
from .page import Page
from .post_detect_address_request import PostDetectAddressRequest
from .post_detected_address import PostDetectedAddress
from .post_detected_address_response import PostDetectedAddressResponse
from .post_history_export import PostHistoryExport
from .post_history_export_response import PostHistoryExportResponse
from .post_letter_history_item import PostLetterHistoryItem
from .post_letter_history_page import PostLetterHistoryPage
from .post_letter_history_page_response import PostLetterHistoryPageResponse
from .post_letter_result import PostLetterResult
from .post_letter_result_response import PostLetterResultResponse
from .post_letter_send_request import PostLetterSendRequest
from .post_recipient import PostRecipient
from .post_recipient_result import PostRecipientResult
from .post_return_address import PostReturnAddress
from .post_return_address_fields import PostReturnAddressFields
from .post_return_address_page import PostReturnAddressPage
from .post_return_address_page_response import PostReturnAddressPageResponse
from .post_return_address_response import PostReturnAddressResponse
from .postcard_history_item import PostcardHistoryItem
from .postcard_history_page import PostcardHistoryPage
from .postcard_history_page_response import PostcardHistoryPageResponse
from .postcard_result import PostcardResult
from .postcard_result_response import PostcardResultResponse
from .postcard_send_request import PostcardSendRequest
from .pricing import Pricing
from .pricing_email import PricingEmail
from .pricing_fax import PricingFax
from .pricing_mms import PricingMms
from .pricing_post import PricingPost
from .pricing_postcard import PricingPostcard
from .pricing_response import PricingResponse
from .pricing_sms import PricingSms
from .pricing_voice import PricingVoice
from .purchase import Purchase
from .purchase_response import PurchaseResponse
from .recharge_packages import RechargePackages
from .referral_account import ReferralAccount
from .referral_account_page import ReferralAccountPage
from .referral_account_page_response import ReferralAccountPageResponse
from .remove_duplicates_fields import RemoveDuplicatesFields
from .reseller_account import ResellerAccount
from .reseller_account_fields import ResellerAccountFields
from .reseller_account_page import ResellerAccountPage
from .reseller_account_page_response import ResellerAccountPageResponse
from .reseller_account_response import ResellerAccountResponse
from .reseller_public_account_fields import ResellerPublicAccountFields
from .reseller_settings import ResellerSettings
from .reseller_settings_fields import ResellerSettingsFields
from .reseller_settings_list_response import ResellerSettingsListResponse
from .reseller_settings_response import ResellerSettingsResponse
from .reseller_transfer_credit import ResellerTransferCredit
from .response_code import ResponseCode
from .search_operator import SearchOperator
from .search_result import SearchResult
from .search_result_page import SearchResultPage
from .search_result_page_response import SearchResultPageResponse
from .senders_alpha_tags_list_sort_direction import SendersAlphaTagsListSortDirection
from .senders_default_senders_list_sort_direction import SendersDefaultSendersListSortDirection
from .senders_own_numbers_list_filterstatus_item import SendersOwnNumbersListFilterstatusItem
from .senders_own_numbers_list_sort_direction import SendersOwnNumbersListSortDirection
from .short_url_contact import ShortUrlContact
from .short_url_count import ShortUrlCount
from .short_url_link_counts import ShortUrlLinkCounts
from .short_url_link_statistics import ShortUrlLinkStatistics
from .short_url_open import ShortUrlOpen
from .short_url_statistics import ShortUrlStatistics
from .short_url_tracking_page import ShortUrlTrackingPage
from .sms_campaign import SmsCampaign
from .sms_campaign_link_contact import SmsCampaignLinkContact
from .sms_campaign_link_count import SmsCampaignLinkCount
from .sms_campaign_link_opens import SmsCampaignLinkOpens
from .sms_campaign_link_statistics import SmsCampaignLinkStatistics
from .sms_campaign_link_statistics_response import SmsCampaignLinkStatisticsResponse
from .sms_campaign_link_tracking_item import SmsCampaignLinkTrackingItem
from .sms_campaign_link_tracking_page import SmsCampaignLinkTrackingPage
from .sms_campaign_link_tracking_page_response import SmsCampaignLinkTrackingPageResponse
from .sms_campaign_page import SmsCampaignPage
from .sms_campaign_page_response import SmsCampaignPageResponse
from .sms_campaign_price import SmsCampaignPrice
from .sms_campaign_price_message import SmsCampaignPriceMessage
from .sms_campaign_price_response import SmsCampaignPriceResponse
from .sms_campaign_response import SmsCampaignResponse
from .sms_campaign_send_request import SmsCampaignSendRequest
from .sms_campaign_sender import SmsCampaignSender
from .sms_cancel_all_request import SmsCancelAllRequest
from .sms_cancel_all_response import SmsCancelAllResponse
from .sms_cancelled import SmsCancelled
from .sms_country_regulation import SmsCountryRegulation
from .sms_export import SmsExport
from .sms_export_response import SmsExportResponse
from .sms_history_item import SmsHistoryItem
from .sms_history_page import SmsHistoryPage
from .sms_history_page_response import SmsHistoryPageResponse
from .sms_inbound_test_request import SmsInboundTestRequest
from .sms_inbound_test_request_webhook_type import SmsInboundTestRequestWebhookType
from .sms_mark_read_request import SmsMarkReadRequest
from .sms_message import SmsMessage
from .sms_message_result import SmsMessageResult
from .sms_price_summary import SmsPriceSummary
from .sms_price_summary_countries import SmsPriceSummaryCountries
from .sms_price_summary_country import SmsPriceSummaryCountry
from .sms_receipt import SmsReceipt
from .sms_receipt_page import SmsReceiptPage
from .sms_receipt_page_response import SmsReceiptPageResponse
from .sms_receipt_response import SmsReceiptResponse
from .sms_receipt_test_request import SmsReceiptTestRequest
from .sms_regulation_date import SmsRegulationDate
from .sms_send_request import SmsSendRequest
from .sms_send_response import SmsSendResponse
from .sms_send_result import SmsSendResult
from .sms_sender import SmsSender
from .sms_sender_sender_type import SmsSenderSenderType
from .sms_template import SmsTemplate
from .sms_template_fields import SmsTemplateFields
from .sms_template_page import SmsTemplatePage
from .sms_template_page_response import SmsTemplatePageResponse
from .sms_template_response import SmsTemplateResponse
from .statistics import Statistics
from .statistics_count import StatisticsCount
from .statistics_day import StatisticsDay
from .statistics_figures import StatisticsFigures
from .statistics_response import StatisticsResponse
from .stripped_string import StrippedString
from .stripped_string_detail import StrippedStringDetail
from .stripped_string_detail_response import StrippedStringDetailResponse
from .stripped_string_fields import StrippedStringFields
from .stripped_string_page import StrippedStringPage
from .stripped_string_page_response import StrippedStringPageResponse
from .stripped_string_response import StrippedStringResponse
from .subaccount import Subaccount
from .subaccount_api_key import SubaccountApiKey
from .subaccount_api_key_response import SubaccountApiKeyResponse
from .subaccount_create import SubaccountCreate
from .subaccount_details import SubaccountDetails
from .subaccount_page import SubaccountPage
from .subaccount_page_response import SubaccountPageResponse
from .subaccount_response import SubaccountResponse
from .subaccount_update import SubaccountUpdate
from .timezone_list_response import TimezoneListResponse
from .transaction import Transaction
from .transaction_page import TransactionPage
from .transaction_page_response import TransactionPageResponse
from .transaction_response import TransactionResponse
from .upload import Upload
from .upload_request import UploadRequest
from .upload_response import UploadResponse
from .uploads_create_convert import UploadsCreateConvert
from .usage import Usage
from .usage_response import UsageResponse
from .usage_row import UsageRow
from .usage_total import UsageTotal
from .verification_sent import VerificationSent
from .verification_sent_response import VerificationSentResponse
from .voice_cancel_all import VoiceCancelAll
from .voice_cancel_all_response import VoiceCancelAllResponse
from .voice_history_export import VoiceHistoryExport
from .voice_history_export_response import VoiceHistoryExportResponse
from .voice_history_item import VoiceHistoryItem
from .voice_history_page import VoiceHistoryPage
from .voice_history_page_response import VoiceHistoryPageResponse
from .voice_language import VoiceLanguage
from .voice_languages_response import VoiceLanguagesResponse
from .voice_message import VoiceMessage
from .voice_message_voice import VoiceMessageVoice
from .voice_receipt import VoiceReceipt
from .voice_receipt_page import VoiceReceiptPage
from .voice_receipt_page_response import VoiceReceiptPageResponse
from .voice_receipt_response import VoiceReceiptResponse
from .voice_receipt_test_request import VoiceReceiptTestRequest
from .voice_receipts_read_request import VoiceReceiptsReadRequest
from .voice_receipts_read_response import VoiceReceiptsReadResponse
from .voice_send_request import VoiceSendRequest
from .voice_send_response import VoiceSendResponse
from .voice_send_result import VoiceSendResult
from .voice_sent_message import VoiceSentMessage

__all__ = (
    "Account",
    "AccountCreate",
    "AccountResponse",
    "AccountUpdate",
    "AccountVerify",
    "AllowedAddress",
    "AllowedAddressFields",
    "AllowedAddressPage",
    "AllowedAddressPageResponse",
    "AllowedAddressResponse",
    "AllowedEmailAddress",
    "AllowedEmailAddressCreate",
    "AllowedEmailAddressPage",
    "AllowedEmailAddressPageResponse",
    "AllowedEmailAddressResponse",
    "AlphaTag",
    "AlphaTagBusiness",
    "AlphaTagBusinessAddress",
    "AlphaTagBusinessBusinessRelationship",
    "AlphaTagBusinessCountry",
    "AlphaTagBusinessInfo",
    "AlphaTagDeleted",
    "AlphaTagFields",
    "AlphaTagFieldsCountriesItem",
    "AlphaTagPage",
    "AlphaTagPageMetadata",
    "AlphaTagPagination",
    "AlphaTagPartnerRepresentative",
    "AlphaTagRepresentative",
    "AutomationAction",
    "AutomationFaxInboundRuleFields",
    "AutomationInboundRule",
    "AutomationInboundRulePage",
    "AutomationInboundRulePageResponse",
    "AutomationInboundRuleResponse",
    "AutomationReceiptRule",
    "AutomationReceiptRuleFields",
    "AutomationReceiptRulePage",
    "AutomationReceiptRulePageResponse",
    "AutomationReceiptRuleResponse",
    "AutomationRuleDeletedResponse",
    "AutomationSmsInboundRuleFields",
    "AutomationWebhookType",
    "Contact",
    "ContactFields",
    "ContactList",
    "ContactListExport",
    "ContactListExportResponse",
    "ContactListFields",
    "ContactListImport",
    "ContactListImportField",
    "ContactListImportFieldsResponse",
    "ContactListImportPreview",
    "ContactListImportPreviewRequest",
    "ContactListImportPreviewResponse",
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
    "DefaultSender",
    "DefaultSenderAllowedCountries",
    "DefaultSenderAllowedType",
    "DefaultSenderCompliantTypes",
    "DefaultSenderCompliantTypesResponse",
    "DefaultSenderCountryTypes",
    "DefaultSenderDeleteResponse",
    "DefaultSenderFields",
    "DefaultSenderFieldsProductType",
    "DefaultSenderPage",
    "DefaultSenderPageResponse",
    "DefaultSenderResponse",
    "DefaultSenderStrategy",
    "DefaultSenderStrategyFields",
    "DefaultSenderStrategyFieldsSenderType",
    "DefaultSenderUpdateFields",
    "DeletedCount",
    "DeletedCountResponse",
    "DeliveryIssue",
    "DeliveryIssueCreate",
    "DeliveryIssueCreateType",
    "DeliveryIssuePage",
    "DeliveryIssuePageResponse",
    "DeliveryIssueResponse",
    "DirectMailArea",
    "DirectMailCampaign",
    "DirectMailCampaignArea",
    "DirectMailCampaignPage",
    "DirectMailCampaignPageResponse",
    "DirectMailCampaignRequest",
    "DirectMailCampaignRequestSize",
    "DirectMailLocation",
    "DirectMailLocationPage",
    "DirectMailLocationPageResponse",
    "DirectMailPrice",
    "DirectMailPriceResponse",
    "DoneResponse",
    "EmailAddressee",
    "EmailAttachment",
    "EmailAttachmentDisposition",
    "EmailAttachmentInfo",
    "EmailCampaign",
    "EmailCampaignHistoryItem",
    "EmailCampaignHistoryPage",
    "EmailCampaignHistoryPageResponse",
    "EmailCampaignPage",
    "EmailCampaignPageResponse",
    "EmailCampaignPrice",
    "EmailCampaignPriced",
    "EmailCampaignPriceResponse",
    "EmailCampaignResponse",
    "EmailCampaignSendRequest",
    "EmailCampaignSendResponse",
    "EmailCampaignSendResult",
    "EmailFrom",
    "EmailHistoryExport",
    "EmailHistoryExportResponse",
    "EmailHistoryItem",
    "EmailHistoryPage",
    "EmailHistoryPageResponse",
    "EmailMasterTemplate",
    "EmailMasterTemplateListResponse",
    "EmailMasterTemplateResponse",
    "EmailMasterTemplateThumbnail",
    "EmailNoDataResponse",
    "EmailPrice",
    "EmailPriceResponse",
    "EmailReceipt",
    "EmailReceiptResponse",
    "EmailReceiptTestRequest",
    "EmailRecipient",
    "EmailSendRequest",
    "EmailSendResponse",
    "EmailSendResult",
    "EmailTemplate",
    "EmailTemplateCategory",
    "EmailTemplateCategoryListResponse",
    "EmailTemplateCategoryResponse",
    "EmailTemplateCreate",
    "EmailTemplateImageResponse",
    "EmailTemplateImageUpload",
    "EmailTemplatePage",
    "EmailTemplatePageResponse",
    "EmailTemplateResponse",
    "EmailTemplateUpdate",
    "EmailUsageRow",
    "EmptyResponse",
    "Envelope",
    "ErrorResponse",
    "FaxHistoryItem",
    "FaxHistoryItemResponse",
    "FaxHistoryPage",
    "FaxHistoryPageResponse",
    "FaxMessage",
    "FaxReceipt",
    "FaxReceiptPage",
    "FaxReceiptPageResponse",
    "FaxReceiptResponse",
    "FaxReceiptsReadRequest",
    "FaxReceiptTestRequest",
    "FaxSendRequest",
    "FaxSendResponse",
    "FaxSendResult",
    "FaxSentMessage",
    "ForgotPassword",
    "ForgotPasswordVerify",
    "ForgotUsername",
    "GlobalSendingCountry",
    "GlobalSendingCountryListResponse",
    "GlobalSendingNamedId",
    "GlobalSendingSelectRequest",
    "GlobalSendingUserCountry",
    "GlobalSendingUserCountryListResponse",
    "ImportQueued",
    "ImportQueuedResponse",
    "InboundSms",
    "InboundSmsPage",
    "InboundSmsPageResponse",
    "InboundSmsResponse",
    "MmsCampaign",
    "MmsCampaignPage",
    "MmsCampaignPageResponse",
    "MmsCampaignPrice",
    "MmsCampaignPriceResponse",
    "MmsCampaignResponse",
    "MmsCampaignSendRequest",
    "MmsHistoryItem",
    "MmsHistoryItemResponse",
    "MmsHistoryPage",
    "MmsHistoryPageResponse",
    "MmsMessage",
    "MmsMessageResult",
    "MmsReceipt",
    "MmsReceiptPage",
    "MmsReceiptPageResponse",
    "MmsReceiptsReadResponse",
    "MmsSendRequest",
    "MmsSendResponse",
    "MmsSendResult",
    "NumberAvailable",
    "NumberAvailablePage",
    "NumberAvailablePageResponse",
    "NumberBuyFields",
    "NumberBuyFieldsType",
    "NumberDedicated",
    "NumberPage",
    "NumberPageResponse",
    "NumberPurchase",
    "NumberPurchaseResponse",
    "NumberRegisterFields",
    "NumberRegisterResponse",
    "NumberRegistration",
    "NumberRegistrationData",
    "NumbersListExcludingNumberType",
    "NumberStatus",
    "OwnNumber",
    "OwnNumberPage",
    "OwnNumberPageMetadata",
    "OwnNumberPagination",
    "OwnNumberUpdateFields",
    "OwnNumberVerification",
    "OwnNumberVerificationRequest",
    "OwnNumberVerifyFields",
    "Package",
    "PackagesResponse",
    "Page",
    "PostcardHistoryItem",
    "PostcardHistoryPage",
    "PostcardHistoryPageResponse",
    "PostcardResult",
    "PostcardResultResponse",
    "PostcardSendRequest",
    "PostDetectAddressRequest",
    "PostDetectedAddress",
    "PostDetectedAddressResponse",
    "PostHistoryExport",
    "PostHistoryExportResponse",
    "PostLetterHistoryItem",
    "PostLetterHistoryPage",
    "PostLetterHistoryPageResponse",
    "PostLetterResult",
    "PostLetterResultResponse",
    "PostLetterSendRequest",
    "PostRecipient",
    "PostRecipientResult",
    "PostReturnAddress",
    "PostReturnAddressFields",
    "PostReturnAddressPage",
    "PostReturnAddressPageResponse",
    "PostReturnAddressResponse",
    "Pricing",
    "PricingEmail",
    "PricingFax",
    "PricingMms",
    "PricingPost",
    "PricingPostcard",
    "PricingResponse",
    "PricingSms",
    "PricingVoice",
    "Purchase",
    "PurchaseResponse",
    "RechargePackages",
    "ReferralAccount",
    "ReferralAccountPage",
    "ReferralAccountPageResponse",
    "RemoveDuplicatesFields",
    "ResellerAccount",
    "ResellerAccountFields",
    "ResellerAccountPage",
    "ResellerAccountPageResponse",
    "ResellerAccountResponse",
    "ResellerPublicAccountFields",
    "ResellerSettings",
    "ResellerSettingsFields",
    "ResellerSettingsListResponse",
    "ResellerSettingsResponse",
    "ResellerTransferCredit",
    "ResponseCode",
    "SearchOperator",
    "SearchResult",
    "SearchResultPage",
    "SearchResultPageResponse",
    "SendersAlphaTagsListSortDirection",
    "SendersDefaultSendersListSortDirection",
    "SendersOwnNumbersListFilterstatusItem",
    "SendersOwnNumbersListSortDirection",
    "ShortUrlContact",
    "ShortUrlCount",
    "ShortUrlLinkCounts",
    "ShortUrlLinkStatistics",
    "ShortUrlOpen",
    "ShortUrlStatistics",
    "ShortUrlTrackingPage",
    "SmsCampaign",
    "SmsCampaignLinkContact",
    "SmsCampaignLinkCount",
    "SmsCampaignLinkOpens",
    "SmsCampaignLinkStatistics",
    "SmsCampaignLinkStatisticsResponse",
    "SmsCampaignLinkTrackingItem",
    "SmsCampaignLinkTrackingPage",
    "SmsCampaignLinkTrackingPageResponse",
    "SmsCampaignPage",
    "SmsCampaignPageResponse",
    "SmsCampaignPrice",
    "SmsCampaignPriceMessage",
    "SmsCampaignPriceResponse",
    "SmsCampaignResponse",
    "SmsCampaignSender",
    "SmsCampaignSendRequest",
    "SmsCancelAllRequest",
    "SmsCancelAllResponse",
    "SmsCancelled",
    "SmsCountryRegulation",
    "SmsExport",
    "SmsExportResponse",
    "SmsHistoryItem",
    "SmsHistoryPage",
    "SmsHistoryPageResponse",
    "SmsInboundTestRequest",
    "SmsInboundTestRequestWebhookType",
    "SmsMarkReadRequest",
    "SmsMessage",
    "SmsMessageResult",
    "SmsPriceSummary",
    "SmsPriceSummaryCountries",
    "SmsPriceSummaryCountry",
    "SmsReceipt",
    "SmsReceiptPage",
    "SmsReceiptPageResponse",
    "SmsReceiptResponse",
    "SmsReceiptTestRequest",
    "SmsRegulationDate",
    "SmsSender",
    "SmsSenderSenderType",
    "SmsSendRequest",
    "SmsSendResponse",
    "SmsSendResult",
    "SmsTemplate",
    "SmsTemplateFields",
    "SmsTemplatePage",
    "SmsTemplatePageResponse",
    "SmsTemplateResponse",
    "Statistics",
    "StatisticsCount",
    "StatisticsDay",
    "StatisticsFigures",
    "StatisticsResponse",
    "StrippedString",
    "StrippedStringDetail",
    "StrippedStringDetailResponse",
    "StrippedStringFields",
    "StrippedStringPage",
    "StrippedStringPageResponse",
    "StrippedStringResponse",
    "Subaccount",
    "SubaccountApiKey",
    "SubaccountApiKeyResponse",
    "SubaccountCreate",
    "SubaccountDetails",
    "SubaccountPage",
    "SubaccountPageResponse",
    "SubaccountResponse",
    "SubaccountUpdate",
    "TimezoneListResponse",
    "Transaction",
    "TransactionPage",
    "TransactionPageResponse",
    "TransactionResponse",
    "Upload",
    "UploadRequest",
    "UploadResponse",
    "UploadsCreateConvert",
    "Usage",
    "UsageResponse",
    "UsageRow",
    "UsageTotal",
    "VerificationSent",
    "VerificationSentResponse",
    "VoiceCancelAll",
    "VoiceCancelAllResponse",
    "VoiceHistoryExport",
    "VoiceHistoryExportResponse",
    "VoiceHistoryItem",
    "VoiceHistoryPage",
    "VoiceHistoryPageResponse",
    "VoiceLanguage",
    "VoiceLanguagesResponse",
    "VoiceMessage",
    "VoiceMessageVoice",
    "VoiceReceipt",
    "VoiceReceiptPage",
    "VoiceReceiptPageResponse",
    "VoiceReceiptResponse",
    "VoiceReceiptsReadRequest",
    "VoiceReceiptsReadResponse",
    "VoiceReceiptTestRequest",
    "VoiceSendRequest",
    "VoiceSendResponse",
    "VoiceSendResult",
    "VoiceSentMessage",
)

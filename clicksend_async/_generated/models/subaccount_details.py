# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountDetails")


@_attrs_define
class SubaccountDetails:
    """A subaccount: a user of the account, with its own API login, contact details and
    permissions (flags, bools). `api_key` is a secret, left out of reprs.

        Attributes:
            subaccount_id (int):
            api_username (str): The subaccount's API username (its login).
            email (str | Unset):
            phone_number (None | str | Unset): Phone number in E.164 format.
            first_name (str | Unset):
            last_name (str | Unset):
            api_key (str | Unset): The subaccount's API key (a secret).
            access_users (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_billing (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_reporting (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_contacts (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_settings (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_sms (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_email (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_voice (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_fax (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_post (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_reseller (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_mms (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_global_sending (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            access_smpp (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            hide_pricing (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            share_campaigns (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            is_main (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            notes (None | str | Unset):
            sign_up_type (None | str | Unset):
    """

    subaccount_id: int
    api_username: str
    email: str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    api_key: str | Unset = _attrs_field(repr=False, default=UNSET)
    access_users: bool | Unset = UNSET
    access_billing: bool | Unset = UNSET
    access_reporting: bool | Unset = UNSET
    access_contacts: bool | Unset = UNSET
    access_settings: bool | Unset = UNSET
    access_sms: bool | Unset = UNSET
    access_email: bool | Unset = UNSET
    access_voice: bool | Unset = UNSET
    access_fax: bool | Unset = UNSET
    access_post: bool | Unset = UNSET
    access_reseller: bool | Unset = UNSET
    access_mms: bool | Unset = UNSET
    access_global_sending: bool | Unset = UNSET
    access_smpp: bool | Unset = UNSET
    hide_pricing: bool | Unset = UNSET
    share_campaigns: bool | Unset = UNSET
    is_main: bool | Unset = UNSET
    notes: None | str | Unset = UNSET
    sign_up_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subaccount_id = self.subaccount_id

        api_username = self.api_username

        email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

        api_key = self.api_key

        access_users = UNSET if isinstance(self.access_users, Unset) else int(self.access_users)

        access_billing = (
            UNSET if isinstance(self.access_billing, Unset) else int(self.access_billing)
        )

        access_reporting = (
            UNSET if isinstance(self.access_reporting, Unset) else int(self.access_reporting)
        )

        access_contacts = (
            UNSET if isinstance(self.access_contacts, Unset) else int(self.access_contacts)
        )

        access_settings = (
            UNSET if isinstance(self.access_settings, Unset) else int(self.access_settings)
        )

        access_sms = UNSET if isinstance(self.access_sms, Unset) else int(self.access_sms)

        access_email = UNSET if isinstance(self.access_email, Unset) else int(self.access_email)

        access_voice = UNSET if isinstance(self.access_voice, Unset) else int(self.access_voice)

        access_fax = UNSET if isinstance(self.access_fax, Unset) else int(self.access_fax)

        access_post = UNSET if isinstance(self.access_post, Unset) else int(self.access_post)

        access_reseller = (
            UNSET if isinstance(self.access_reseller, Unset) else int(self.access_reseller)
        )

        access_mms = UNSET if isinstance(self.access_mms, Unset) else int(self.access_mms)

        access_global_sending = (
            UNSET
            if isinstance(self.access_global_sending, Unset)
            else int(self.access_global_sending)
        )

        access_smpp = UNSET if isinstance(self.access_smpp, Unset) else int(self.access_smpp)

        hide_pricing = UNSET if isinstance(self.hide_pricing, Unset) else int(self.hide_pricing)

        share_campaigns = (
            UNSET if isinstance(self.share_campaigns, Unset) else int(self.share_campaigns)
        )

        is_main = UNSET if isinstance(self.is_main, Unset) else int(self.is_main)

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        sign_up_type: None | str | Unset
        if isinstance(self.sign_up_type, Unset):
            sign_up_type = UNSET
        else:
            sign_up_type = self.sign_up_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccount_id": subaccount_id,
                "api_username": api_username,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if access_users is not UNSET:
            field_dict["access_users"] = access_users
        if access_billing is not UNSET:
            field_dict["access_billing"] = access_billing
        if access_reporting is not UNSET:
            field_dict["access_reporting"] = access_reporting
        if access_contacts is not UNSET:
            field_dict["access_contacts"] = access_contacts
        if access_settings is not UNSET:
            field_dict["access_settings"] = access_settings
        if access_sms is not UNSET:
            field_dict["access_sms"] = access_sms
        if access_email is not UNSET:
            field_dict["access_email"] = access_email
        if access_voice is not UNSET:
            field_dict["access_voice"] = access_voice
        if access_fax is not UNSET:
            field_dict["access_fax"] = access_fax
        if access_post is not UNSET:
            field_dict["access_post"] = access_post
        if access_reseller is not UNSET:
            field_dict["access_reseller"] = access_reseller
        if access_mms is not UNSET:
            field_dict["access_mms"] = access_mms
        if access_global_sending is not UNSET:
            field_dict["access_global_sending"] = access_global_sending
        if access_smpp is not UNSET:
            field_dict["access_smpp"] = access_smpp
        if hide_pricing is not UNSET:
            field_dict["hide_pricing"] = hide_pricing
        if share_campaigns is not UNSET:
            field_dict["share_campaigns"] = share_campaigns
        if is_main is not UNSET:
            field_dict["is_main"] = is_main
        if notes is not UNSET:
            field_dict["notes"] = notes
        if sign_up_type is not UNSET:
            field_dict["sign_up_type"] = sign_up_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subaccount_id = integer(d.pop("subaccount_id"), "SubaccountDetails.subaccount_id")

        api_username = d.pop("api_username")

        email = d.pop("email", UNSET)

        phone_number = cast(None | str | Unset, d.pop("phone_number", UNSET))

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        api_key = d.pop("api_key", UNSET)

        _access_users = d.pop("access_users", UNSET)
        access_users = (
            UNSET
            if isinstance(_access_users, Unset)
            else flag(_access_users, "SubaccountDetails.access_users")
        )

        _access_billing = d.pop("access_billing", UNSET)
        access_billing = (
            UNSET
            if isinstance(_access_billing, Unset)
            else flag(_access_billing, "SubaccountDetails.access_billing")
        )

        _access_reporting = d.pop("access_reporting", UNSET)
        access_reporting = (
            UNSET
            if isinstance(_access_reporting, Unset)
            else flag(_access_reporting, "SubaccountDetails.access_reporting")
        )

        _access_contacts = d.pop("access_contacts", UNSET)
        access_contacts = (
            UNSET
            if isinstance(_access_contacts, Unset)
            else flag(_access_contacts, "SubaccountDetails.access_contacts")
        )

        _access_settings = d.pop("access_settings", UNSET)
        access_settings = (
            UNSET
            if isinstance(_access_settings, Unset)
            else flag(_access_settings, "SubaccountDetails.access_settings")
        )

        _access_sms = d.pop("access_sms", UNSET)
        access_sms = (
            UNSET
            if isinstance(_access_sms, Unset)
            else flag(_access_sms, "SubaccountDetails.access_sms")
        )

        _access_email = d.pop("access_email", UNSET)
        access_email = (
            UNSET
            if isinstance(_access_email, Unset)
            else flag(_access_email, "SubaccountDetails.access_email")
        )

        _access_voice = d.pop("access_voice", UNSET)
        access_voice = (
            UNSET
            if isinstance(_access_voice, Unset)
            else flag(_access_voice, "SubaccountDetails.access_voice")
        )

        _access_fax = d.pop("access_fax", UNSET)
        access_fax = (
            UNSET
            if isinstance(_access_fax, Unset)
            else flag(_access_fax, "SubaccountDetails.access_fax")
        )

        _access_post = d.pop("access_post", UNSET)
        access_post = (
            UNSET
            if isinstance(_access_post, Unset)
            else flag(_access_post, "SubaccountDetails.access_post")
        )

        _access_reseller = d.pop("access_reseller", UNSET)
        access_reseller = (
            UNSET
            if isinstance(_access_reseller, Unset)
            else flag(_access_reseller, "SubaccountDetails.access_reseller")
        )

        _access_mms = d.pop("access_mms", UNSET)
        access_mms = (
            UNSET
            if isinstance(_access_mms, Unset)
            else flag(_access_mms, "SubaccountDetails.access_mms")
        )

        _access_global_sending = d.pop("access_global_sending", UNSET)
        access_global_sending = (
            UNSET
            if isinstance(_access_global_sending, Unset)
            else flag(_access_global_sending, "SubaccountDetails.access_global_sending")
        )

        _access_smpp = d.pop("access_smpp", UNSET)
        access_smpp = (
            UNSET
            if isinstance(_access_smpp, Unset)
            else flag(_access_smpp, "SubaccountDetails.access_smpp")
        )

        _hide_pricing = d.pop("hide_pricing", UNSET)
        hide_pricing = (
            UNSET
            if isinstance(_hide_pricing, Unset)
            else flag(_hide_pricing, "SubaccountDetails.hide_pricing")
        )

        _share_campaigns = d.pop("share_campaigns", UNSET)
        share_campaigns = (
            UNSET
            if isinstance(_share_campaigns, Unset)
            else flag(_share_campaigns, "SubaccountDetails.share_campaigns")
        )

        _is_main = d.pop("is_main", UNSET)
        is_main = (
            UNSET if isinstance(_is_main, Unset) else flag(_is_main, "SubaccountDetails.is_main")
        )

        notes = cast(None | str | Unset, d.pop("notes", UNSET))

        sign_up_type = cast(None | str | Unset, d.pop("sign_up_type", UNSET))

        subaccount_details = cls(
            subaccount_id=subaccount_id,
            api_username=api_username,
            email=email,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
            api_key=api_key,
            access_users=access_users,
            access_billing=access_billing,
            access_reporting=access_reporting,
            access_contacts=access_contacts,
            access_settings=access_settings,
            access_sms=access_sms,
            access_email=access_email,
            access_voice=access_voice,
            access_fax=access_fax,
            access_post=access_post,
            access_reseller=access_reseller,
            access_mms=access_mms,
            access_global_sending=access_global_sending,
            access_smpp=access_smpp,
            hide_pricing=hide_pricing,
            share_campaigns=share_campaigns,
            is_main=is_main,
            notes=notes,
            sign_up_type=sign_up_type,
        )

        subaccount_details.additional_properties = d
        return subaccount_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

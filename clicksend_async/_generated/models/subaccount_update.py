# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, optional_flag_in
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountUpdate")


@_attrs_define
class SubaccountUpdate:
    """
    Attributes:
        api_username (str | Unset): A new API username (login).
        password (str | Unset): A new password.
        email (str | Unset):
        phone_number (str | Unset): Phone number in E.164 format.
        first_name (str | Unset):
        last_name (str | Unset):
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
        share_campaigns (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        notes (str | Unset): Free-text notes.
    """

    api_username: str | Unset = UNSET
    password: str | Unset = _attrs_field(repr=False, default=UNSET)
    email: str | Unset = UNSET
    phone_number: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    access_users: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_billing: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_reporting: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_contacts: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_settings: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_sms: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_email: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_voice: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_fax: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_post: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_reseller: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_mms: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    share_campaigns: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    notes: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_username = self.api_username

        password = self.password

        email = self.email

        phone_number = self.phone_number

        first_name = self.first_name

        last_name = self.last_name

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

        share_campaigns = (
            UNSET if isinstance(self.share_campaigns, Unset) else int(self.share_campaigns)
        )

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if api_username is not UNSET:
            field_dict["api_username"] = api_username
        if password is not UNSET:
            field_dict["password"] = password
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phone_number"] = phone_number
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
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
        if share_campaigns is not UNSET:
            field_dict["share_campaigns"] = share_campaigns
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_username = d.pop("api_username", UNSET)

        password = d.pop("password", UNSET)

        email = d.pop("email", UNSET)

        phone_number = d.pop("phone_number", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        _access_users = d.pop("access_users", UNSET)
        access_users = (
            UNSET
            if isinstance(_access_users, Unset)
            else flag(_access_users, "SubaccountUpdate.access_users")
        )

        _access_billing = d.pop("access_billing", UNSET)
        access_billing = (
            UNSET
            if isinstance(_access_billing, Unset)
            else flag(_access_billing, "SubaccountUpdate.access_billing")
        )

        _access_reporting = d.pop("access_reporting", UNSET)
        access_reporting = (
            UNSET
            if isinstance(_access_reporting, Unset)
            else flag(_access_reporting, "SubaccountUpdate.access_reporting")
        )

        _access_contacts = d.pop("access_contacts", UNSET)
        access_contacts = (
            UNSET
            if isinstance(_access_contacts, Unset)
            else flag(_access_contacts, "SubaccountUpdate.access_contacts")
        )

        _access_settings = d.pop("access_settings", UNSET)
        access_settings = (
            UNSET
            if isinstance(_access_settings, Unset)
            else flag(_access_settings, "SubaccountUpdate.access_settings")
        )

        _access_sms = d.pop("access_sms", UNSET)
        access_sms = (
            UNSET
            if isinstance(_access_sms, Unset)
            else flag(_access_sms, "SubaccountUpdate.access_sms")
        )

        _access_email = d.pop("access_email", UNSET)
        access_email = (
            UNSET
            if isinstance(_access_email, Unset)
            else flag(_access_email, "SubaccountUpdate.access_email")
        )

        _access_voice = d.pop("access_voice", UNSET)
        access_voice = (
            UNSET
            if isinstance(_access_voice, Unset)
            else flag(_access_voice, "SubaccountUpdate.access_voice")
        )

        _access_fax = d.pop("access_fax", UNSET)
        access_fax = (
            UNSET
            if isinstance(_access_fax, Unset)
            else flag(_access_fax, "SubaccountUpdate.access_fax")
        )

        _access_post = d.pop("access_post", UNSET)
        access_post = (
            UNSET
            if isinstance(_access_post, Unset)
            else flag(_access_post, "SubaccountUpdate.access_post")
        )

        _access_reseller = d.pop("access_reseller", UNSET)
        access_reseller = (
            UNSET
            if isinstance(_access_reseller, Unset)
            else flag(_access_reseller, "SubaccountUpdate.access_reseller")
        )

        _access_mms = d.pop("access_mms", UNSET)
        access_mms = (
            UNSET
            if isinstance(_access_mms, Unset)
            else flag(_access_mms, "SubaccountUpdate.access_mms")
        )

        _share_campaigns = d.pop("share_campaigns", UNSET)
        share_campaigns = (
            UNSET
            if isinstance(_share_campaigns, Unset)
            else flag(_share_campaigns, "SubaccountUpdate.share_campaigns")
        )

        notes = d.pop("notes", UNSET)

        subaccount_update = cls(
            api_username=api_username,
            password=password,
            email=email,
            phone_number=phone_number,
            first_name=first_name,
            last_name=last_name,
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
            share_campaigns=share_campaigns,
            notes=notes,
        )

        return subaccount_update

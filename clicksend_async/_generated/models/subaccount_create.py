# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, optional_flag_in
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountCreate")


@_attrs_define
class SubaccountCreate:
    """
    Attributes:
        api_username (str): The new subaccount's API username (its login).
        password (str): The new subaccount's password.
        email (str): The subaccount user's email.
        phone_number (str): The subaccount user's phone number in E.164 format (a local number is read as the account's
            country).
        first_name (str): The subaccount user's first name.
        last_name (str): The subaccount user's last name.
        access_users (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        access_billing (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        access_reporting (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        access_contacts (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        access_settings (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        access_smpp (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        sms_deidentify_message (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        notes (str | Unset): Free-text notes.
    """

    api_username: str
    password: str = _attrs_field(repr=False)
    email: str
    phone_number: str
    first_name: str
    last_name: str
    access_users: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_billing: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_reporting: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_contacts: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_settings: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    access_smpp: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    sms_deidentify_message: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
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

        access_smpp = UNSET if isinstance(self.access_smpp, Unset) else int(self.access_smpp)

        sms_deidentify_message = (
            UNSET
            if isinstance(self.sms_deidentify_message, Unset)
            else int(self.sms_deidentify_message)
        )

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_username": api_username,
                "password": password,
                "email": email,
                "phone_number": phone_number,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
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
        if access_smpp is not UNSET:
            field_dict["access_smpp"] = access_smpp
        if sms_deidentify_message is not UNSET:
            field_dict["sms_deidentify_message"] = sms_deidentify_message
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_username = d.pop("api_username")

        password = d.pop("password")

        email = d.pop("email")

        phone_number = d.pop("phone_number")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        _access_users = d.pop("access_users", UNSET)
        access_users = (
            UNSET
            if isinstance(_access_users, Unset)
            else flag(_access_users, "SubaccountCreate.access_users")
        )

        _access_billing = d.pop("access_billing", UNSET)
        access_billing = (
            UNSET
            if isinstance(_access_billing, Unset)
            else flag(_access_billing, "SubaccountCreate.access_billing")
        )

        _access_reporting = d.pop("access_reporting", UNSET)
        access_reporting = (
            UNSET
            if isinstance(_access_reporting, Unset)
            else flag(_access_reporting, "SubaccountCreate.access_reporting")
        )

        _access_contacts = d.pop("access_contacts", UNSET)
        access_contacts = (
            UNSET
            if isinstance(_access_contacts, Unset)
            else flag(_access_contacts, "SubaccountCreate.access_contacts")
        )

        _access_settings = d.pop("access_settings", UNSET)
        access_settings = (
            UNSET
            if isinstance(_access_settings, Unset)
            else flag(_access_settings, "SubaccountCreate.access_settings")
        )

        _access_smpp = d.pop("access_smpp", UNSET)
        access_smpp = (
            UNSET
            if isinstance(_access_smpp, Unset)
            else flag(_access_smpp, "SubaccountCreate.access_smpp")
        )

        _sms_deidentify_message = d.pop("sms_deidentify_message", UNSET)
        sms_deidentify_message = (
            UNSET
            if isinstance(_sms_deidentify_message, Unset)
            else flag(_sms_deidentify_message, "SubaccountCreate.sms_deidentify_message")
        )

        notes = d.pop("notes", UNSET)

        subaccount_create = cls(
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
            access_smpp=access_smpp,
            sms_deidentify_message=sms_deidentify_message,
            notes=notes,
        )

        return subaccount_create

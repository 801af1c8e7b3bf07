# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, optional_flag_in
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUpdate")


@_attrs_define
class AccountUpdate:
    """
    Attributes:
        username (str): Your username
        password (str): Your password
        user_email (str): Your email
        user_phone (str): Your phone number in E.164 format.
        user_first_name (str): Your first name
        user_last_name (str): Your last name
        account_name (str): Name of the account, usually the company name.
        country (str): Your country (two-letter code).
        timezone (str): Timezone name, e.g. Australia/Melbourne (see `timezones.list`).
        private_uploads (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        setting_sms_hide_business_name (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        setting_sms_hide_your_number (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
    """

    username: str
    password: str = _attrs_field(repr=False)
    user_email: str
    user_phone: str
    user_first_name: str
    user_last_name: str
    account_name: str
    country: str
    timezone: str
    private_uploads: bool | Unset = _attrs_field(default=UNSET, converter=optional_flag_in)
    setting_sms_hide_business_name: bool | Unset = _attrs_field(
        default=UNSET, converter=optional_flag_in
    )
    setting_sms_hide_your_number: bool | Unset = _attrs_field(
        default=UNSET, converter=optional_flag_in
    )

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        user_email = self.user_email

        user_phone = self.user_phone

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        account_name = self.account_name

        country = self.country

        timezone = self.timezone

        private_uploads = (
            UNSET if isinstance(self.private_uploads, Unset) else int(self.private_uploads)
        )

        setting_sms_hide_business_name = (
            UNSET
            if isinstance(self.setting_sms_hide_business_name, Unset)
            else int(self.setting_sms_hide_business_name)
        )

        setting_sms_hide_your_number = (
            UNSET
            if isinstance(self.setting_sms_hide_your_number, Unset)
            else int(self.setting_sms_hide_your_number)
        )

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
                "user_email": user_email,
                "user_phone": user_phone,
                "user_first_name": user_first_name,
                "user_last_name": user_last_name,
                "account_name": account_name,
                "country": country,
                "timezone": timezone,
            }
        )
        if private_uploads is not UNSET:
            field_dict["private_uploads"] = private_uploads
        if setting_sms_hide_business_name is not UNSET:
            field_dict["setting_sms_hide_business_name"] = setting_sms_hide_business_name
        if setting_sms_hide_your_number is not UNSET:
            field_dict["setting_sms_hide_your_number"] = setting_sms_hide_your_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        user_email = d.pop("user_email")

        user_phone = d.pop("user_phone")

        user_first_name = d.pop("user_first_name")

        user_last_name = d.pop("user_last_name")

        account_name = d.pop("account_name")

        country = d.pop("country")

        timezone = d.pop("timezone")

        _private_uploads = d.pop("private_uploads", UNSET)
        private_uploads = (
            UNSET
            if isinstance(_private_uploads, Unset)
            else flag(_private_uploads, "AccountUpdate.private_uploads")
        )

        _setting_sms_hide_business_name = d.pop("setting_sms_hide_business_name", UNSET)
        setting_sms_hide_business_name = (
            UNSET
            if isinstance(_setting_sms_hide_business_name, Unset)
            else flag(
                _setting_sms_hide_business_name, "AccountUpdate.setting_sms_hide_business_name"
            )
        )

        _setting_sms_hide_your_number = d.pop("setting_sms_hide_your_number", UNSET)
        setting_sms_hide_your_number = (
            UNSET
            if isinstance(_setting_sms_hide_your_number, Unset)
            else flag(_setting_sms_hide_your_number, "AccountUpdate.setting_sms_hide_your_number")
        )

        account_update = cls(
            username=username,
            password=password,
            user_email=user_email,
            user_phone=user_phone,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            account_name=account_name,
            country=country,
            timezone=timezone,
            private_uploads=private_uploads,
            setting_sms_hide_business_name=setting_sms_hide_business_name,
            setting_sms_hide_your_number=setting_sms_hide_your_number,
        )

        return account_update

# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, money
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.subaccount import Subaccount


T = TypeVar("T", bound="ResellerAccount")


@_attrs_define
class ResellerAccount:
    """A client account of a reseller: the fields of an account (see Account). Flags are bools,
    amounts Decimals; `_subaccount` (the client's main user, with its API key, a secret kept
    out of reprs) is null in the update's answer.

        Attributes:
            user_id (int):
            username (str):
            balance (Decimal): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            user_email (str | Unset):
            active (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            banned (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            user_phone (None | str | Unset):
            reply_to (None | str | Unset):
            delivery_to (None | str | Unset):
            user_first_name (str | Unset):
            user_last_name (str | Unset):
            account (int | Unset): The account number.
            account_name (None | str | Unset):
            account_billing_email (None | str | Unset):
            account_billing_mobile (None | str | Unset):
            country (str | Unset):
            default_country_sms (str | Unset):
            unsubscribe_mail (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            auto_recharge (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            auto_recharge_amount (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            low_credit_amount (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            setting_unicode_sms (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            setting_beta (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            setting_email_sms_subject (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            setting_fix_sender_id (int | Unset): The fixed sender setting (0 when off; larger numbers in the samples).
            setting_sms_message_char_limit (int | Unset): The SMS message character limit (in parts).
            old_dashboard (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
            balance_commission (Decimal | Unset): An amount of money (decimal.Decimal), e.g. "4.998000" or 0.0792.
            timezone (str | Unset):
            currency (Currency | Unset):
            subaccount (None | Subaccount | Unset): The client account's main user, null in the update's answer.
    """

    user_id: int
    username: str
    balance: Decimal
    user_email: str | Unset = UNSET
    active: bool | Unset = UNSET
    banned: bool | Unset = UNSET
    user_phone: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    delivery_to: None | str | Unset = UNSET
    user_first_name: str | Unset = UNSET
    user_last_name: str | Unset = UNSET
    account: int | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_billing_email: None | str | Unset = UNSET
    account_billing_mobile: None | str | Unset = UNSET
    country: str | Unset = UNSET
    default_country_sms: str | Unset = UNSET
    unsubscribe_mail: bool | Unset = UNSET
    auto_recharge: bool | Unset = UNSET
    auto_recharge_amount: Decimal | Unset = UNSET
    low_credit_amount: Decimal | Unset = UNSET
    setting_unicode_sms: bool | Unset = UNSET
    setting_beta: bool | Unset = UNSET
    setting_email_sms_subject: bool | Unset = UNSET
    setting_fix_sender_id: int | Unset = UNSET
    setting_sms_message_char_limit: int | Unset = UNSET
    old_dashboard: bool | Unset = UNSET
    balance_commission: Decimal | Unset = UNSET
    timezone: str | Unset = UNSET
    currency: Currency | Unset = UNSET
    subaccount: None | Subaccount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subaccount import Subaccount  # noqa: PLC0415

        user_id = self.user_id

        username = self.username

        balance = format(self.balance, "f")

        user_email = self.user_email

        active = UNSET if isinstance(self.active, Unset) else int(self.active)

        banned = UNSET if isinstance(self.banned, Unset) else int(self.banned)

        user_phone: None | str | Unset
        if isinstance(self.user_phone, Unset):
            user_phone = UNSET
        else:
            user_phone = self.user_phone

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        delivery_to: None | str | Unset
        if isinstance(self.delivery_to, Unset):
            delivery_to = UNSET
        else:
            delivery_to = self.delivery_to

        user_first_name = self.user_first_name

        user_last_name = self.user_last_name

        account = UNSET if isinstance(self.account, Unset) else self.account

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_billing_email: None | str | Unset
        if isinstance(self.account_billing_email, Unset):
            account_billing_email = UNSET
        else:
            account_billing_email = self.account_billing_email

        account_billing_mobile: None | str | Unset
        if isinstance(self.account_billing_mobile, Unset):
            account_billing_mobile = UNSET
        else:
            account_billing_mobile = self.account_billing_mobile

        country = self.country

        default_country_sms = self.default_country_sms

        unsubscribe_mail = (
            UNSET if isinstance(self.unsubscribe_mail, Unset) else int(self.unsubscribe_mail)
        )

        auto_recharge = UNSET if isinstance(self.auto_recharge, Unset) else int(self.auto_recharge)

        auto_recharge_amount = (
            UNSET
            if isinstance(self.auto_recharge_amount, Unset)
            else format(self.auto_recharge_amount, "f")
        )

        low_credit_amount = (
            UNSET
            if isinstance(self.low_credit_amount, Unset)
            else format(self.low_credit_amount, "f")
        )

        setting_unicode_sms = (
            UNSET if isinstance(self.setting_unicode_sms, Unset) else int(self.setting_unicode_sms)
        )

        setting_beta = UNSET if isinstance(self.setting_beta, Unset) else int(self.setting_beta)

        setting_email_sms_subject = (
            UNSET
            if isinstance(self.setting_email_sms_subject, Unset)
            else int(self.setting_email_sms_subject)
        )

        setting_fix_sender_id = (
            UNSET if isinstance(self.setting_fix_sender_id, Unset) else self.setting_fix_sender_id
        )

        setting_sms_message_char_limit = (
            UNSET
            if isinstance(self.setting_sms_message_char_limit, Unset)
            else self.setting_sms_message_char_limit
        )

        old_dashboard = UNSET if isinstance(self.old_dashboard, Unset) else int(self.old_dashboard)

        balance_commission = (
            UNSET
            if isinstance(self.balance_commission, Unset)
            else format(self.balance_commission, "f")
        )

        timezone = self.timezone

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        subaccount: dict[str, Any] | None | Unset
        if isinstance(self.subaccount, Unset):
            subaccount = UNSET
        elif isinstance(self.subaccount, Subaccount):
            subaccount = self.subaccount.to_dict()
        else:
            subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "username": username,
                "balance": balance,
            }
        )
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if active is not UNSET:
            field_dict["active"] = active
        if banned is not UNSET:
            field_dict["banned"] = banned
        if user_phone is not UNSET:
            field_dict["user_phone"] = user_phone
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if delivery_to is not UNSET:
            field_dict["delivery_to"] = delivery_to
        if user_first_name is not UNSET:
            field_dict["user_first_name"] = user_first_name
        if user_last_name is not UNSET:
            field_dict["user_last_name"] = user_last_name
        if account is not UNSET:
            field_dict["account"] = account
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_billing_email is not UNSET:
            field_dict["account_billing_email"] = account_billing_email
        if account_billing_mobile is not UNSET:
            field_dict["account_billing_mobile"] = account_billing_mobile
        if country is not UNSET:
            field_dict["country"] = country
        if default_country_sms is not UNSET:
            field_dict["default_country_sms"] = default_country_sms
        if unsubscribe_mail is not UNSET:
            field_dict["unsubscribe_mail"] = unsubscribe_mail
        if auto_recharge is not UNSET:
            field_dict["auto_recharge"] = auto_recharge
        if auto_recharge_amount is not UNSET:
            field_dict["auto_recharge_amount"] = auto_recharge_amount
        if low_credit_amount is not UNSET:
            field_dict["low_credit_amount"] = low_credit_amount
        if setting_unicode_sms is not UNSET:
            field_dict["setting_unicode_sms"] = setting_unicode_sms
        if setting_beta is not UNSET:
            field_dict["setting_beta"] = setting_beta
        if setting_email_sms_subject is not UNSET:
            field_dict["setting_email_sms_subject"] = setting_email_sms_subject
        if setting_fix_sender_id is not UNSET:
            field_dict["setting_fix_sender_id"] = setting_fix_sender_id
        if setting_sms_message_char_limit is not UNSET:
            field_dict["setting_sms_message_char_limit"] = setting_sms_message_char_limit
        if old_dashboard is not UNSET:
            field_dict["old_dashboard"] = old_dashboard
        if balance_commission is not UNSET:
            field_dict["balance_commission"] = balance_commission
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if currency is not UNSET:
            field_dict["_currency"] = currency
        if subaccount is not UNSET:
            field_dict["_subaccount"] = subaccount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.subaccount import Subaccount  # noqa: PLC0415

        d = dict(src_dict)
        user_id = integer(d.pop("user_id"), "ResellerAccount.user_id")

        username = d.pop("username")

        balance = money(d.pop("balance"), "ResellerAccount.balance")

        user_email = d.pop("user_email", UNSET)

        _active = d.pop("active", UNSET)
        active = UNSET if isinstance(_active, Unset) else flag(_active, "ResellerAccount.active")

        _banned = d.pop("banned", UNSET)
        banned = UNSET if isinstance(_banned, Unset) else flag(_banned, "ResellerAccount.banned")

        user_phone = cast(None | str | Unset, d.pop("user_phone", UNSET))

        reply_to = cast(None | str | Unset, d.pop("reply_to", UNSET))

        delivery_to = cast(None | str | Unset, d.pop("delivery_to", UNSET))

        user_first_name = d.pop("user_first_name", UNSET)

        user_last_name = d.pop("user_last_name", UNSET)

        _account = d.pop("account", UNSET)
        account = (
            UNSET if isinstance(_account, Unset) else integer(_account, "ResellerAccount.account")
        )

        account_name = cast(None | str | Unset, d.pop("account_name", UNSET))

        account_billing_email = cast(None | str | Unset, d.pop("account_billing_email", UNSET))

        account_billing_mobile = cast(None | str | Unset, d.pop("account_billing_mobile", UNSET))

        country = d.pop("country", UNSET)

        default_country_sms = d.pop("default_country_sms", UNSET)

        _unsubscribe_mail = d.pop("unsubscribe_mail", UNSET)
        unsubscribe_mail = (
            UNSET
            if isinstance(_unsubscribe_mail, Unset)
            else flag(_unsubscribe_mail, "ResellerAccount.unsubscribe_mail")
        )

        _auto_recharge = d.pop("auto_recharge", UNSET)
        auto_recharge = (
            UNSET
            if isinstance(_auto_recharge, Unset)
            else flag(_auto_recharge, "ResellerAccount.auto_recharge")
        )

        _auto_recharge_amount = d.pop("auto_recharge_amount", UNSET)
        auto_recharge_amount = (
            UNSET
            if isinstance(_auto_recharge_amount, Unset)
            else money(_auto_recharge_amount, "ResellerAccount.auto_recharge_amount")
        )

        _low_credit_amount = d.pop("low_credit_amount", UNSET)
        low_credit_amount = (
            UNSET
            if isinstance(_low_credit_amount, Unset)
            else money(_low_credit_amount, "ResellerAccount.low_credit_amount")
        )

        _setting_unicode_sms = d.pop("setting_unicode_sms", UNSET)
        setting_unicode_sms = (
            UNSET
            if isinstance(_setting_unicode_sms, Unset)
            else flag(_setting_unicode_sms, "ResellerAccount.setting_unicode_sms")
        )

        _setting_beta = d.pop("setting_beta", UNSET)
        setting_beta = (
            UNSET
            if isinstance(_setting_beta, Unset)
            else flag(_setting_beta, "ResellerAccount.setting_beta")
        )

        _setting_email_sms_subject = d.pop("setting_email_sms_subject", UNSET)
        setting_email_sms_subject = (
            UNSET
            if isinstance(_setting_email_sms_subject, Unset)
            else flag(_setting_email_sms_subject, "ResellerAccount.setting_email_sms_subject")
        )

        _setting_fix_sender_id = d.pop("setting_fix_sender_id", UNSET)
        setting_fix_sender_id = (
            UNSET
            if isinstance(_setting_fix_sender_id, Unset)
            else integer(_setting_fix_sender_id, "ResellerAccount.setting_fix_sender_id")
        )

        _setting_sms_message_char_limit = d.pop("setting_sms_message_char_limit", UNSET)
        setting_sms_message_char_limit = (
            UNSET
            if isinstance(_setting_sms_message_char_limit, Unset)
            else integer(
                _setting_sms_message_char_limit, "ResellerAccount.setting_sms_message_char_limit"
            )
        )

        _old_dashboard = d.pop("old_dashboard", UNSET)
        old_dashboard = (
            UNSET
            if isinstance(_old_dashboard, Unset)
            else flag(_old_dashboard, "ResellerAccount.old_dashboard")
        )

        _balance_commission = d.pop("balance_commission", UNSET)
        balance_commission = (
            UNSET
            if isinstance(_balance_commission, Unset)
            else money(_balance_commission, "ResellerAccount.balance_commission")
        )

        timezone = d.pop("timezone", UNSET)

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        def _parse_subaccount(data: object) -> None | Subaccount | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subaccount_type_0 = Subaccount.from_dict(data)

                return subaccount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Subaccount | Unset, data)

        subaccount = _parse_subaccount(d.pop("_subaccount", UNSET))

        reseller_account = cls(
            user_id=user_id,
            username=username,
            balance=balance,
            user_email=user_email,
            active=active,
            banned=banned,
            user_phone=user_phone,
            reply_to=reply_to,
            delivery_to=delivery_to,
            user_first_name=user_first_name,
            user_last_name=user_last_name,
            account=account,
            account_name=account_name,
            account_billing_email=account_billing_email,
            account_billing_mobile=account_billing_mobile,
            country=country,
            default_country_sms=default_country_sms,
            unsubscribe_mail=unsubscribe_mail,
            auto_recharge=auto_recharge,
            auto_recharge_amount=auto_recharge_amount,
            low_credit_amount=low_credit_amount,
            setting_unicode_sms=setting_unicode_sms,
            setting_beta=setting_beta,
            setting_email_sms_subject=setting_email_sms_subject,
            setting_fix_sender_id=setting_fix_sender_id,
            setting_sms_message_char_limit=setting_sms_message_char_limit,
            old_dashboard=old_dashboard,
            balance_commission=balance_commission,
            timezone=timezone,
            currency=currency,
            subaccount=subaccount,
        )

        reseller_account.additional_properties = d
        return reseller_account

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

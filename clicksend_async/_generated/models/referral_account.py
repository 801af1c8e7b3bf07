# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import integer, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReferralAccount")


@_attrs_define
class ReferralAccount:
    """
    Attributes:
        refered_user_id (int): User id of the referred account (ClickSend's spelling).
        referral_rule_id (int | Unset):
        date_referred (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        percentage_referral (float | Unset): Commission earned on the account's spending
    """

    refered_user_id: int
    referral_rule_id: int | Unset = UNSET
    date_referred: int | Unset = UNSET
    percentage_referral: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        refered_user_id = self.refered_user_id

        referral_rule_id = (
            UNSET if isinstance(self.referral_rule_id, Unset) else self.referral_rule_id
        )

        date_referred = UNSET if isinstance(self.date_referred, Unset) else self.date_referred

        percentage_referral = self.percentage_referral

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "refered_user_id": refered_user_id,
            }
        )
        if referral_rule_id is not UNSET:
            field_dict["referral_rule_id"] = referral_rule_id
        if date_referred is not UNSET:
            field_dict["date_referred"] = date_referred
        if percentage_referral is not UNSET:
            field_dict["percentage_referral"] = percentage_referral

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        refered_user_id = integer(d.pop("refered_user_id"), "ReferralAccount.refered_user_id")

        _referral_rule_id = d.pop("referral_rule_id", UNSET)
        referral_rule_id = (
            UNSET
            if isinstance(_referral_rule_id, Unset)
            else integer(_referral_rule_id, "ReferralAccount.referral_rule_id")
        )

        _date_referred = d.pop("date_referred", UNSET)
        date_referred = (
            UNSET
            if isinstance(_date_referred, Unset)
            else unix_time(_date_referred, "ReferralAccount.date_referred")
        )

        percentage_referral = d.pop("percentage_referral", UNSET)

        referral_account = cls(
            refered_user_id=refered_user_id,
            referral_rule_id=referral_rule_id,
            date_referred=date_referred,
            percentage_referral=percentage_referral,
        )

        referral_account.additional_properties = d
        return referral_account

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

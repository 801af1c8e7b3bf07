# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_usage_row import EmailUsageRow
    from ..models.usage_row import UsageRow
    from ..models.usage_total import UsageTotal


T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """
    Attributes:
        sms (list[UsageRow] | Unset):
        voice (list[UsageRow] | Unset):
        fax (list[UsageRow] | Unset):
        post (list[UsageRow] | Unset):
        email (list[EmailUsageRow] | Unset):
        sms_total (UsageTotal | Unset):
        voice_total (UsageTotal | Unset):
        fax_total (UsageTotal | Unset):
        post_total (UsageTotal | Unset):
        email_total (UsageTotal | Unset):
    """

    sms: list[UsageRow] | Unset = UNSET
    voice: list[UsageRow] | Unset = UNSET
    fax: list[UsageRow] | Unset = UNSET
    post: list[UsageRow] | Unset = UNSET
    email: list[EmailUsageRow] | Unset = UNSET
    sms_total: UsageTotal | Unset = UNSET
    voice_total: UsageTotal | Unset = UNSET
    fax_total: UsageTotal | Unset = UNSET
    post_total: UsageTotal | Unset = UNSET
    email_total: UsageTotal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        voice: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = []
            for voice_item_data in self.voice:
                voice_item = voice_item_data.to_dict()
                voice.append(voice_item)

        fax: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = []
            for fax_item_data in self.fax:
                fax_item = fax_item_data.to_dict()
                fax.append(fax_item)

        post: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post, Unset):
            post = []
            for post_item_data in self.post:
                post_item = post_item_data.to_dict()
                post.append(post_item)

        email: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = []
            for email_item_data in self.email:
                email_item = email_item_data.to_dict()
                email.append(email_item)

        sms_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms_total, Unset):
            sms_total = self.sms_total.to_dict()

        voice_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice_total, Unset):
            voice_total = self.voice_total.to_dict()

        fax_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fax_total, Unset):
            fax_total = self.fax_total.to_dict()

        post_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post_total, Unset):
            post_total = self.post_total.to_dict()

        email_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_total, Unset):
            email_total = self.email_total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sms is not UNSET:
            field_dict["sms"] = sms
        if voice is not UNSET:
            field_dict["voice"] = voice
        if fax is not UNSET:
            field_dict["fax"] = fax
        if post is not UNSET:
            field_dict["post"] = post
        if email is not UNSET:
            field_dict["email"] = email
        if sms_total is not UNSET:
            field_dict["sms_total"] = sms_total
        if voice_total is not UNSET:
            field_dict["voice_total"] = voice_total
        if fax_total is not UNSET:
            field_dict["fax_total"] = fax_total
        if post_total is not UNSET:
            field_dict["post_total"] = post_total
        if email_total is not UNSET:
            field_dict["email_total"] = email_total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.email_usage_row import EmailUsageRow  # noqa: PLC0415
        from ..models.usage_row import UsageRow  # noqa: PLC0415
        from ..models.usage_total import UsageTotal  # noqa: PLC0415

        d = dict(src_dict)
        _sms = d.pop("sms", UNSET)
        sms: list[UsageRow] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = UsageRow.from_dict(sms_item_data)

                sms.append(sms_item)

        _voice = d.pop("voice", UNSET)
        voice: list[UsageRow] | Unset = UNSET
        if _voice is not UNSET:
            voice = []
            for voice_item_data in _voice:
                voice_item = UsageRow.from_dict(voice_item_data)

                voice.append(voice_item)

        _fax = d.pop("fax", UNSET)
        fax: list[UsageRow] | Unset = UNSET
        if _fax is not UNSET:
            fax = []
            for fax_item_data in _fax:
                fax_item = UsageRow.from_dict(fax_item_data)

                fax.append(fax_item)

        _post = d.pop("post", UNSET)
        post: list[UsageRow] | Unset = UNSET
        if _post is not UNSET:
            post = []
            for post_item_data in _post:
                post_item = UsageRow.from_dict(post_item_data)

                post.append(post_item)

        _email = d.pop("email", UNSET)
        email: list[EmailUsageRow] | Unset = UNSET
        if _email is not UNSET:
            email = []
            for email_item_data in _email:
                email_item = EmailUsageRow.from_dict(email_item_data)

                email.append(email_item)

        _sms_total = d.pop("sms_total", UNSET)
        sms_total: UsageTotal | Unset
        if isinstance(_sms_total, Unset):
            sms_total = UNSET
        else:
            sms_total = UsageTotal.from_dict(_sms_total)

        _voice_total = d.pop("voice_total", UNSET)
        voice_total: UsageTotal | Unset
        if isinstance(_voice_total, Unset):
            voice_total = UNSET
        else:
            voice_total = UsageTotal.from_dict(_voice_total)

        _fax_total = d.pop("fax_total", UNSET)
        fax_total: UsageTotal | Unset
        if isinstance(_fax_total, Unset):
            fax_total = UNSET
        else:
            fax_total = UsageTotal.from_dict(_fax_total)

        _post_total = d.pop("post_total", UNSET)
        post_total: UsageTotal | Unset
        if isinstance(_post_total, Unset):
            post_total = UNSET
        else:
            post_total = UsageTotal.from_dict(_post_total)

        _email_total = d.pop("email_total", UNSET)
        email_total: UsageTotal | Unset
        if isinstance(_email_total, Unset):
            email_total = UNSET
        else:
            email_total = UsageTotal.from_dict(_email_total)

        usage = cls(
            sms=sms,
            voice=voice,
            fax=fax,
            post=post,
            email=email,
            sms_total=sms_total,
            voice_total=voice_total,
            fax_total=fax_total,
            post_total=post_total,
            email_total=email_total,
        )

        usage.additional_properties = d
        return usage

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

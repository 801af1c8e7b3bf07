# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.currency import Currency
    from ..models.pricing_email import PricingEmail
    from ..models.pricing_fax import PricingFax
    from ..models.pricing_mms import PricingMms
    from ..models.pricing_post import PricingPost
    from ..models.pricing_postcard import PricingPostcard
    from ..models.pricing_sms import PricingSms
    from ..models.pricing_voice import PricingVoice


T = TypeVar("T", bound="Pricing")


@_attrs_define
class Pricing:
    """The account's prices for one country, by channel, in the currency of `_currency`. SMS and
    email have four rate tiers (`price_rate_0` to `price_rate_3`); numbers a setup and a
    monthly price.

        Attributes:
            country (str): Two-letter country code (ISO 3166).
            currency (Currency | Unset):
            sms (PricingSms | Unset):
            mms (PricingMms | Unset):
            voice (PricingVoice | Unset):
            fax (PricingFax | Unset):
            email (PricingEmail | Unset):
            post (PricingPost | Unset):
            postcard (PricingPostcard | Unset):
    """

    country: str
    currency: Currency | Unset = UNSET
    sms: PricingSms | Unset = UNSET
    mms: PricingMms | Unset = UNSET
    voice: PricingVoice | Unset = UNSET
    fax: PricingFax | Unset = UNSET
    email: PricingEmail | Unset = UNSET
    post: PricingPost | Unset = UNSET
    postcard: PricingPostcard | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        currency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency.to_dict()

        sms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = self.sms.to_dict()

        mms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mms, Unset):
            mms = self.mms.to_dict()

        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

        fax: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fax, Unset):
            fax = self.fax.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        post: dict[str, Any] | Unset = UNSET
        if not isinstance(self.post, Unset):
            post = self.post.to_dict()

        postcard: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postcard, Unset):
            postcard = self.postcard.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
            }
        )
        if currency is not UNSET:
            field_dict["_currency"] = currency
        if sms is not UNSET:
            field_dict["sms"] = sms
        if mms is not UNSET:
            field_dict["mms"] = mms
        if voice is not UNSET:
            field_dict["voice"] = voice
        if fax is not UNSET:
            field_dict["fax"] = fax
        if email is not UNSET:
            field_dict["email"] = email
        if post is not UNSET:
            field_dict["post"] = post
        if postcard is not UNSET:
            field_dict["postcard"] = postcard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.currency import Currency  # noqa: PLC0415
        from ..models.pricing_email import PricingEmail  # noqa: PLC0415
        from ..models.pricing_fax import PricingFax  # noqa: PLC0415
        from ..models.pricing_mms import PricingMms  # noqa: PLC0415
        from ..models.pricing_post import PricingPost  # noqa: PLC0415
        from ..models.pricing_postcard import PricingPostcard  # noqa: PLC0415
        from ..models.pricing_sms import PricingSms  # noqa: PLC0415
        from ..models.pricing_voice import PricingVoice  # noqa: PLC0415

        d = dict(src_dict)
        country = d.pop("country")

        _currency = d.pop("_currency", UNSET)
        currency: Currency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = Currency.from_dict(_currency)

        _sms = d.pop("sms", UNSET)
        sms: PricingSms | Unset
        if isinstance(_sms, Unset):
            sms = UNSET
        else:
            sms = PricingSms.from_dict(_sms)

        _mms = d.pop("mms", UNSET)
        mms: PricingMms | Unset
        if isinstance(_mms, Unset):
            mms = UNSET
        else:
            mms = PricingMms.from_dict(_mms)

        _voice = d.pop("voice", UNSET)
        voice: PricingVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = PricingVoice.from_dict(_voice)

        _fax = d.pop("fax", UNSET)
        fax: PricingFax | Unset
        if isinstance(_fax, Unset):
            fax = UNSET
        else:
            fax = PricingFax.from_dict(_fax)

        _email = d.pop("email", UNSET)
        email: PricingEmail | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = PricingEmail.from_dict(_email)

        _post = d.pop("post", UNSET)
        post: PricingPost | Unset
        if isinstance(_post, Unset):
            post = UNSET
        else:
            post = PricingPost.from_dict(_post)

        _postcard = d.pop("postcard", UNSET)
        postcard: PricingPostcard | Unset
        if isinstance(_postcard, Unset):
            postcard = UNSET
        else:
            postcard = PricingPostcard.from_dict(_postcard)

        pricing = cls(
            country=country,
            currency=currency,
            sms=sms,
            mms=mms,
            voice=voice,
            fax=fax,
            email=email,
            post=post,
            postcard=postcard,
        )

        pricing.additional_properties = d
        return pricing

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

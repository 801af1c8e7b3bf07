# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.alpha_tag_business_business_relationship import AlphaTagBusinessBusinessRelationship
from ..models.alpha_tag_business_country import AlphaTagBusinessCountry
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alpha_tag_business_address import AlphaTagBusinessAddress
    from ..models.alpha_tag_business_info import AlphaTagBusinessInfo
    from ..models.alpha_tag_partner_representative import AlphaTagPartnerRepresentative
    from ..models.alpha_tag_representative import AlphaTagRepresentative


T = TypeVar("T", bound="AlphaTagBusiness")


@_attrs_define
class AlphaTagBusiness:
    """The business an Australian alpha tag is registered for (and, when you act for it, your
    own business as partner).

        Attributes:
            country (AlphaTagBusinessCountry | Literal['AU']): The country of the registration.
            business_name (str): Registered name of the business.
            business_relationship (AlphaTagBusinessBusinessRelationship | Literal['PRIMARY', 'ENTITY_ASSOCIATE']): PRIMARY
                for your own business, ENTITY_ASSOCIATE when you act for it.
            business_info (AlphaTagBusinessInfo):
            business_address (AlphaTagBusinessAddress):
            representative (AlphaTagRepresentative): The person representing the business.
            abn (str): Australian Business Number (11 digits).
            partner_business_name (str | Unset):
            partner_abn (str | Unset): ABN of the partner business.
            partner_business_info (AlphaTagBusinessInfo | Unset):
            partner_business_address (AlphaTagBusinessAddress | Unset):
            partner_representative (AlphaTagPartnerRepresentative | Unset): The person representing the partner business.
    """

    country: AlphaTagBusinessCountry | Literal["AU"]
    business_name: str
    business_relationship: (
        AlphaTagBusinessBusinessRelationship | Literal["PRIMARY", "ENTITY_ASSOCIATE"]
    )
    business_info: AlphaTagBusinessInfo
    business_address: AlphaTagBusinessAddress
    representative: AlphaTagRepresentative
    abn: str
    partner_business_name: str | Unset = UNSET
    partner_abn: str | Unset = UNSET
    partner_business_info: AlphaTagBusinessInfo | Unset = UNSET
    partner_business_address: AlphaTagBusinessAddress | Unset = UNSET
    partner_representative: AlphaTagPartnerRepresentative | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        country = AlphaTagBusinessCountry(self.country).value

        business_name = self.business_name

        business_relationship = AlphaTagBusinessBusinessRelationship(
            self.business_relationship
        ).value

        business_info = self.business_info.to_dict()

        business_address = self.business_address.to_dict()

        representative = self.representative.to_dict()

        abn = self.abn

        partner_business_name = self.partner_business_name

        partner_abn = self.partner_abn

        partner_business_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_business_info, Unset):
            partner_business_info = self.partner_business_info.to_dict()

        partner_business_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_business_address, Unset):
            partner_business_address = self.partner_business_address.to_dict()

        partner_representative: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partner_representative, Unset):
            partner_representative = self.partner_representative.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country": country,
                "business_name": business_name,
                "business_relationship": business_relationship,
                "business_info": business_info,
                "business_address": business_address,
                "representative": representative,
                "abn": abn,
            }
        )
        if partner_business_name is not UNSET:
            field_dict["partner_business_name"] = partner_business_name
        if partner_abn is not UNSET:
            field_dict["partner_abn"] = partner_abn
        if partner_business_info is not UNSET:
            field_dict["partner_business_info"] = partner_business_info
        if partner_business_address is not UNSET:
            field_dict["partner_business_address"] = partner_business_address
        if partner_representative is not UNSET:
            field_dict["partner_representative"] = partner_representative

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alpha_tag_business_address import AlphaTagBusinessAddress  # noqa: PLC0415
        from ..models.alpha_tag_business_info import AlphaTagBusinessInfo  # noqa: PLC0415
        from ..models.alpha_tag_partner_representative import AlphaTagPartnerRepresentative  # noqa: PLC0415
        from ..models.alpha_tag_representative import AlphaTagRepresentative  # noqa: PLC0415

        d = dict(src_dict)
        country = AlphaTagBusinessCountry(d.pop("country"))

        business_name = d.pop("business_name")

        business_relationship = AlphaTagBusinessBusinessRelationship(d.pop("business_relationship"))

        business_info = AlphaTagBusinessInfo.from_dict(d.pop("business_info"))

        business_address = AlphaTagBusinessAddress.from_dict(d.pop("business_address"))

        representative = AlphaTagRepresentative.from_dict(d.pop("representative"))

        abn = d.pop("abn")

        partner_business_name = d.pop("partner_business_name", UNSET)

        partner_abn = d.pop("partner_abn", UNSET)

        _partner_business_info = d.pop("partner_business_info", UNSET)
        partner_business_info: AlphaTagBusinessInfo | Unset
        if isinstance(_partner_business_info, Unset):
            partner_business_info = UNSET
        else:
            partner_business_info = AlphaTagBusinessInfo.from_dict(_partner_business_info)

        _partner_business_address = d.pop("partner_business_address", UNSET)
        partner_business_address: AlphaTagBusinessAddress | Unset
        if isinstance(_partner_business_address, Unset):
            partner_business_address = UNSET
        else:
            partner_business_address = AlphaTagBusinessAddress.from_dict(_partner_business_address)

        _partner_representative = d.pop("partner_representative", UNSET)
        partner_representative: AlphaTagPartnerRepresentative | Unset
        if isinstance(_partner_representative, Unset):
            partner_representative = UNSET
        else:
            partner_representative = AlphaTagPartnerRepresentative.from_dict(
                _partner_representative
            )

        alpha_tag_business = cls(
            country=country,
            business_name=business_name,
            business_relationship=business_relationship,
            business_info=business_info,
            business_address=business_address,
            representative=representative,
            abn=abn,
            partner_business_name=partner_business_name,
            partner_abn=partner_abn,
            partner_business_info=partner_business_info,
            partner_business_address=partner_business_address,
            partner_representative=partner_representative,
        )

        return alpha_tag_business

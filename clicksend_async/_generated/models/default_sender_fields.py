# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar

from attrs import define as _attrs_define

from ..models.default_sender_fields_product_type import DefaultSenderFieldsProductType

if TYPE_CHECKING:
    from ..models.default_sender_strategy_fields import DefaultSenderStrategyFields


T = TypeVar("T", bound="DefaultSenderFields")


@_attrs_define
class DefaultSenderFields:
    """A new default sender setting.

    Attributes:
        country_code (str): The recipient country (two-letter ISO code).
        product_type (DefaultSenderFieldsProductType | Literal['SMS']): The product; only SMS today.
        default_sender_strategies (list[DefaultSenderStrategyFields]): The sender to use; exactly one is accepted today.
    """

    country_code: str
    product_type: DefaultSenderFieldsProductType | Literal["SMS"]
    default_sender_strategies: list[DefaultSenderStrategyFields]

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        product_type = DefaultSenderFieldsProductType(self.product_type).value

        default_sender_strategies = []
        for default_sender_strategies_item_data in self.default_sender_strategies:
            default_sender_strategies_item = default_sender_strategies_item_data.to_dict()
            default_sender_strategies.append(default_sender_strategies_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "country_code": country_code,
                "product_type": product_type,
                "default_sender_strategies": default_sender_strategies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.default_sender_strategy_fields import DefaultSenderStrategyFields  # noqa: PLC0415

        d = dict(src_dict)
        country_code = d.pop("country_code")

        product_type = DefaultSenderFieldsProductType(d.pop("product_type"))

        default_sender_strategies = []
        _default_sender_strategies = d.pop("default_sender_strategies")
        for default_sender_strategies_item_data in _default_sender_strategies:
            default_sender_strategies_item = DefaultSenderStrategyFields.from_dict(
                default_sender_strategies_item_data
            )

            default_sender_strategies.append(default_sender_strategies_item)

        default_sender_fields = cls(
            country_code=country_code,
            product_type=product_type,
            default_sender_strategies=default_sender_strategies,
        )

        return default_sender_fields

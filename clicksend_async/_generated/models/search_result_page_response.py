# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_result_page import SearchResultPage


T = TypeVar("T", bound="SearchResultPageResponse")


@_attrs_define
class SearchResultPageResponse:
    """
    Attributes:
        http_code (int): The HTTP status code, repeated.
        response_code (str): The application status code, e.g. SUCCESS, MISSING_REQUIRED_FIELDS (see ResponseCode).
            Kept a plain string so that a code ClickSend adds later does not break parsing.
        response_msg (str): A sentence for people.
        data (SearchResultPage):
    """

    http_code: int
    response_code: str
    response_msg: str
    data: SearchResultPage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        http_code = self.http_code

        response_code = self.response_code

        response_msg = self.response_msg

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "http_code": http_code,
                "response_code": response_code,
                "response_msg": response_msg,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_result_page import SearchResultPage  # noqa: PLC0415

        d = dict(src_dict)
        http_code = d.pop("http_code")

        response_code = d.pop("response_code")

        response_msg = d.pop("response_msg")

        data = SearchResultPage.from_dict(d.pop("data"))

        search_result_page_response = cls(
            http_code=http_code,
            response_code=response_code,
            response_msg=response_msg,
            data=data,
        )

        search_result_page_response.additional_properties = d
        return search_result_page_response

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

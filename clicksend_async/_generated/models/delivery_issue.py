# Generated from openapi.yaml by `make generate` (codegen/generate.py). Do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._values import flag, integer, unix_time
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryIssue")


@_attrs_define
class DeliveryIssue:
    """
    Attributes:
        issue_id (int): A whole number (int), e.g. 201 or "201".
        user_id (int | Unset):
        message_id (None | str | Unset): Id of the message concerned.
        type_ (str | Unset): Channel of the message, e.g. sms (SMS in the create answer).
        description (str | Unset):
        client_comments (None | str | Unset): The reporter's comments.
        support_comments (None | str | Unset): ClickSend support's comments.
        status (None | str | Unset):
        date_added (int | Unset): A Unix timestamp in seconds (int), e.g. 1436157486 or "1436157486".
        resolved (bool | Unset): A yes/no flag (bool), sent as 0 or 1.
        email_address (str | Unset): Where ClickSend support answers.
    """

    issue_id: int
    user_id: int | Unset = UNSET
    message_id: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    description: str | Unset = UNSET
    client_comments: None | str | Unset = UNSET
    support_comments: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    date_added: int | Unset = UNSET
    resolved: bool | Unset = UNSET
    email_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        issue_id = self.issue_id

        user_id = UNSET if isinstance(self.user_id, Unset) else self.user_id

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        type_ = self.type_

        description = self.description

        client_comments: None | str | Unset
        if isinstance(self.client_comments, Unset):
            client_comments = UNSET
        else:
            client_comments = self.client_comments

        support_comments: None | str | Unset
        if isinstance(self.support_comments, Unset):
            support_comments = UNSET
        else:
            support_comments = self.support_comments

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        date_added = UNSET if isinstance(self.date_added, Unset) else self.date_added

        resolved = UNSET if isinstance(self.resolved, Unset) else int(self.resolved)

        email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issue_id": issue_id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if client_comments is not UNSET:
            field_dict["client_comments"] = client_comments
        if support_comments is not UNSET:
            field_dict["support_comments"] = support_comments
        if status is not UNSET:
            field_dict["status"] = status
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if resolved is not UNSET:
            field_dict["resolved"] = resolved
        if email_address is not UNSET:
            field_dict["email_address"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        issue_id = integer(d.pop("issue_id"), "DeliveryIssue.issue_id")

        _user_id = d.pop("user_id", UNSET)
        user_id = (
            UNSET if isinstance(_user_id, Unset) else integer(_user_id, "DeliveryIssue.user_id")
        )

        message_id = cast(None | str | Unset, d.pop("message_id", UNSET))

        type_ = d.pop("type", UNSET)

        description = d.pop("description", UNSET)

        client_comments = cast(None | str | Unset, d.pop("client_comments", UNSET))

        support_comments = cast(None | str | Unset, d.pop("support_comments", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        _date_added = d.pop("date_added", UNSET)
        date_added = (
            UNSET
            if isinstance(_date_added, Unset)
            else unix_time(_date_added, "DeliveryIssue.date_added")
        )

        _resolved = d.pop("resolved", UNSET)
        resolved = (
            UNSET if isinstance(_resolved, Unset) else flag(_resolved, "DeliveryIssue.resolved")
        )

        email_address = d.pop("email_address", UNSET)

        delivery_issue = cls(
            issue_id=issue_id,
            user_id=user_id,
            message_id=message_id,
            type_=type_,
            description=description,
            client_comments=client_comments,
            support_comments=support_comments,
            status=status,
            date_added=date_added,
            resolved=resolved,
            email_address=email_address,
        )

        delivery_issue.additional_properties = d
        return delivery_issue

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

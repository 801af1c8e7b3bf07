"""Email to SMS: allowed addresses and stripped-string rules.

Stripped strings are unique per account (ignoring case): a second one answers 400
ALREADY_EXISTS. Allowed addresses may repeat (the docs' own sample lists one address twice).
"""

from __future__ import annotations

from typing import Any

from ..._generated.models import AllowedAddress as AllowedAddressModel
from ..._generated.models import StrippedString, StrippedStringDetail
from .._protocol import ApiError, not_found
from .._store import AllowedAddress, StripRule
from ._base import Call, Result, check_email, handles


def _render_address(address: AllowedAddress) -> dict[str, Any]:
    return AllowedAddressModel(
        email_address_id=address.email_address_id,
        email_address=address.email_address,
        from_=address.sender,
    ).to_dict()


_ADDRESS_FIELDS = ("email_address_id", "email_address", "from")


@handles("email_sms_allowed_addresses_list")
def email_sms_allowed_addresses_list(call: Call) -> Result:
    """One page of the allowed addresses, oldest first."""
    return "Here are some data.", call.page(
        list(call.me.addresses.values()), _render_address, _ADDRESS_FIELDS
    )


@handles("email_sms_allowed_address_create")
def email_sms_allowed_address_create(call: Call) -> Result:
    """Allow an email address to send SMS by email."""
    values = call.fields()
    address = AllowedAddress(
        call.store.next_id("address"),
        check_email("email_address", values["email_address"]),
        values.get("from") or None,
    )
    call.me.addresses[address.email_address_id] = address
    call.store.generation += 1
    return "New data has been saved.", _render_address(address)


def _render_rule(rule: StripRule) -> dict[str, Any]:
    return StrippedString(rule_id=rule.rule_id, strip_string=rule.text).to_dict()


def _rule_detail(rule: StripRule) -> dict[str, Any]:
    # The docs' own samples name the text `strip_string` here too (see openapi.yaml).
    return StrippedStringDetail(rule_id=rule.rule_id, strip_string=rule.text).to_dict()


_RULE_FIELDS = ("rule_id", "strip_string")


def _strip_string(call: Call, changed: StripRule | None = None) -> str:
    text: str = call.fields()["strip_string"]
    for other in call.me.rules.values():
        if other is not changed and other.text.casefold() == text.casefold():
            raise ApiError(
                400,
                "ALREADY_EXISTS",
                f"This strip string already exists (rule #{other.rule_id}).",
                {"strip_string": ["The strip string has already been taken."]},
            )
    return text


def _find_rule(call: Call) -> StripRule:
    rule_id = call.id_param("rule_id")
    rule = call.me.rules.get(rule_id)
    if rule is None:
        raise not_found(f"Rule #{rule_id} not found.")
    return rule


@handles("email_sms_stripped_strings_list")
def email_sms_stripped_strings_list(call: Call) -> Result:
    """One page of the stripped-string rules, oldest first."""
    return "Here are some data.", call.page(
        list(call.me.rules.values()), _render_rule, _RULE_FIELDS
    )


@handles("email_sms_stripped_string_create")
def email_sms_stripped_string_create(call: Call) -> Result:
    """Add a stripped-string rule."""
    rule = StripRule(call.store.next_id("rule"), _strip_string(call))
    call.me.rules[rule.rule_id] = rule
    call.store.generation += 1
    return "Strip string has been created.", _render_rule(rule)


@handles("email_sms_stripped_string_get")
def email_sms_stripped_string_get(call: Call) -> Result:
    """One rule (its text under `strip_string`, as the docs' sample shows it)."""
    return "Here are some data.", _rule_detail(_find_rule(call))


@handles("email_sms_stripped_string_update")
def email_sms_stripped_string_update(call: Call) -> Result:
    """Change a rule's text."""
    rule = _find_rule(call)
    rule.text = _strip_string(call, rule)
    call.store.generation += 1
    return "Strip string has been updated.", _rule_detail(rule)


@handles("email_sms_stripped_string_delete")
def email_sms_stripped_string_delete(call: Call) -> Result:
    """Delete a rule; the answer's `data` is `true`."""
    rule = _find_rule(call)
    del call.me.rules[rule.rule_id]
    call.store.generation += 1
    return "Strip string has been deleted.", True


def _find_address(call: Call) -> AllowedAddress:
    address_id = call.id_param("email_address_id")
    address = call.me.addresses.get(address_id)
    if address is None:
        raise not_found(f"Allowed address #{address_id} not found.")
    return address


@handles("email_to_sms_get_allowed_address")
def email_to_sms_get_allowed_address(call: Call) -> Result:
    """One allowed address."""
    return "Here are some data.", _render_address(_find_address(call))


@handles("email_to_sms_update_allowed_address")
def email_to_sms_update_allowed_address(call: Call) -> Result:
    """Change an allowed address (and its sender, when given)."""
    address = _find_address(call)
    values = call.fields()
    address.email_address = check_email("email_address", values["email_address"])
    if "from" in values:
        address.sender = values["from"] or None
    call.store.generation += 1
    return "Data has been updated.", _render_address(address)


@handles("email_to_sms_delete_allowed_address")
def email_to_sms_delete_allowed_address(call: Call) -> Result:
    """Stop an address from sending SMS by email."""
    address = _find_address(call)
    del call.me.addresses[address.email_address_id]
    call.store.generation += 1
    return "Data has been deleted.", []

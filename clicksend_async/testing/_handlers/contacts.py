"""Contacts: the contacts of a list, copied, transferred, opted out.

- A contact needs at least one of phone_number, email, fax_number (create and update alike).
  Phone and fax numbers may hold spaces, dashes, dots and brackets, which are dropped; what is
  left must be 6 to 15 digits with an optional leading "+", else 400 INVALID_RECIPIENT. Local
  numbers are kept as given, not rewritten to E.164. An email must look like name@host.tld,
  else 400 BAD_REQUEST.
- Copying a contact makes a new contact (new id, added now) in the target list; transferring
  moves the contact itself (same id, updated now).
- Remove-opted-out removes every contact sharing a phone number, email or fax number with a
  contact of the opt-out list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..._generated.models import DeletedCount
from .._listing import whole_number
from .._protocol import ApiError, not_found
from .._routes import BODIES
from .._store import Contact, ContactList
from ._base import Call, Result, body_fields, check_email, check_phone, either, handles


def find_list(call: Call, name: str = "list_id") -> ContactList:
    list_id = call.id_param(name)
    found = call.me.lists.get(list_id)
    if found is None:
        raise not_found(f"List #{list_id} not found.")
    return found


def _find_contact(call: Call, contact_list: ContactList) -> Contact:
    contact_id = call.id_param("contact_id")
    found = contact_list.contacts.get(contact_id)
    if found is None:
        raise not_found(f"Contact #{contact_id} not found in List #{contact_list.list_id}.")
    return found


#: A contact's fields, and those of them that reach someone, as contacts_create takes them.
CONTACT = BODIES["contacts_create"]


def contact_fields(body: Mapping[str, Any], operation: str = "contacts_create") -> dict[str, str]:
    """The fields of a contact create/update body, checked and cleaned (empty ones kept).

    Raises:
        ApiError: 400 MISSING_REQUIRED_FIELDS without phone_number, email and fax_number;
            400 INVALID_RECIPIENT for a bad phone or fax number; 400 BAD_REQUEST for a bad
            email or a field that is not a string.
    """
    values = body_fields(operation, body)
    addresses = BODIES[operation].at_least_one_of
    if not any(values.get(name) for name in addresses):
        names = either(addresses)
        raise ApiError(
            400,
            "MISSING_REQUIRED_FIELDS",
            f"A contact needs at least one of {names}.",
            {name: [f"Give at least one of {names}."] for name in addresses},
        )
    for name in ("phone_number", "fax_number"):
        if values.get(name):
            values[name] = check_phone(name, values[name])
    if values.get("email"):
        check_email("email", values["email"])
    return values


def _set_fields(contact_fields_: dict[str, str], changes: Mapping[str, str]) -> None:
    for name, value in changes.items():
        if value:
            contact_fields_[name] = value
        else:
            contact_fields_.pop(name, None)


def _render_listed(contact: Contact) -> dict[str, Any]:
    return contact.render(listing=True)


_LISTED_CONTACT_FIELDS = tuple(Contact(0, ContactList(0, "", ""), {}, 0, 0).render(listing=True))


@handles("contacts_list")
def contacts_list(call: Call) -> Result:
    """One page of a list's contacts, in the order they joined it."""
    contact_list = find_list(call)
    updated_after = whole_number(dict(call.query), "updated_after")
    contacts: Sequence[Contact] = list(contact_list.contacts.values())
    if updated_after is not None:
        contacts = [c for c in contacts if c.date_updated > updated_after]
    return "Here are your data.", call.page(
        contacts,
        _render_listed,
        _LISTED_CONTACT_FIELDS,
        contact_list.list_id,
        updated_after,
    )


@handles("contacts_create")
def contacts_create(call: Call) -> Result:
    """Add a contact to a list."""
    contact_list = find_list(call)
    fields: dict[str, str] = {}
    _set_fields(fields, contact_fields(call.body(), call.operation))
    contact = call.store.add_contact(contact_list, fields, call.now)
    return "New contact has been created.", contact.render()


@handles("contacts_get")
def contacts_get(call: Call) -> Result:
    """One contact of a list."""
    contact = _find_contact(call, find_list(call))
    return "Here are your data.", contact.render()


@handles("contacts_update")
def contacts_update(call: Call) -> Result:
    """Change the fields given (an empty string clears one); the others are kept."""
    contact = _find_contact(call, find_list(call))
    _set_fields(contact.fields, contact_fields(call.body(), call.operation))
    contact.date_updated = call.now
    call.store.generation += 1
    return f"Contact #{contact.contact_id} has been updated.", contact.render()


@handles("contacts_delete")
def contacts_delete(call: Call) -> Result:
    """Delete a contact."""
    contact_list = find_list(call)
    contact = _find_contact(call, contact_list)
    del contact_list.contacts[contact.contact_id]
    call.store.generation += 1
    return f"Contact #{contact.contact_id} has been deleted.", []


@handles("contacts_copy")
def contacts_copy(call: Call) -> Result:
    """Copy a contact into another list: a new contact, added now."""
    source = _find_contact(call, find_list(call, "from_list_id"))
    target = find_list(call, "to_list_id")
    copy = call.store.add_contact(target, dict(source.fields), call.now)
    return (
        f"Contact #{source.contact_id} has been copied to List #{target.list_id}",
        copy.render(),
    )


@handles("contacts_transfer")
def contacts_transfer(call: Call) -> Result:
    """Move a contact into another list: the same contact, updated now."""
    source_list = find_list(call, "from_list_id")
    contact = _find_contact(call, source_list)
    target = find_list(call, "to_list_id")
    del source_list.contacts[contact.contact_id]
    contact.contact_list = target
    contact.date_updated = call.now
    target.contacts[contact.contact_id] = contact
    call.store.generation += 1
    return (
        f"Contact #{contact.contact_id} has been transferred to List #{target.list_id}",
        contact.render(),
    )


def _addresses(contact: Contact) -> set[tuple[str, str]]:
    return {
        (name, value.casefold())
        for name in CONTACT.at_least_one_of
        if (value := contact.fields.get(name))
    }


@handles("contacts_remove_opted_out")
def contacts_remove_opted_out(call: Call) -> Result:
    """Remove the contacts sharing a number or email with a contact of the opt-out list."""
    contact_list = find_list(call)
    opt_out = find_list(call, "opt_out_list_id")
    opted_out: set[tuple[str, str]] = set()
    for contact in opt_out.contacts.values():
        opted_out |= _addresses(contact)
    removed = [c.contact_id for c in contact_list.contacts.values() if _addresses(c) & opted_out]
    for contact_id in removed:
        del contact_list.contacts[contact_id]
    call.store.generation += 1
    return "Optout contacts has been deleted.", DeletedCount(deleted=len(removed)).to_dict()

"""Contact lists: create, rename, delete, remove duplicates, import, export, search.

- List names are unique per account (ignoring case): a second one answers 400 ALREADY_EXISTS.
- Two contacts are duplicates when their phone number, email (ignoring case) and fax number are
  all equal, or, when the body names `fields` (the docs' apiary sample), when those fields are
  all equal; remove-duplicates keeps the oldest.
- A list import is queued and recorded (`EmbeddedClickSend.imports`), never run: nothing is
  fetched. `field_order` must name contact fields. An import preview reads only files this
  server holds (`POST /uploads`); an export writes a CSV file it holds.
- Search finds lists by name and contacts by name, number or email (ignoring case).
"""

from __future__ import annotations

import csv
import dataclasses
import io
from typing import Any

from ..._generated.models import ContactList as ContactListModel
from ..._generated.models import DeletedCount, ImportQueued
from .._protocol import ApiError, bad_request
from .._store import ContactList, ImportJob
from ._base import URL, Call, Result, handles
from .contacts import CONTACT, find_list


def _render_list(contact_list: ContactList) -> dict[str, Any]:
    return ContactListModel(
        list_id=contact_list.list_id,
        list_name=contact_list.name,
        list_email_id=contact_list.email_id,
        contacts_count=len(contact_list.contacts),
    ).to_dict()


_LIST_FIELDS = ("list_id", "list_name", "list_email_id", "_contacts_count")


def _list_name(call: Call, renamed: ContactList | None = None) -> str:
    name: str = call.fields()["list_name"]
    for other in call.me.lists.values():
        if other is not renamed and other.name.casefold() == name.casefold():
            raise ApiError(
                400,
                "ALREADY_EXISTS",
                f"A list named {name!r} already exists (List #{other.list_id}).",
                {"list_name": ["The list name has already been taken."]},
            )
    return name


@handles("lists_list")
def lists_list(call: Call) -> Result:
    """One page of the account's lists, oldest first."""
    return "Here are your data.", call.page(
        list(call.me.lists.values()), _render_list, _LIST_FIELDS
    )


@handles("lists_create")
def lists_create(call: Call) -> Result:
    """Create a list; its name must be new to the account."""
    contact_list = call.store.add_list(call.me, _list_name(call))
    return "New list has been created.", _render_list(contact_list)


@handles("lists_get")
def lists_get(call: Call) -> Result:
    """One list."""
    return "Here are your data.", _render_list(find_list(call))


@handles("lists_update")
def lists_update(call: Call) -> Result:
    """Rename a list."""
    contact_list = find_list(call)
    contact_list.name = _list_name(call, contact_list)
    call.store.generation += 1
    return f"List #{contact_list.list_id} has been updated.", _render_list(contact_list)


@handles("lists_delete")
def lists_delete(call: Call) -> Result:
    """Delete a list and its contacts."""
    contact_list = find_list(call)
    del call.me.lists[contact_list.list_id]
    call.store.generation += 1
    return f"List #{contact_list.list_id} has been deleted.", []


#: What makes two contacts duplicates when the body names no `fields`.
_DUPLICATE_FIELDS = ("phone_number", "email", "fax_number")


def _duplicate_fields(call: Call) -> tuple[str, ...]:
    """The contact fields a remove-duplicates body names (`fields`), or the default ones."""
    names = call.fields().get("fields")
    if not names:
        return _DUPLICATE_FIELDS
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise bad_request("fields must be a list of contact field names.")
    unknown = [name for name in names if name not in CONTACT.fields]
    if unknown:
        raise bad_request(
            f"fields names unknown fields: {', '.join(map(repr, unknown[:5]))}; "
            f"the fields are {', '.join(CONTACT.fields)}"
        )
    return tuple(dict.fromkeys(names))


@handles("lists_remove_duplicates")
def lists_remove_duplicates(call: Call) -> Result:
    """Remove every contact whose duplicate fields all equal an older one's."""
    contact_list = find_list(call)
    names = _duplicate_fields(call)
    seen: set[tuple[str, ...]] = set()
    removed: list[int] = []
    for contact in sorted(contact_list.contacts.values(), key=lambda c: c.contact_id):
        fields = contact.fields
        key = tuple(
            fields.get(name, "").casefold() if name == "email" else fields.get(name, "")
            for name in names
        )
        if key in seen:
            removed.append(contact.contact_id)
        seen.add(key)
    for contact_id in removed:
        del contact_list.contacts[contact_id]
    call.store.generation += 1
    return (
        "Your list duplicate contacts has been deleted.",
        DeletedCount(deleted=len(removed)).to_dict(),
    )


@handles("lists_import_contacts")
def lists_import_contacts(call: Call) -> Result:
    """Queue an import of a file into the list (recorded, never run)."""
    contact_list = find_list(call)
    values = call.fields()
    field_order = values["field_order"]
    if not URL.fullmatch(values["file_url"]):
        raise bad_request("file_url must be an http or https URL.")
    if not isinstance(field_order, list) or not all(isinstance(f, str) for f in field_order):
        raise bad_request("field_order must be a list of contact field names.")
    unknown = [name for name in field_order if name not in CONTACT.fields]
    if unknown:
        raise bad_request(
            f"field_order names unknown fields: {', '.join(map(repr, unknown[:5]))}; "
            f"the fields are {', '.join(CONTACT.fields)}"
        )
    import_id = call.store.digits(19)
    call.imports.append(
        ImportJob(import_id, contact_list.list_id, values["file_url"], list(field_order))
    )
    queued = ImportQueued(msg="Messages put on queue.", ids=[import_id], id=import_id)
    return "Your file is now queued.", queued.to_dict()


@handles("lists_export")
def lists_export(call: Call) -> Result:
    """A list's contacts as a CSV file the server holds (`EmbeddedClickSend.file(url)`)."""
    contact_list = find_list(call)
    out = io.StringIO()
    writer = csv.DictWriter(out, ["contact_id", *CONTACT.fields], extrasaction="ignore")
    writer.writeheader()
    for contact in contact_list.contacts.values():
        writer.writerow({"contact_id": contact.contact_id, **contact.fields})
    path = f"/files/{call.engine.new_id()}"
    call.store.files[path] = out.getvalue().encode()
    filename = call.first("filename") or "export.csv"
    return "Download your file here.", {"url": f"{call.origin}{path}?filename={filename}"}


@handles("lists_import_fields")
def lists_import_fields(call: Call) -> Result:
    """The contact fields an import's `field_order` may name."""
    find_list(call)
    fields = [
        {"field": name, "label": name.replace("_", " ").capitalize()} for name in CONTACT.fields
    ]
    return "Here are the fields.", fields


@handles("lists_preview_import")
def lists_preview_import(call: Call) -> Result:
    """The first row of a CSV file this server holds (`POST /uploads?convert=csv`)."""
    find_list(call)
    file_url = call.fields()["file_url"]
    path = "/files/" + file_url.split("/files/", 1)[-1].split("?", 1)[0]
    content = call.store.files.get(path) if "/files/" in file_url else None
    if content is None:
        raise bad_request(
            "file_url must name a CSV file uploaded to this server (POST /uploads?convert=csv): "
            "the embedded ClickSend fetches nothing.",
            {"file_url": ["Unknown file."]},
        )
    first = next(csv.reader(io.StringIO(content.decode("utf-8", "replace"))), [])
    return "Here is the first row.", {"row": first}


@handles("search_contact_lists")
def search_contact_lists(call: Call) -> Result:
    """Lists and contacts whose name or number holds `q` (ignoring case), lists first."""
    needle = (call.first("q") or "").strip().casefold()
    if not needle:
        raise bad_request("q is required: the text to look for.", {"q": ["Required."]})
    found: list[dict[str, Any]] = []
    for contact_list in call.me.lists.values():
        if needle in contact_list.name.casefold():
            found.append(
                {
                    "id": contact_list.list_id,
                    "type": "list",
                    "name": contact_list.name,
                    "contact": None,
                    "contacts_count": len(contact_list.contacts),
                }
            )
    for contact_list in call.me.lists.values():
        for contact in contact_list.contacts.values():
            fields = contact.fields
            name = " ".join(filter(None, (fields.get("first_name"), fields.get("last_name"))))
            number = fields.get("phone_number") or fields.get("email") or ""
            if needle in name.casefold() or needle in number.casefold():
                found.append(
                    {
                        "id": contact.contact_id,
                        "type": "contact",
                        "name": name or number,
                        "contact": number or None,
                        "contacts_count": None,
                    }
                )
    shown = ("id", "type", "name", "contact", "contacts_count")
    # `q` is the keyword here, not a field:value search of the page.
    paging = dataclasses.replace(call, query=[(k, v) for k, v in call.query if k != "q"])
    return "Here are your results.", paging.page(found, dict, shown, needle)

"""The manifest store's JSON (``c2pa.Reader.json()``) to :class:`Credentials`.

The JSON is the library's, but what it holds is the file's: any field may be
missing, of another type or absurd. Every value is checked as it is taken;
what is optional and absent is None, what is required and wrong raises
:class:`ShapeError` naming the field (the reading is then UNREADABLE).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from mediakit.media.credentials import (
    IPTC,
    Action,
    Credentials,
    Ingredient,
    SignatureState,
)

T = TypeVar("T")
ACTION_LABELS = ("c2pa.actions", "c2pa.actions.v2")  # an instance may add "__1", "__2" …
MAX_ITEMS = 1000  # actions, ingredients or codes kept: more says nothing a reader could use


class ShapeError(ValueError):
    """The JSON is not what C2PA describes; the message names the field."""


def credentials_from(store: object, state: object, verify: bool) -> Credentials:
    """The active manifest of ``store`` with the signature check's outcome
    (``state``: the reader's validation state, "Valid", "Trusted" or "Invalid")."""
    store = _mapping(store, "the manifest store")
    label = _typed(store.get("active_manifest"), str, "active_manifest")
    manifests = _mapping(store.get("manifests"), "manifests")
    manifest = _mapping(manifests.get(label), f"manifests[{label!r}]")
    signature_info = _mapping(manifest.get("signature_info", {}), "signature_info")
    signature, failures = _signature(store, state, verify)
    return Credentials(
        generator=_generator(manifest),
        signature=signature,
        signer=_optional(signature_info.get("common_name"), str, "signature_info.common_name"),
        issuer=_optional(signature_info.get("issuer"), str, "signature_info.issuer"),
        signed_at=_optional(signature_info.get("time"), str, "signature_info.time"),
        title=_optional(manifest.get("title"), str, "title"),
        actions=_actions(manifest),
        ingredients=_ingredients(manifest),
        failures=failures,
    )


def _signature(
    store: Mapping[str, object], state: object, verify: bool
) -> tuple[SignatureState, tuple[str, ...]]:
    """The check's outcome and the codes that made it INVALID.

    Offline, no signer is on a trust list: "signingCredential.untrusted" (and a
    time stamp's ".untrusted") say only that, not that anything changed."""
    if not verify:
        return SignatureState.UNCHECKED, ()  # the state then reads "Invalid": nothing was checked
    codes = _failure_codes(store)
    broken = tuple(code for code in codes if not code.endswith(".untrusted"))
    if state == "Trusted" and not broken:
        return SignatureState.VALID, ()
    if state == "Valid" and not broken:
        return SignatureState.UNTRUSTED, ()
    if state in ("Valid", "Trusted", "Invalid"):
        return SignatureState.INVALID, broken
    raise ShapeError(f"validation_state {state!r}")


def _failure_codes(store: Mapping[str, object]) -> tuple[str, ...]:
    results = _mapping(store.get("validation_results", {}), "validation_results")
    active = _mapping(results.get("activeManifest", {}), "validation_results.activeManifest")
    failures = active.get("failure")
    if failures is None:  # an older store: the failures alone, as validation_status
        failures = store.get("validation_status", [])
    codes = []
    for index, entry in enumerate(_list(failures, "validation failures")):
        item = _mapping(entry, f"validation failure {index}")
        codes.append(_typed(item.get("code"), str, f"validation failure {index}: code"))
    return tuple(dict.fromkeys(codes))  # once each, in order


def _generator(manifest: Mapping[str, object]) -> str:
    """The claim generator, "name version": claim_generator_info (C2PA 2), else
    the older claim_generator string, else ""."""
    info = manifest.get("claim_generator_info")
    if info is not None:
        items = _list(info, "claim_generator_info")
        if items:
            first = _mapping(items[0], "claim_generator_info[0]")
            name = _typed(first.get("name"), str, "claim_generator_info[0].name")
            version = _optional(first.get("version"), str, "claim_generator_info[0].version")
            return f"{name} {version}" if version else name
    return _optional(manifest.get("claim_generator"), str, "claim_generator") or ""


def _actions(manifest: Mapping[str, object]) -> tuple[Action, ...]:
    actions: list[Action] = []
    for index, entry in enumerate(_list(manifest.get("assertions", []), "assertions")):
        assertion = _mapping(entry, f"assertions[{index}]")
        label = _typed(assertion.get("label"), str, f"assertions[{index}].label")
        if label.partition("__")[0] not in ACTION_LABELS:
            continue
        data = _mapping(assertion.get("data"), f"{label}.data")
        for number, item in enumerate(_list(data.get("actions"), f"{label}.actions")):
            actions.append(_action(_mapping(item, f"{label}.actions[{number}]"), label, number))
    return tuple(actions)


def _action(item: Mapping[str, object], label: str, number: int) -> Action:
    where = f"{label}.actions[{number}]"
    source = _optional(item.get("digitalSourceType"), str, f"{where}.digitalSourceType")
    if source is not None and source.startswith(IPTC):
        source = source[len(IPTC) :]  # only IPTC's own names count as theirs
    return Action(
        action=_typed(item.get("action"), str, f"{where}.action"),
        source_type=source or None,
        software_agent=_agent(item.get("softwareAgent"), f"{where}.softwareAgent"),
        when=_optional(item.get("when"), str, f"{where}.when"),
    )


def _agent(value: object, where: str) -> str | None:
    """A string (C2PA 1) or a generator-info mapping {name, version} (C2PA 2)."""
    if value is None or isinstance(value, str):
        return value
    agent = _mapping(value, where)
    name = _typed(agent.get("name"), str, f"{where}.name")
    version = _optional(agent.get("version"), str, f"{where}.version")
    return f"{name} {version}" if version else name


def _ingredients(manifest: Mapping[str, object]) -> tuple[Ingredient, ...]:
    found = []
    for index, entry in enumerate(_list(manifest.get("ingredients", []), "ingredients")):
        item = _mapping(entry, f"ingredients[{index}]")
        where = f"ingredients[{index}]"
        found.append(
            Ingredient(
                title=_optional(item.get("title"), str, f"{where}.title") or "",
                relationship=_optional(item.get("relationship"), str, f"{where}.relationship")
                or "componentOf",  # C2PA's default
                # It carried a manifest of its own when it was added.
                has_credentials=item.get("active_manifest") is not None
                or item.get("manifest_data") is not None,
            )
        )
    return tuple(found)


def _mapping(value: object, where: str) -> Mapping[str, object]:
    if not isinstance(value, Mapping):
        raise ShapeError(f"{where}: expected a mapping, got {type(value).__name__}")
    return value


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise ShapeError(f"{where}: expected a list, got {type(value).__name__}")
    return value[:MAX_ITEMS]


def _typed(value: object, kind: type[T], where: str) -> T:
    if not isinstance(value, kind):
        raise ShapeError(f"{where}: expected {kind.__name__}, got {type(value).__name__}")
    return value


def _optional(value: object, kind: type[T], where: str) -> T | None:
    return None if value is None else _typed(value, kind, where)

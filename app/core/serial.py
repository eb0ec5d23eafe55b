"""Convert typed dataclasses to JSON-ready values and back, strictly and with clear errors.

The case file and the CLI's JSON are built from plain dataclasses. Rather than hand-writing a
`to_dict`/`from_dict` pair for every one of them (and getting one out of step), this module walks
the type hints. Supported: str, int, float, bool, None / `X | None`, list[X], tuple[X, ...],
dict[str, X], datetime (must be timezone-aware), date, Enum subclasses (stored by value), and
nested dataclasses. Missing keys take the field's default.

Unknown keys (written by a newer version of the app) are ignored on load, unless the caller
passes a list as `unknown`: each object's unknown keys are then collected as an `UnknownKeys`
entry that says where the object was, and `merge_unknown` puts them back into freshly
serialised data. Where an object sits inside a list, the entry also remembers the object's own
(known) content: it is merged back only into an element of that list with the same content, so
reordering a list keeps the keys with their object, and an object this version changed or
removed loses them instead of passing them to another object. Objects reached through field
names and dict keys only are found by that path.
"""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import json
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar, Union

from app.core.i18n import QT_TRANSLATE_NOOP, Msg

T = TypeVar("T")

# Field metadata key: a field with `metadata={TRANSIENT: True}` is never written or read
# (its key in the data counts as unknown), e.g. state kept only while the app runs.
TRANSIENT = "serial_transient"


class SerialError(ValueError):
    """A value does not fit its type; `path` says where (e.g. `incident.timeline[3].at`) and
    `problem` what is wrong, as a message the owner can read in their language."""

    def __init__(self, path: str, problem: Msg) -> None:
        super().__init__(f"{path or '<root>'}: {problem.render('en')}")
        self.path = path
        self.problem = problem


# What a value should be or was found to be, as nouns that fit into the messages below.
KIND_TEXT = QT_TRANSLATE_NOOP("serial", "text")
KIND_WHOLE_NUMBER = QT_TRANSLATE_NOOP("serial", "a whole number")
KIND_DECIMAL = QT_TRANSLATE_NOOP("serial", "a number with a decimal point")
KIND_NUMBER = QT_TRANSLATE_NOOP("serial", "a number")
KIND_YES_NO = QT_TRANSLATE_NOOP("serial", "a yes/no value")
KIND_LIST = QT_TRANSLATE_NOOP("serial", "a list")
KIND_GROUP = QT_TRANSLATE_NOOP("serial", "a group of fields")
KIND_EMPTY = QT_TRANSLATE_NOOP("serial", "an empty value")
KIND_DATE = QT_TRANSLATE_NOOP("serial", "a date")
KIND_DATE_TIME = QT_TRANSLATE_NOOP("serial", "a date and time")

# The problems a value can have. `{value}` is the value as written in the file, shortened.
WRONG_TYPE = QT_TRANSLATE_NOOP("serial", "It should be {expected}, but the file has {found}.")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP(
    "serial", "“{value}” is not one of the choices this version knows."
)
NOT_A_DATE_TIME = QT_TRANSLATE_NOOP("serial", "“{value}” is not a valid date and time.")
NO_TIME_ZONE = QT_TRANSLATE_NOOP(
    "serial", "The date and time “{value}” does not say its time zone (such as +09:00)."
)
NOT_A_DATE = QT_TRANSLATE_NOOP("serial", "“{value}” is not a valid date.")
MISSING = QT_TRANSLATE_NOOP("serial", "A value that must be there is missing.")
NO_FORM_FITS = QT_TRANSLATE_NOOP("serial", "The value fits none of the forms allowed here.")
UNSUPPORTED = QT_TRANSLATE_NOOP("serial", "This version cannot read a value of this kind.")

# A value shown in a message is cut here: a damaged file may hold a very long string.
SHOWN_CHARS = 40


def shown(value: Any, limit: int = SHOWN_CHARS) -> str:
    """`value` as it appears in the file, on one line and at most about `limit` characters."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (ValueError, RecursionError):
            text = type(value).__name__
    # Line breaks and other control characters would break the message's layout.
    text = "".join(ch if ch.isprintable() else " " for ch in text[: limit + 1])
    return text if len(text) <= limit else text[:limit] + "…"


def kind_of(data: Any) -> Msg:
    """What kind of JSON value `data` is, as a noun for `WRONG_TYPE`."""
    if data is None:
        return KIND_EMPTY
    if isinstance(data, bool):
        return KIND_YES_NO
    if isinstance(data, int):
        return KIND_WHOLE_NUMBER
    if isinstance(data, float):
        return KIND_DECIMAL
    if isinstance(data, str):
        return KIND_TEXT
    if isinstance(data, list):
        return KIND_LIST
    return KIND_GROUP  # a dict: JSON has no other kind of value


def _wrong_type(path: str, expected: Msg, data: Any) -> SerialError:
    return SerialError(path, WRONG_TYPE.with_args(expected=expected, found=kind_of(data)))


@dataclass(frozen=True)
class ListItem:
    """A step into a list: the element at `index` when it was loaded, whose known content had
    the digest `fingerprint`."""

    index: int
    fingerprint: str


PathStep = str | ListItem  # a field name or dict key, or a list element


@dataclass(frozen=True)
class UnknownKeys:
    """Keys of one object that its dataclass does not know, and where the object was."""

    path: tuple[PathStep, ...]
    values: dict[str, Any]

    @property
    def dotted(self) -> str:
        """The path as people read it (`report.vendor`, `blacklist.runs[3]`)."""
        text = ""
        for step in self.path:
            if isinstance(step, ListItem):
                text += f"[{step.index}]"
            else:
                text += f".{step}" if text else step
        return text


def fingerprint(value: Any) -> str:
    """A digest of JSON-ready `value` (key order does not matter)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def merge_unknown(data: Any, unknown: Iterable[UnknownKeys]) -> None:
    """Put collected unknown keys back into JSON-ready `data` (changed in place).

    Known keys always win. An entry whose object is no longer there (a path that now leads to
    null, or a list element whose content changed or that was removed) is dropped.
    """
    digests: dict[int, str] = {}
    claimed: set[int] = set()

    def digest(element: Any) -> str:
        key = id(element)
        if key not in digests:
            digests[key] = fingerprint(element)
        return digests[key]

    # Targets are found before anything is merged: digests are of the known content only,
    # as they were when the entries were collected.
    targets: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for entry in unknown:
        node: Any = data
        for step in entry.path:
            if isinstance(step, ListItem):
                node = _find_item(node, step, digest, claimed)
            elif isinstance(node, dict):
                node = node.get(step)
            else:
                node = None
            if node is None:
                break
        if isinstance(node, dict):
            targets.append((node, entry.values))
    for node, values in targets:
        for key, value in values.items():
            node.setdefault(key, value)


def _find_item(node: Any, step: ListItem, digest: Callable[[Any], str], claimed: set[int]) -> Any:
    """The element of list `node` with the step's content: at its old index if it is still
    there, else the first such element not yet claimed by another entry."""
    if not isinstance(node, list):
        return None
    candidates = list(range(len(node)))
    if 0 <= step.index < len(node):
        candidates.insert(0, step.index)
    for index in candidates:
        element = node[index]
        if digest(element) == step.fingerprint and (
            index == step.index or id(element) not in claimed
        ):
            claimed.add(id(element))
            return element
    return None


def to_jsonable(value: Any) -> Any:
    """A JSON-ready copy of `value` (dataclasses become dicts in field order)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: to_jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.metadata.get(TRANSIENT)
        }
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise SerialError("", NO_TIME_ZONE.with_args(value=value.isoformat()))
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_jsonable(
    cls: type[T], data: Any, path: str = "", *, unknown: list[UnknownKeys] | None = None
) -> T:
    """Build a `cls` instance from JSON data, raising SerialError with the path of a bad value.

    With `unknown`, every object's keys that its dataclass does not know are appended to it
    (paths relative to `data`); without it they are ignored.
    """
    if unknown is None:
        return typing.cast(T, _convert(cls, data, path, None))
    found: list[tuple[tuple[PathStep, ...], dict[str, Any]]] = []
    value = _convert(cls, data, path, found)
    unknown.extend(UnknownKeys(steps, values) for steps, values in found)
    return typing.cast(T, value)


# Collected unknown keys, paths relative to the value being converted.
_Found = list[tuple[tuple[PathStep, ...], dict[str, Any]]]


def _convert(tp: Any, data: Any, path: str, found: _Found | None) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return data
    if origin in (Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        errors: list[SerialError] = []
        for option in args:
            if option is type(None):
                continue
            attempt: _Found | None = [] if found is not None else None
            try:
                value = _convert(option, data, path, attempt)
            except SerialError as error:
                errors.append(error)
                continue
            if found is not None and attempt:
                found.extend(attempt)
            return value
        if len(errors) == 1:
            # One form besides null (`X | None`, all the case uses): its own error says best
            # what is wrong and where, deep inside an optional object too.
            raise errors[0]
        raise SerialError(path, NO_FORM_FITS)
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(data, dict):
            raise _wrong_type(path, KIND_GROUP, data)
        hints = _hints(tp)
        kwargs = {}
        fields = [f for f in dataclasses.fields(tp) if not f.metadata.get(TRANSIENT)]
        for f in fields:
            if not f.init:
                continue
            sub = f"{path}.{f.name}" if path else f.name
            if f.name in data:
                inner: _Found | None = [] if found is not None else None
                kwargs[f.name] = _convert(hints[f.name], data[f.name], sub, inner)
                if found is not None and inner:
                    found.extend(((f.name, *steps), values) for steps, values in inner)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise SerialError(sub, MISSING)
        if found is not None:
            names = {f.name for f in fields}
            extra = {str(k): v for k, v in data.items() if k not in names}
            if extra:
                found.append(((), extra))
        return tp(**kwargs)
    if origin in (list, tuple):
        if not isinstance(data, list):
            raise _wrong_type(path, KIND_LIST, data)
        item_type = args[0] if args else Any
        items = []
        for i, v in enumerate(data):
            inner = [] if found is not None else None
            item = _convert(item_type, v, f"{path}[{i}]", inner)
            items.append(item)
            if found is not None and inner:
                step = ListItem(i, fingerprint(to_jsonable(item)))
                found.extend(((step, *steps), values) for steps, values in inner)
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(data, dict):
            raise _wrong_type(path, KIND_GROUP, data)
        value_type = args[1] if len(args) == 2 else Any
        converted = {}
        for k, v in data.items():
            inner = [] if found is not None else None
            converted[str(k)] = _convert(value_type, v, f"{path}.{k}", inner)
            if found is not None and inner:
                found.extend(((str(k), *steps), values) for steps, values in inner)
        return converted
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        if all(isinstance(member.value, str) for member in tp) and not isinstance(data, str):
            # A number or a list where a choice belongs: say so, not "5 is no choice".
            raise _wrong_type(path, KIND_TEXT, data)
        try:
            return tp(data)
        except (ValueError, TypeError):  # TypeError: an unhashable value (a list, an object)
            raise SerialError(path, UNKNOWN_CHOICE.with_args(value=shown(data))) from None
    if tp is datetime:
        if not isinstance(data, str):
            raise _wrong_type(path, KIND_DATE_TIME, data)
        try:
            parsed = datetime.fromisoformat(data)
        except ValueError:
            raise SerialError(path, NOT_A_DATE_TIME.with_args(value=shown(data))) from None
        if parsed.tzinfo is None:
            raise SerialError(path, NO_TIME_ZONE.with_args(value=shown(data)))
        return parsed
    if tp is date:
        if not isinstance(data, str):
            raise _wrong_type(path, KIND_DATE, data)
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise SerialError(path, NOT_A_DATE.with_args(value=shown(data))) from None
    if tp is bool:
        if not isinstance(data, bool):
            raise _wrong_type(path, KIND_YES_NO, data)
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise _wrong_type(path, KIND_WHOLE_NUMBER, data)
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise _wrong_type(path, KIND_NUMBER, data)
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise _wrong_type(path, KIND_TEXT, data)
        return data
    raise SerialError(path, UNSUPPORTED)

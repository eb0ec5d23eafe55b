"""Convert typed dataclasses to JSON-ready values and back, strictly and with clear errors.

The case file and the CLI's JSON are built from plain dataclasses. Rather than hand-writing a
`to_dict`/`from_dict` pair for every one of them (and getting one out of step), this module walks
the type hints. Supported: str, int, float, bool, None / `X | None`, list[X], tuple[X, ...],
dict[str, X], datetime (must be timezone-aware), date, Enum subclasses (stored by value), and
nested dataclasses. Unknown keys are ignored on load; missing keys take the field's default.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import date, datetime
from functools import cache
from typing import Any, TypeVar, Union

T = TypeVar("T")


class SerialError(ValueError):
    """A value does not fit its type; `path` says where (e.g. `incident.timeline[3].at`)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path or '<root>'}: {problem}")
        self.path = path
        self.problem = problem


def to_jsonable(value: Any) -> Any:
    """A JSON-ready copy of `value` (dataclasses become dicts in field order)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise SerialError("", "datetime without time zone")
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


def from_jsonable(cls: type[T], data: Any, path: str = "") -> T:
    """Build a `cls` instance from JSON data, raising SerialError with the path of a bad value."""
    return typing.cast(T, _convert(cls, data, path))


def _convert(tp: Any, data: Any, path: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return data
    if origin in (Union, types.UnionType):
        if data is None and type(None) in args:
            return None
        errors = []
        for option in args:
            if option is type(None):
                continue
            try:
                return _convert(option, data, path)
            except SerialError as error:
                errors.append(error.problem)
        raise SerialError(path, "; ".join(errors) or "unexpected null")
    if dataclasses.is_dataclass(tp) and isinstance(tp, type):
        if not isinstance(data, dict):
            raise SerialError(path, f"expected an object, got {type(data).__name__}")
        hints = _hints(tp)
        kwargs = {}
        for f in dataclasses.fields(tp):
            if not f.init:
                continue
            sub = f"{path}.{f.name}" if path else f.name
            if f.name in data:
                kwargs[f.name] = _convert(hints[f.name], data[f.name], sub)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise SerialError(sub, "missing")
        return tp(**kwargs)
    if origin in (list, tuple):
        if not isinstance(data, list):
            raise SerialError(path, f"expected a list, got {type(data).__name__}")
        item_type = args[0] if args else Any
        items = [_convert(item_type, v, f"{path}[{i}]") for i, v in enumerate(data)]
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(data, dict):
            raise SerialError(path, f"expected an object, got {type(data).__name__}")
        value_type = args[1] if len(args) == 2 else Any
        return {str(k): _convert(value_type, v, f"{path}.{k}") for k, v in data.items()}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError:
            raise SerialError(path, f"unknown value {data!r}") from None
    if tp is datetime:
        if not isinstance(data, str):
            raise SerialError(path, "expected a date-time string")
        try:
            parsed = datetime.fromisoformat(data)
        except ValueError:
            raise SerialError(path, f"not a date-time: {data!r}") from None
        if parsed.tzinfo is None:
            raise SerialError(path, "date-time without time zone")
        return parsed
    if tp is date:
        if not isinstance(data, str):
            raise SerialError(path, "expected a date string")
        try:
            return date.fromisoformat(data)
        except ValueError:
            raise SerialError(path, f"not a date: {data!r}") from None
    if tp is bool:
        if not isinstance(data, bool):
            raise SerialError(path, "expected true or false")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise SerialError(path, "expected a whole number")
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise SerialError(path, "expected a number")
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise SerialError(path, "expected text")
        return data
    raise SerialError(path, f"unsupported type {tp!r}")

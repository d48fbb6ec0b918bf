"""A small JSON Schema checker for docs/bundle-schema.json (no dependency needed).

Covers the keywords that schema uses: type, const, enum, properties, required,
additionalProperties, items, minimum, maximum, maxLength, pattern, oneOf and local $ref.
Returns every problem as "path: message", so a test (or an importer) can say exactly what
is wrong. Anything else in a schema is ignored, never silently treated as valid data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "boolean": (bool,),
    "integer": (int,),
    "number": (int, float),
    "null": (type(None),),
}


def load_schema(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path} is not a JSON Schema object")
    return data


def problems(instance: Any, schema: dict[str, Any]) -> list[str]:
    """Every way `instance` breaks `schema` (empty when it is valid)."""
    found: list[str] = []
    _check(instance, schema, schema, "$", found)
    return found


def _resolve(root: dict[str, Any], ref: str) -> dict[str, Any]:
    if not ref.startswith("#/"):
        raise ValueError(f"only local references are supported, not {ref}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node  # type: ignore[no-any-return]


def _is_type(value: Any, name: str) -> bool:
    if name in ("integer", "number") and isinstance(value, bool):
        return False
    if name == "integer" and isinstance(value, float):
        return value.is_integer()
    return isinstance(value, _TYPES[name])


def _check(value: Any, schema: dict[str, Any], root: dict[str, Any], path: str, out: list[str]) -> None:
    if "$ref" in schema:
        _check(value, _resolve(root, schema["$ref"]), root, path, out)
    if "oneOf" in schema:
        matches = 0
        for option in schema["oneOf"]:
            trial: list[str] = []
            _check(value, option, root, path, trial)
            matches += not trial
        if matches != 1:
            out.append(f"{path}: matches {matches} of the allowed shapes, not exactly one")
    if "const" in schema and value != schema["const"]:
        out.append(f"{path}: must be {schema['const']!r}")
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if "type" in schema:
        names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_is_type(value, name) for name in names):
            out.append(f"{path}: is not of type {' or '.join(names)}")
            return
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"{path}: {value} is below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"{path}: {value} is above {schema['maximum']}")
    if isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            out.append(f"{path}: longer than {schema['maxLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            out.append(f"{path}: does not match {schema['pattern']}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _check(item, schema["items"], root, f"{path}[{i}]", out)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        for key in schema.get("required", ()):
            if key not in value:
                out.append(f"{path}: {key} is missing")
        for key, item in value.items():
            if key in properties:
                _check(item, properties[key], root, f"{path}.{key}", out)
            elif schema.get("additionalProperties") is False:
                out.append(f"{path}: {key} is not allowed")
            elif isinstance(schema.get("additionalProperties"), dict):
                _check(item, schema["additionalProperties"], root, f"{path}.{key}", out)

"""YAML with positions: plain Python values plus where each key and value stood.

Validation must name `file:line:column` for every problem, so documents are composed into
nodes and converted here, remembering the position of every mapping key and value by its
path (a tuple of keys and list indexes). Duplicate keys, which PyYAML silently merges, are
reported as problems.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from facilitator.sessions.problems import Problem

Path = tuple[Any, ...]

# libyaml's parser, when present, reads the large demo programmes several times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Document:
    """One YAML file: its value and the positions of its parts (1-based)."""

    file: str
    value: Any = None
    value_pos: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_pos: dict[Path, tuple[int, int]] = field(default_factory=dict)
    raw: dict[Path, str] = field(default_factory=dict)

    def at(self, path: Path, message: str, key: bool = False) -> Problem:
        """A problem at `path`; falls back to the nearest enclosing position."""
        table = self.key_pos if key else self.value_pos
        probe = path
        while True:
            if probe in table:
                line, column = table[probe]
                return Problem(self.file, line, column, message)
            if probe in self.value_pos:
                line, column = self.value_pos[probe]
                return Problem(self.file, line, column, message)
            if not probe:
                return Problem(self.file, 1, 1, message)
            probe = probe[:-1]


_SCALARS = {
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": float,
}


def _scalar(node: yaml.ScalarNode) -> Any:
    text = node.value
    tag = node.tag
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return text.lower() in ("yes", "true", "on", "y")
    if tag in _SCALARS:
        try:
            return _SCALARS[tag](text.replace("_", ""))
        except ValueError:
            return text
    return text


def parse(file: str, text: str, problems: list[Problem]) -> Document | None:
    """Parse one YAML document; syntax errors become problems (and None), never exceptions."""
    doc = Document(file)
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        reason = error.problem or "not valid YAML"
        problems.append(Problem(file, line, column, f"YAML syntax error: {reason}"))
        return None
    except yaml.YAMLError as error:
        problems.append(Problem(file, 1, 1, f"YAML error: {error}"))
        return None
    if node is None:
        return doc
    doc.value = _convert(node, (), doc, problems)
    return doc


def _convert(node: yaml.Node, path: Path, doc: Document, problems: list[Problem]) -> Any:
    doc.value_pos[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.ScalarNode):
        doc.raw[path] = node.value
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), doc, problems) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                problems.append(
                    Problem(doc.file, key_node.start_mark.line + 1,
                            key_node.start_mark.column + 1, "a key must be plain text")
                )
                continue
            key = key_node.value
            key_path = path + (key,)
            if key in result:
                problems.append(
                    Problem(doc.file, key_node.start_mark.line + 1,
                            key_node.start_mark.column + 1, f"duplicate key '{key}'")
                )
                continue
            doc.key_pos[key_path] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            result[key] = _convert(value_node, key_path, doc, problems)
        return result
    return None

"""Reading the YAML knowledge files: with libyaml's C parser when PyYAML has it (ten times faster, the
same data), else PyYAML's own. Loading the lexicons is most of a build's start-up."""

from __future__ import annotations

from typing import Any

import yaml

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The data of a YAML document, as `yaml.safe_load` gives it."""
    return yaml.load(text, Loader=_Loader)  # a safe loader, C or Python

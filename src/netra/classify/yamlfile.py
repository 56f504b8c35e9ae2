"""The YAML loader every knowledge and profile file goes through."""

from __future__ import annotations

import yaml

# libyaml's safe loader when PyYAML has it (its wheels do): the knowledge files are large, and
# the pure-Python loader alone cost half a second of `netra classify` start-up.
SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> object:
    """Parse YAML safely (no Python objects), as `yaml.safe_load` does, only faster."""
    return yaml.load(text, Loader=SAFE_LOADER)

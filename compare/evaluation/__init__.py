"""`make eval`: one module per measured capability (see __main__.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_script(path: Path) -> ModuleType:
    """A scorer that lives beside the labelled data (../shared/eval/bcubed.py, score_quotes.py),
    imported from its own path: the reference our own figures must agree with."""
    spec = importlib.util.spec_from_file_location(f"shared_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

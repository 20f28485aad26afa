"""The shipped resources (scorecards, questionnaire, translations, help, samples), found
through ``importlib.resources`` wherever the package is installed.

The folder lives at the top of the repository as ``resources/``. A built wheel carries
it inside the package as ``workstation/resources`` (setup.py maps the one onto the
other); a source checkout or an editable install reads the repository's folder next to
the package. Nothing else in the code computes a path to it.
"""
from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    """The resources folder: inside the installed package, else the source tree's."""
    package = files("workstation")
    shipped = package / "resources"
    if shipped.is_dir():                      # a wheel (or any non-editable install)
        return Path(str(shipped))
    return Path(str(package)).parent / "resources"   # a source checkout, an editable install


def resource_path(*parts: str) -> Path:
    """A file or folder under the resources, e.g. ``resource_path("help", "guide_en.html")``."""
    return resources_dir().joinpath(*parts)


def read_text(*parts: str) -> str:
    return resource_path(*parts).read_text(encoding="utf-8")

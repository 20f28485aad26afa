"""The one thing pyproject.toml cannot say: the package list, found rather than written
out (packages move between wings), plus ``workstation.resources``, the repository's
top-level resources/ folder shipped inside the package (mapped in pyproject.toml's
``[tool.setuptools.package-dir]``; its files are listed under package-data there)."""
from setuptools import find_packages, setup

setup(packages=find_packages(include=["workstation", "workstation.*"]) + ["workstation.resources"])

"""Sphinx configuration: the Markdown pages of docs/ (MyST), the API reference from the
docstrings (autodoc), the furo theme. CI builds it with warnings as errors:

    pip install -e '.[docs]' && sphinx-build -W --keep-going -b html docs docs/_build/html
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import datelines

project = "datelines"
author = "The datelines developers"
copyright = "the datelines developers"
release = version = datelines.__version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
master_doc = "index"
exclude_patterns = ["_build", "examples/*.md"]
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
html_theme = "furo"
html_title = f"datelines {release}"

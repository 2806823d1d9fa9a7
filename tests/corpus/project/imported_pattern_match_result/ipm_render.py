"""Renders one section; keeps the first placeholder hit for later diagnostics."""
import re
from dataclasses import dataclass
from typing import Optional

from ipm_templates import PLACEHOLDER, TEMPLATES


@dataclass
class Section:
    title: str
    text: str
    first_field: Optional[re.Match]


def render_section(job):
    title, template_name, context = job
    template = TEMPLATES[template_name]
    first = PLACEHOLDER.search(template)
    text = PLACEHOLDER.sub(lambda m: str(context[m.group(1)]), template)
    return Section(title, text, first)

"""The before/after programs that prove each quick fix (tests/fixes/cases/<name>/).

Each case holds `before.py` (fails at run time; its header says how, plus a `# fix:` line naming
the rule and the title prefix of the fix to apply, or `all` for fix-all), `correct.py` (written
by hand, the output the fixed program must print) and `expected.py` (the fixed text, reviewed;
regenerate with PICKLECHECK_UPDATE_FIX_CASES=1).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from picklecheck.engine import analyze_source
from picklecheck.engine.fixes import apply_edits, fix_all, fixes_for
from picklecheck.engine.model import Finding, Fix

CASES_DIR = Path(__file__).parent / "cases"
UPDATE = os.environ.get("PICKLECHECK_UPDATE_FIX_CASES") == "1"
_FIX_LINE = re.compile(r"^#\s*fix:\s*(?P<code>PKL\d{3}|all)\s*(?P<title>.*?)\s*$")
# An expression building the object the fix changes, pickled and unpickled by the test.
_ROUND_TRIP_LINE = re.compile(r"^#\s*round-trip:\s*(?P<expression>.+?)\s*$")


@dataclass(frozen=True)
class FixCase:
    name: str
    folder: Path
    code: str  # "all" for fix-all
    title_prefix: str
    round_trip: str = ""  # `# round-trip: Tally("a")`, "" when the case has none

    @property
    def before(self) -> Path:
        return self.folder / "before.py"

    @property
    def correct(self) -> Path:
        return self.folder / "correct.py"

    @property
    def expected(self) -> Path:
        return self.folder / "expected.py"


def load_cases() -> list[FixCase]:
    cases = []
    for folder in sorted(p for p in CASES_DIR.iterdir() if p.is_dir() and p.name[0] != "."):
        header = (folder / "before.py").read_text(encoding="utf-8").splitlines()[:8]
        fix = next((m for line in header if (m := _FIX_LINE.match(line))), None)
        if fix is None:
            raise ValueError(f"{folder}/before.py has no '# fix:' line")
        trip = next((m for line in header if (m := _ROUND_TRIP_LINE.match(line))), None)
        expression = trip["expression"] if trip else ""
        cases.append(FixCase(folder.name, folder, fix["code"], fix["title"], expression))
    return cases


def analyse(source: str, path: Path) -> list[Finding]:
    return analyze_source(source, str(path)).findings


def chosen_fix(case: FixCase, source: str) -> Fix:
    """The one fix of the case's rule whose title starts with the case's prefix."""
    offered = [
        fix
        for finding in analyse(source, case.before)
        if finding.code == case.code
        for fix in fixes_for(source, finding)
        if fix.title.startswith(case.title_prefix)
    ]
    titles = {fix.title for fix in offered}
    assert len(titles) == 1, f"{case.name}: expected one matching fix, got {sorted(titles)}"
    return offered[0]


def fixed_source(case: FixCase) -> str:
    source = case.before.read_text(encoding="utf-8")
    if case.code == "all":
        return fix_all(source, analyse(source, case.before), str(case.before))
    return apply_edits(source, chosen_fix(case, source).edits)

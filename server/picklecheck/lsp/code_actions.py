"""Code actions: quick fixes for the finding each diagnostic's data names, "suppress on this
line", and `source.fixAll.picklecheck` applying every safe fix.

A diagnostic's data names its finding (code, span) and the document version it was computed
on; the fixes are the ones the server prepared for that finding in that version. For any other
version only the suppression (recomputed from the current text) is offered.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from lsprotocol import types

from picklecheck.engine import rules
from picklecheck.engine.fixes import fix_all
from picklecheck.engine.model import Fix, FixSafety
from picklecheck.engine.suppression import suppression_edit
from picklecheck.lsp.analysis import Result, configure, verify_requested
from picklecheck.lsp.convert import (
    SOURCE,
    split_lines,
    text_edit,
    to_units,
)

if TYPE_CHECKING:
    from pygls.workspace import TextDocument

    from picklecheck.lsp.state import PicklecheckServer

FIX_ALL_KIND = f"{types.CodeActionKind.SourceFixAll.value}.picklecheck"
FIX_ALL_TITLE = "picklecheck: apply all safe fixes"
# A command of the VS Code extension (package.json), offered to VS Code-family clients only.
PROFILE_COMMAND = "picklecheck.profileScript"
PROFILE_TITLE = "Profile this script with its worker processes (picklecheck profile)"
PROFILER_RULE = rules.PKL012.code


def register(server: PicklecheckServer) -> None:
    options = types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND]
    )

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, options)
    async def code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        document = server.document(params.text_document.uri)
        if document is None or not server.session.settings.enable:
            return None
        actions: list[types.CodeAction] = []
        if wants(params.context.only, types.CodeActionKind.QuickFix):
            result = server.scheduler.current(document.uri)
            if result is not None:
                result = await server.scheduler.with_fixes(result)
                wanted = _finding_indexes(result, params.context.diagnostics)
                if set(wanted) & result.unverified:  # verified now, for these findings only
                    work = functools.partial(verify_requested, result, wanted)
                    result = await server.scheduler.run_in_worker(work)
            for diagnostic in params.context.diagnostics:
                if diagnostic.source == SOURCE:
                    actions.extend(quick_fixes(document, diagnostic, _encoding(server), result))
                    if diagnostic.code == PROFILER_RULE and runs_extension_commands(server):
                        actions.append(profile_action(document.uri, diagnostic))
        if wants(params.context.only, FIX_ALL_KIND):
            everything = await fix_all_action(server, document)
            if everything is not None:
                actions.append(everything)
        return actions


def runs_extension_commands(server: PicklecheckServer) -> bool:
    info = server.session.client_info
    return info is not None and "code" in info.name.lower()


def profile_action(uri: str, diagnostic: types.Diagnostic) -> types.CodeAction:
    command = types.Command(title=PROFILE_TITLE, command=PROFILE_COMMAND, arguments=[uri])
    return types.CodeAction(
        title=PROFILE_TITLE,
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        command=command,
    )


def _encoding(server: PicklecheckServer) -> str:
    return str(server.workspace.position_encoding or "utf-16")


def wants(only: Sequence[str] | None, kind: str) -> bool:
    """LSP kinds are hierarchical: asking for `source.fixAll` includes `source.fixAll.x`."""
    if only is None:
        return kind != FIX_ALL_KIND  # fix-all is a source action, offered when asked for
    return any(kind == wanted or kind.startswith(f"{wanted}.") for wanted in only)


def quick_fixes(
    document: TextDocument,
    diagnostic: types.Diagnostic,
    encoding: str,
    result: Result | None,
) -> list[types.CodeAction]:
    data: Any = diagnostic.data if isinstance(diagnostic.data, dict) else {}
    code = str(diagnostic.code or data.get("code", ""))
    actions = []
    for number, fix in enumerate(_fixes_of(data, code, document, result)):
        lines = split_lines(document.source)
        edits = [text_edit(edit, lines, encoding) for edit in fix.edits]
        if not edits or _is_suppression(fix.title):
            continue
        preferred = number == 0 and fix.safety is FixSafety.SAFE
        actions.append(_action(fix.title, document.uri, edits, diagnostic, preferred))
    suppress = suppress_action(document, diagnostic, code, encoding)
    if suppress is not None:
        actions.append(suppress)
    return actions


def _fixes_of(
    data: dict[str, Any], code: str, document: TextDocument, result: Result | None
) -> list[Fix]:
    """The fixes of the finding a diagnostic stands for, if it belongs to the current text
    (edits are positions in that text); none for an older version."""
    if result is None or data.get("version") != document.version:
        return []
    if result.job.version != document.version or result.job.source != document.source:
        return []
    span = data.get("span")
    for index, finding in enumerate(result.report.findings):
        where = [finding.span.line, finding.span.col, finding.span.end_line, finding.span.end_col]
        if finding.code == code and where == span:
            return result.fixes.get(index, [])
    return []


def _finding_indexes(result: Result, diagnostics: Sequence[types.Diagnostic]) -> list[int]:
    spans = [
        (str(d.code or ""), d.data.get("span"))
        for d in diagnostics
        if d.source == SOURCE and isinstance(d.data, dict)
    ]
    return [
        index
        for index, f in enumerate(result.report.findings)
        if (f.code, [f.span.line, f.span.col, f.span.end_line, f.span.end_col]) in spans
    ]


def _is_suppression(title: str) -> bool:
    return title.lower().startswith("suppress")


def suppress_action(
    document: TextDocument, diagnostic: types.Diagnostic, code: str, encoding: str
) -> types.CodeAction | None:
    if not code:
        return None
    source = document.source
    edit = suppression_edit(source, diagnostic.range.start.line, code)
    if (
        edit.new_text == ""
        and edit.span.line == edit.span.end_line
        and (edit.span.col == edit.span.end_col)
    ):
        return None  # the line already suppresses it
    lsp_edit = text_edit(edit, split_lines(source), encoding)
    title = f"Suppress {code} on this line"
    return _action(title, document.uri, [lsp_edit], diagnostic, preferred=False)


def _action(
    title: str,
    uri: str,
    edits: list[types.TextEdit],
    diagnostic: types.Diagnostic | None,
    preferred: bool,
    kind: str = types.CodeActionKind.QuickFix,
) -> types.CodeAction:
    return types.CodeAction(
        title=title,
        kind=kind,
        diagnostics=[diagnostic] if diagnostic else None,
        is_preferred=preferred or None,
        edit=types.WorkspaceEdit(changes={uri: edits}),
    )


async def fix_all_action(
    server: PicklecheckServer, document: TextDocument
) -> types.CodeAction | None:
    """One whole-document edit with every safe fix applied by the engine."""
    result = await server.scheduler.wait_current(document.uri)
    if result is None or not result.report.findings:
        return None
    result = await server.scheduler.with_fixes(result)
    safe = [
        finding
        for index, finding in enumerate(result.report.findings)
        if any(fix.safety is FixSafety.SAFE for fix in result.fixes.get(index, []))
    ]
    if not safe:
        return None
    source, job = result.job.source, result.job
    config, _ = configure(job)
    path = job.path or "<untitled>"
    work = functools.partial(fix_all, source, safe, path=path, config=config)
    fixed = await server.scheduler.run_in_worker(work)
    if fixed == source:
        return None
    lines = split_lines(source)
    last = lines[-1]
    end = types.Position(len(lines) - 1, to_units(last, len(last), _encoding(server)))
    whole = types.TextEdit(range=types.Range(types.Position(0, 0), end), new_text=fixed)
    return _action(FIX_ALL_TITLE, document.uri, [whole], None, preferred=False, kind=FIX_ALL_KIND)

"""Diagnostics: open/change/save/close notifications feed the scheduler; push or pull.

Clients that can pull (`textDocument/diagnostic`) pull; others get pushes (lsp/scheduler.py).
"""

from __future__ import annotations

from lsprotocol import types

from picklecheck.lsp.state import PicklecheckServer

DEBOUNCE_SECONDS = 0.3


def register(server: PicklecheckServer) -> None:
    scheduler = server.scheduler

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        scheduler.document_changed(params.text_document.uri, 0.0)
        for listener in scheduler.on_open:
            listener(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        scheduler.document_changed(params.text_document.uri, DEBOUNCE_SECONDS)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri in scheduler.sequence and scheduler.current(uri) is None:
            scheduler.schedule(uri)
        for listener in scheduler.on_save:
            listener(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        scheduler.document_closed(params.text_document.uri)


def register_pull(server: PicklecheckServer) -> None:
    scheduler = server.scheduler
    options = types.DiagnosticOptions(
        identifier="picklecheck", inter_file_dependencies=True, workspace_diagnostics=False
    )

    @server.feature(types.TEXT_DOCUMENT_DIAGNOSTIC, options)
    async def pull(params: types.DocumentDiagnosticParams) -> types.DocumentDiagnosticReport:
        result = await scheduler.wait_current(params.text_document.uri)
        if result is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        job = result.job
        result_id = f"{job.sequence}.{job.generation}.{int(server.session.settings.enable)}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        items = scheduler.visible(result)
        return types.RelatedFullDocumentDiagnosticReport(items=items, result_id=result_id)

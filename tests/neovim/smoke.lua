-- Headless Neovim 0.7.2 as a second real LSP client (vim.lsp.start arrived in 0.8, so this
-- uses vim.lsp.start_client). Prints what it sees on stdout; exits 1 on any failure.
local python = assert(os.getenv("PICKLECHECK_PYTHON"))
local file = assert(os.getenv("PICKLECHECK_FILE"))
local out = function(text) io.stdout:write(text .. "\n") end
local fail = function(text)
  out("FAIL " .. text)
  vim.cmd("cq")
end

local function main()
  local client_id = vim.lsp.start_client({
    name = "picklecheck",
    cmd = { python, "-m", "picklecheck", "serve" },
    root_dir = vim.fn.fnamemodify(file, ":h"),
  })
  vim.cmd("edit " .. file)
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  if not vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then
    fail("no diagnostics")
  end
  local diagnostic = vim.diagnostic.get(buf)[1]
  -- 0.7.2 keeps only some LSP fields (code, data, ...) in user_data; rebuild the rest.
  local lsp_fields = (diagnostic.user_data and diagnostic.user_data.lsp) or {}
  local raw = {
    range = {
      start = { line = diagnostic.lnum, character = diagnostic.col },
      ["end"] = { line = diagnostic.end_lnum, character = diagnostic.end_col },
    },
    message = diagnostic.message,
    severity = diagnostic.severity,
    source = diagnostic.source,
    code = lsp_fields.code,
    data = lsp_fields.data,
  }
  out(string.format("DIAG %d:%d-%d:%d %s %s %s", raw.range.start.line, raw.range.start.character,
    raw.range["end"].line, raw.range["end"].character, raw.source, raw.code, raw.message))

  local uri = vim.uri_from_bufnr(buf)
  local hover = vim.lsp.buf_request_sync(buf, "textDocument/hover",
    { textDocument = { uri = uri }, position = raw.range.start }, 10000)
  for _, response in pairs(hover or {}) do
    local contents = response.result and response.result.contents
    out("HOVER " .. (contents and contents.kind or "none") .. " "
      .. (contents and contents.value:gsub("\n", " ") or ""))
  end

  local actions = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", {
    textDocument = { uri = uri },
    range = raw.range,
    context = { diagnostics = { raw } },
  }, 10000)
  local suppress
  for _, response in pairs(actions or {}) do
    for _, action in ipairs(response.result or {}) do
      out("CODEACTION " .. action.title)
      if action.title:match("^Suppress") then
        suppress = action
      end
    end
  end
  if not suppress then
    fail("no suppress action")
  end
  vim.lsp.util.apply_workspace_edit(suppress.edit, "utf-16")
  out("LINE " .. vim.api.nvim_buf_get_lines(buf, raw.range.start.line, raw.range.start.line + 1, false)[1])
  if not vim.wait(30000, function() return #vim.diagnostic.get(buf) == 0 end, 50) then
    fail("diagnostic still there after the suppression")
  end
  out("CLEARED")
  vim.lsp.stop_client(client_id)
  vim.cmd("qa!")
end

local ok, err = pcall(main)
if not ok then
  fail(tostring(err))
end

-- Neovim 0.7 headless: the Copydesk server over stdio, a names diagnostic arrives, its quick fix
-- applies, the re-check drops it, hover shows the evidence, and a reference edited on disk re-checks.
-- Run by test/e2e/run-editors.mjs:  nvim --headless --clean -c "luafile names-fix.lua"
-- Env: COPYDESK_SERVER (dist/server.js, or bin/copydesk.js with COPYDESK_SERVER_ARGS=lsp),
-- COPYDESK_WORKSPACE (a fresh copy of the fixture workspace).
local server = assert(os.getenv('COPYDESK_SERVER'), 'COPYDESK_SERVER')
local root = assert(os.getenv('COPYDESK_WORKSPACE'), 'COPYDESK_WORKSPACE')
local draft = root .. '/drafts/story.md'

local function report(status, name, detail)
  io.stdout:write(string.format('%s %s%s\n', status, name, detail and (' -- ' .. detail) or ''))
  io.stdout:flush()
end
local failures = 0
local function check(name, cond, detail)
  if cond then report('PASS', name) else failures = failures + 1; report('FAIL', name, detail) end
  return cond
end
local function finish()
  if failures > 0 then vim.cmd('cquit 1') else vim.cmd('qall!') end
end

local function code_of(d)
  if d.code then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code
end
local function diags_with(buf, code)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do if code_of(d) == code then table.insert(out, d) end end
  return out
end

vim.cmd('edit ' .. vim.fn.fnameescape(draft))
local buf = vim.api.nvim_get_current_buf()
vim.bo[buf].filetype = 'markdown'
local cmd = { 'node', server }
for arg in (os.getenv('COPYDESK_SERVER_ARGS') or ''):gmatch('%S+') do table.insert(cmd, arg) end
table.insert(cmd, '--stdio')
local client_id = vim.lsp.start_client({
  name = 'copydesk',
  cmd = cmd,
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  flags = { debounce_text_changes = 50 },
})
if not check('server starts', client_id ~= nil) then finish() return end
vim.lsp.buf_attach_client(buf, client_id)

-- 1. Diagnostics arrive (pushed: Neovim 0.7 has no pull diagnostics).
vim.wait(20000, function() return #diags_with(buf, 'names/spelling-variant') > 0 and #diags_with(buf, 'names/title-mismatch') > 0 end, 50)
local spelling = diags_with(buf, 'names/spelling-variant')[1]
local title = diags_with(buf, 'names/title-mismatch')[1]
check('names/spelling-variant diagnostic arrives', spelling ~= nil, vim.inspect(vim.diagnostic.get(buf)))
check('names/title-mismatch diagnostic arrives', title ~= nil)
if not spelling or not title then finish() return end
local line = vim.api.nvim_buf_get_lines(buf, spelling.lnum, spelling.lnum + 1, false)[1]
check('the diagnostic covers the misspelled name', line:sub(spelling.col + 1, spelling.end_col) == 'Lindkvist', line)
check('the message names the references\' spelling', spelling.message:find('Lindqvist', 1, true) ~= nil, spelling.message)

-- 2. Hover over the title mismatch shows the evidence.
local hover = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = title.lnum, character = title.col + 1 },
}, 5000)
local hover_text = ''
for _, r in pairs(hover or {}) do
  if r.result and r.result.contents then hover_text = hover_text .. (r.result.contents.value or vim.inspect(r.result.contents)) end
end
-- The hover marks the differing words in Markdown (**Finance**): read it without the marks.
local plain_hover = hover_text:gsub('%*%*', ''):gsub('~~', '')
check('hover shows the reference outlet and sentence', plain_hover:find('Northern Wire', 1, true) ~= nil and plain_hover:find('Finance Minister Tomas Berg', 1, true) ~= nil, hover_text)

-- 3. The quick fix for the spelling variant applies.
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = spelling.lnum, character = spelling.col }, ['end'] = { line = spelling.end_lnum, character = spelling.end_col } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, spelling.lnum) },
}
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 5000)
local fix
for _, r in pairs(responses or {}) do
  for _, action in ipairs(r.result or {}) do
    if action.title:find('Change to "Lindqvist"', 1, true) then fix = action end
  end
end
if not check('a "Change to Lindqvist" quick fix is offered', fix ~= nil, vim.inspect(responses)) then finish() return end
vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
local fixed = vim.api.nvim_buf_get_lines(buf, spelling.lnum, spelling.lnum + 1, false)[1]
check('the quick fix edits the buffer', fixed:find('Foreign Minister Maria Lindqvist signed', 1, true) ~= nil, fixed)

-- 4. The re-check (after didChange) drops the finding and keeps the other.
local gone = vim.wait(10000, function() return #diags_with(buf, 'names/spelling-variant') == 0 end, 50)
check('the re-check no longer reports the spelling variant', gone, vim.inspect(vim.diagnostic.get(buf)))
check('the title mismatch is still reported', #diags_with(buf, 'names/title-mismatch') == 1)

-- 5. A reference changed on disk (Neovim 0.7 does not watch files for servers; the server watches
--    the reference folders itself): the title the draft uses is now the references' title.
for _, name in ipairs({ 'harbour-pact.txt', 'budget-talks.txt' }) do
  local path = root .. '/refs/' .. name
  local f = assert(io.open(path, 'r')); local text = f:read('*a'); f:close()
  f = assert(io.open(path, 'w')); f:write((text:gsub('Finance Minister', 'Interior Minister'))); f:close()
end
local rechecked = vim.wait(10000, function() return #diags_with(buf, 'names/title-mismatch') == 0 end, 50)
check('a reference changed on disk re-checks the draft', rechecked, vim.inspect(vim.diagnostic.get(buf)))

vim.lsp.stop_client(client_id)
vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
finish()

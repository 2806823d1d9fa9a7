// The profile summary view: HTML for `picklecheck profile`'s summary.json (docs/profiling.md).
// Pure functions of the summary, so the page is the same wherever it is shown.

export interface ProcessRow {
  pid: number;
  parent: number;
  role: string;
  start_method: string | null;
  name: string | null;
  depth: number;
  wall_seconds: number;
  profiled_seconds: number;
  calls: number;
  /** Time the program's own cProfile ran in this process (picklecheck's was paused). */
  paused_seconds?: number;
  /** Version 2: CPU time of the process, and wall time it spent not running (waiting). */
  cpu_seconds?: number | null;
  waiting_seconds?: number | null;
  flame_graph?: string | null;
  profile: string;
}

export interface FunctionShare {
  pid: number;
  calls: number;
  own_seconds: number;
  cumulative_seconds: number;
}

export interface FunctionRow {
  label: string;
  name: string;
  file: string | null;
  line: number;
  calls: number;
  primitive_calls: number;
  own_seconds: number;
  cumulative_seconds: number;
  by_process: FunctionShare[];
  /** Version 2: a built-in that blocks (lock, pipe, sleep): waiting, not work. */
  waiting?: boolean;
}

export interface ProfileSummary {
  version: number;
  /** Version 2: the script (or module) as given, its arguments and the function timer. */
  script?: string | null;
  is_module?: boolean;
  arguments?: string[];
  timer?: string;
  flame_graph?: string | null;
  speedscope?: string | null;
  command: string[];
  exit_code: number;
  outdir: string;
  merged_profile: string | null;
  wall_seconds: number | null;
  parent_wait_seconds: number | null;
  processes: ProcessRow[];
  functions: FunctionRow[];
}

/** Throws if the text is not a summary this view understands. */
export function parseSummary(text: string): ProfileSummary {
  const data = JSON.parse(text) as Partial<ProfileSummary>;
  const known = data.version === 1 || data.version === 2;
  if (!known || !Array.isArray(data.processes) || !Array.isArray(data.functions)) {
    throw new Error("not a picklecheck profile summary (version 1 or 2)");
  }
  return data as ProfileSummary;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function seconds(value: number | null): string {
  return value === null ? "–" : value.toFixed(3);
}

export function processLabel(process: ProcessRow): string {
  return process.role === "main" ? "main" : (process.name ?? "worker");
}

function processRows(summary: ProfileSummary): string {
  const longest = Math.max(...summary.processes.map((process) => process.wall_seconds), 1e-9);
  return summary.processes
    .map((process) => {
      const width = ((100 * process.wall_seconds) / longest).toFixed(1);
      // The dark part: the share of the process's wall time it was busy on a CPU (version 2), or
      // that the profiler saw (version 1).
      const busySeconds = process.cpu_seconds ?? process.profiled_seconds;
      const seen = process.wall_seconds > 0 ? busySeconds / process.wall_seconds : 0;
      const busy = Math.min(100, 100 * seen).toFixed(1);
      return `<tr class="process" data-pid="${process.pid}" tabindex="0">
  <td data-indent="${process.depth}">${escapeHtml(processLabel(process))}</td>
  <td class="bar-cell"><div class="bar" data-width="${width}"><div class="busy" data-width="${busy}"></div></div></td>
  <td class="num">${process.pid}</td>
  <td>${escapeHtml(process.start_method ?? "")}</td>
  <td class="num">${seconds(process.wall_seconds)}</td>
  <td class="num">${seconds(process.cpu_seconds ?? null)}</td>
  <td class="num">${seconds(process.waiting_seconds ?? null)}</td>
  <td class="num">${process.calls.toLocaleString("en-US")}</td>
</tr>`;
    })
    .join("\n");
}

/** Built-ins have no file and frozen modules a pseudo-path like `<frozen importlib._bootstrap>`. */
function isSourceFile(file: string | null): boolean {
  return file !== null && !file.startsWith("<");
}

function functionRows(summary: ProfileSummary): string {
  return summary.functions
    .map((row, index) => {
      const openable = isSourceFile(row.file);
      const where = openable
        ? ` data-file="${escapeHtml(row.file ?? "")}" data-line="${row.line}"`
        : "";
      const shares = escapeHtml(JSON.stringify(row.by_process));
      return `<tr class="function" data-index="${index}" data-shares="${shares}"${where}>
  <td class="num" data-key="own">${seconds(row.own_seconds)}</td>
  <td class="num" data-key="cumulative">${seconds(row.cumulative_seconds)}</td>
  <td class="num" data-key="calls">${row.calls}</td>
  <td class="num" data-key="processes">${row.by_process.length}</td>
  <td class="label${openable ? " link" : ""}" data-key="label">${escapeHtml(row.label)}${row.waiting === true ? ' <span class="waits">waits</span>' : ""}</td>
</tr>`;
    })
    .join("\n");
}

function waitingSentence(summary: ProfileSummary): string {
  const { wall_seconds: wall, parent_wait_seconds: waited } = summary;
  if (wall === null || waited === null || summary.processes.length < 2) {
    return "";
  }
  const share = wall > 0 ? Math.round((100 * waited) / wall) : 0;
  const paused = summary.processes.find((process) => process.role === "main")?.paused_seconds ?? 0;
  const pausedNote =
    paused > 0
      ? ` Your program's own cProfile ran for ${seconds(paused)} s of it; picklecheck's profiler was paused then, so that time is not in these figures.`
      : "";
  return `<p id="waiting">The main process waited <b>${seconds(waited)} s</b> for its workers (${share}% of its ${seconds(wall)} s).${pausedNote}</p>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1em; }
table { border-collapse: collapse; margin-bottom: 1.5em; }
th, td { padding: 0.15em 0.6em; text-align: left; white-space: nowrap; }
th { border-bottom: 1px solid var(--vscode-panel-border); cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " ▲"; }
th[aria-sort="descending"]::after { content: " ▼"; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.process { cursor: pointer; }
tr.process.selected, tr.process:focus { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); }
td.bar-cell { width: 14em; min-width: 14em; }
.bar { height: 0.9em; background: var(--vscode-charts-blue, #3794ff); opacity: 0.45; position: relative; }
.busy { height: 100%; background: var(--vscode-charts-blue, #3794ff); opacity: 1; }
td.link { text-decoration: underline; cursor: pointer; }
.waits { font-size: 0.8em; padding: 0 0.4em; border-radius: 0.6em; background: var(--vscode-badge-background); color: var(--vscode-badge-foreground); }
#flame-graph { max-width: 100%; background: white; }
.note { opacity: 0.8; }
`;

// Sorting, per-process filtering and "open the function" run in the page; data comes from the
// rows' attributes, so the script has no data of its own. Sizes are set here too: the content
// security policy blocks inline style attributes.
const SCRIPT = `
const vscode = acquireVsCodeApi();
document.querySelectorAll("[data-width]").forEach((element) => { element.style.width = element.dataset.width + "%"; });
document.querySelectorAll("[data-indent]").forEach((element) => {
  element.style.paddingLeft = (0.5 + 1.2 * Number(element.dataset.indent)) + "em";
});
const body = document.querySelector("#functions tbody");
const heading = document.getElementById("functions-heading");
let selectedPid = null;
let sortKey = "own";
let descending = true;

function value(row, key) {
  const cell = row.querySelector('[data-key="' + key + '"]');
  return key === "label" ? cell.textContent : Number(cell.textContent);
}

function sortRows() {
  const rows = Array.from(body.rows);
  rows.sort((a, b) => {
    const x = value(a, sortKey), y = value(b, sortKey);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return descending ? -order : order;
  });
  rows.forEach((row) => body.appendChild(row));
  document.querySelectorAll("#functions th").forEach((th) => {
    th.setAttribute("aria-sort", th.dataset.key === sortKey ? (descending ? "descending" : "ascending") : "none");
  });
}

function showProcess(pid) {
  selectedPid = selectedPid === pid ? null : pid;
  document.querySelectorAll("tr.process").forEach((row) => {
    row.classList.toggle("selected", Number(row.dataset.pid) === selectedPid);
  });
  for (const row of body.rows) {
    const shares = JSON.parse(row.dataset.shares);
    const share = selectedPid === null ? null : shares.find((s) => s.pid === selectedPid);
    row.hidden = selectedPid !== null && share === undefined;
    if (!row.dataset.total) {
      row.dataset.total = JSON.stringify(["own", "cumulative", "calls"].map((k) => value(row, k)));
    }
    const [own, cumulative, calls] = share ? [share.own_seconds, share.cumulative_seconds, share.calls] : JSON.parse(row.dataset.total);
    row.querySelector('[data-key="own"]').textContent = Number(own).toFixed(3);
    row.querySelector('[data-key="cumulative"]').textContent = Number(cumulative).toFixed(3);
    row.querySelector('[data-key="calls"]').textContent = String(calls);
  }
  heading.textContent = selectedPid === null ? "Functions, all processes" : "Functions in process " + selectedPid;
  sortRows();
}

document.querySelectorAll("#functions th").forEach((th) => {
  th.addEventListener("click", () => {
    descending = th.dataset.key === sortKey ? !descending : th.dataset.key !== "label";
    sortKey = th.dataset.key;
    sortRows();
  });
});
document.querySelectorAll("tr.process").forEach((row) => {
  row.addEventListener("click", () => showProcess(Number(row.dataset.pid)));
  row.addEventListener("keydown", (event) => { if (event.key === "Enter") showProcess(Number(row.dataset.pid)); });
});
body.addEventListener("click", (event) => {
  const row = event.target.closest("tr.function");
  if (row && row.dataset.file && event.target.closest("td.link")) {
    vscode.postMessage({ type: "open", file: row.dataset.file, line: Number(row.dataset.line) });
  }
});
document.getElementById("open-flame-graph")?.addEventListener("click", () => vscode.postMessage({ type: "openFlameGraph" }));
sortRows();
`;

/** The script's file name (or `-m module`); version 1 summaries only had the command. */
export function scriptName(summary: ProfileSummary): string {
  if (summary.script !== undefined && summary.script !== null) {
    const name = summary.script.split(/[\\/]/).pop() ?? summary.script;
    return summary.is_module === true ? `-m ${summary.script}` : name;
  }
  const program = summary.command[1] ?? "";
  return program.split(/[\\/]/).pop() ?? program;
}

function flameGraphSection(flameGraphSrc: string | undefined): string {
  if (flameGraphSrc === undefined) {
    return "";
  }
  return `<h3>Flame graph, all processes</h3>
<p class="note">Width: time; blue frames wait (locks, pipes, sleeps). <button id="open-flame-graph">Open the flame graph</button></p>
<img id="flame-graph" alt="flame graph of every process" src="${escapeHtml(flameGraphSrc)}">`;
}

export function renderSummary(
  summary: ProfileSummary,
  nonce: string,
  cspSource: string,
  flameGraphSrc?: string,
): string {
  const script = scriptName(summary);
  const merged =
    summary.merged_profile === null
      ? ""
      : `merged: <code>${escapeHtml(summary.merged_profile)}</code>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${STYLE}</style>
<title>picklecheck profile</title>
</head>
<body>
<h2>picklecheck profile: ${escapeHtml(script)}</h2>
<p class="note"><code>${escapeHtml(summary.command.join(" "))}</code><br>
${summary.processes.length} processes profiled, exit status ${summary.exit_code}.
Profiles in <code>${escapeHtml(summary.outdir)}</code>; ${merged}</p>
${waitingSentence(summary)}
<h3>Processes</h3>
<p class="note">Bar: wall time (light) and CPU time, busy (dark); the rest is waiting. Select a process to see its functions.</p>
<table id="processes">
<thead><tr><th>process</th><th>time</th><th class="num">pid</th><th>start</th><th class="num">wall s</th><th class="num">cpu s</th><th class="num">waiting s</th><th class="num">calls</th></tr></thead>
<tbody>
${processRows(summary)}
</tbody>
</table>
<h3 id="functions-heading">Functions, all processes</h3>
<table id="functions">
<thead><tr><th class="num" data-key="own">own s</th><th class="num" data-key="cumulative">cum s</th><th class="num" data-key="calls">calls</th><th class="num" data-key="processes">processes</th><th data-key="label">function</th></tr></thead>
<tbody>
${functionRows(summary)}
</tbody>
</table>
${flameGraphSection(flameGraphSrc)}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>`;
}

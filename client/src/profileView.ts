// "picklecheck: Profile this script with its worker processes": asks for the program's arguments
// and working directory (remembered per script), runs `picklecheck profile` on the script in a
// terminal (the user sees the program's output and can answer its input), then shows the
// summary.json and the flame graph it writes in a webview (profileHtml.ts).
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";

import { bundledPythonPath } from "./launch";
import { ProfileSummary, parseSummary, renderSummary } from "./profileHtml";

export const PROFILE_COMMAND = "picklecheck.profileScript";
const VIEW_TYPE = "picklecheck.profile";
const POLL_MILLISECONDS = 400;

export interface ProfileInterpreters {
  /** Runs picklecheck itself (3.11 or newer, with the bundled package on PYTHONPATH). */
  picklecheckPython: string;
  /** Runs the user's program: the interpreter selected for the workspace. */
  programPython: string;
}

export type InterpreterSource = () =>
  ProfileInterpreters | undefined | Promise<ProfileInterpreters | undefined>;

function scriptToProfile(target: unknown): vscode.Uri | undefined {
  const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === "file" ? uri : undefined;
}

function profilesRoot(context: vscode.ExtensionContext): string {
  return path.join((context.storageUri ?? context.globalStorageUri).fsPath, "profiles");
}

function outputDirectory(context: vscode.ExtensionContext, script: string): string {
  const name = path.basename(script, path.extname(script)).replace(/[^\w.-]/g, "_");
  return path.join(profilesRoot(context), name);
}

/** How the program is run: its arguments and working directory. */
export interface RunSettings {
  args: string[];
  cwd: string;
}

/** Splits a command line the way a POSIX shell splits words: quotes group, backslash escapes. */
export function splitArguments(text: string): string[] {
  const words: string[] = [];
  let word = "";
  let started = false;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quote !== undefined) {
      if (character === quote) {
        quote = undefined;
      } else if (character === "\\" && quote === '"' && index + 1 < text.length) {
        word += text[++index];
      } else {
        word += character;
      }
    } else if (character === "'" || character === '"') {
      quote = character;
      started = true;
    } else if (character === "\\" && index + 1 < text.length) {
      word += text[++index];
      started = true;
    } else if (/\s/.test(character)) {
      if (started) {
        words.push(word);
      }
      word = "";
      started = false;
    } else {
      word += character;
      started = true;
    }
  }
  if (started) {
    words.push(word);
  }
  return words;
}

function quoteArgument(argument: string): string {
  return /^[\w@%+=:,./-]+$/.test(argument) ? argument : `'${argument.replace(/'/g, "'\\''")}'`;
}

/** Asks for arguments and working directory, offering the last ones used for this script. */
async function askRunSettings(
  context: vscode.ExtensionContext,
  script: string,
): Promise<RunSettings | undefined> {
  const key = `picklecheck.profile.run:${script}`;
  const last = context.workspaceState.get<RunSettings>(key);
  const argsText = await vscode.window.showInputBox({
    title: `Profile ${path.basename(script)}: arguments`,
    prompt: "Arguments for the program (as in a shell); empty for none",
    value: (last?.args ?? []).map(quoteArgument).join(" "),
    ignoreFocusOut: true,
  });
  if (argsText === undefined) {
    return undefined;
  }
  const cwd = await vscode.window.showInputBox({
    title: `Profile ${path.basename(script)}: working directory`,
    prompt: "The folder the program runs in",
    value: last?.cwd ?? path.dirname(script),
    ignoreFocusOut: true,
    validateInput: (value) =>
      fs.existsSync(value) && fs.statSync(value).isDirectory() ? undefined : "No such folder",
  });
  if (cwd === undefined) {
    return undefined;
  }
  const settings = { args: splitArguments(argsText), cwd };
  await context.workspaceState.update(key, settings);
  return settings;
}

function startTerminal(
  context: vscode.ExtensionContext,
  interpreters: ProfileInterpreters,
  script: string,
  outdir: string,
  run: RunSettings,
): vscode.Terminal {
  const terminal = vscode.window.createTerminal({
    name: `picklecheck profile ${path.basename(script)}`,
    shellPath: interpreters.picklecheckPython,
    shellArgs: [
      "-P",
      "-m",
      "picklecheck",
      "profile",
      "--python",
      interpreters.programPython,
      "--outdir",
      outdir,
      script,
      ...run.args,
    ],
    cwd: run.cwd,
    env: {
      PYTHONPATH: bundledPythonPath(context.extensionPath),
      // The program runs with the user's own PYTHONPATH, not the bundled one.
      PICKLECHECK_USER_PYTHONPATH: process.env.PYTHONPATH ?? "",
    },
  });
  terminal.show(true);
  return terminal;
}

function isWholeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Resolves with the summary once the run writes it, or undefined if the terminal goes first. */
function waitForSummary(
  file: string,
  startedMs: number,
  terminal: vscode.Terminal,
): Promise<string | undefined> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (text: string | undefined): void => {
      if (!settled) {
        settled = true;
        clearInterval(timer);
        closed.dispose();
        resolve(text);
      }
    };
    const readIfNew = (): string | undefined => {
      try {
        // summary.json is renamed into place after the program ends; an older one is a stale run.
        if (fs.statSync(file).mtimeMs < startedMs - 1000) {
          return undefined;
        }
        const text = fs.readFileSync(file, "utf8");
        // A picklecheck that wrote it in place may be caught half way: read it again next time.
        return isWholeJson(text) || terminal.exitStatus !== undefined ? text : undefined;
      } catch {
        return undefined;
      }
    };
    const timer = setInterval(() => {
      const text = readIfNew();
      if (text !== undefined || terminal.exitStatus !== undefined) {
        finish(text ?? readIfNew());
      }
    }, POLL_MILLISECONDS);
    const closed = vscode.window.onDidCloseTerminal((gone) => {
      if (gone === terminal) {
        finish(readIfNew());
      }
    });
  });
}

class ProfilePanel {
  private panel: vscode.WebviewPanel | undefined;
  private flameGraph: string | undefined;

  constructor(private readonly profilesRoot: string) {}

  show(summary: ProfileSummary, title: string): void {
    if (this.panel === undefined) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        // Only the profiles this extension wrote, for the flame graph image.
        localResourceRoots: [vscode.Uri.file(this.profilesRoot)],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message));
    }
    this.panel.title = title;
    this.flameGraph = summary.flame_graph ?? undefined;
    const webview = this.panel.webview;
    const image =
      this.flameGraph === undefined
        ? undefined
        : webview
            .asWebviewUri(vscode.Uri.file(this.flameGraph))
            .with({ query: `run=${Date.now()}` }) // a new run: not the cached image
            .toString();
    const nonce = randomBytes(16).toString("base64");
    webview.html = renderSummary(summary, nonce, webview.cspSource, image);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  private async onMessage(message: unknown): Promise<void> {
    if ((message as { type?: unknown } | undefined)?.type === "openFlameGraph") {
      if (this.flameGraph !== undefined) {
        await vscode.commands.executeCommand("vscode.open", vscode.Uri.file(this.flameGraph));
      }
      return;
    }
    await openFunction(message);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

async function openFunction(message: unknown): Promise<void> {
  const { type, file, line } = (message ?? {}) as {
    type?: unknown;
    file?: unknown;
    line?: unknown;
  };
  if (type !== "open" || typeof file !== "string" || typeof line !== "number") {
    return;
  }
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(vscode.Uri.file(file), {
    selection: new vscode.Range(position, position),
    viewColumn: vscode.ViewColumn.One,
  });
}

async function profileScript(
  context: vscode.ExtensionContext,
  getInterpreters: InterpreterSource,
  panel: ProfilePanel,
  target: unknown,
): Promise<void> {
  const uri = scriptToProfile(target);
  if (uri === undefined) {
    void vscode.window.showInformationMessage(
      "picklecheck: open a saved Python script to profile it.",
    );
    return;
  }
  const interpreters = await getInterpreters();
  if (interpreters === undefined) {
    void vscode.window.showWarningMessage(
      "picklecheck: no Python interpreter found to profile with.",
    );
    return;
  }
  const document = vscode.workspace.textDocuments.find((open) => open.uri.fsPath === uri.fsPath);
  if (document?.isDirty) {
    await document.save(); // the program that runs is the file on disk
  }
  const run = await askRunSettings(context, uri.fsPath);
  if (run === undefined) {
    return; // cancelled
  }
  const outdir = outputDirectory(context, uri.fsPath);
  const started = Date.now();
  const terminal = startTerminal(context, interpreters, uri.fsPath, outdir, run);
  const text = await waitForSummary(path.join(outdir, "summary.json"), started, terminal);
  if (text === undefined) {
    void vscode.window.showWarningMessage(
      "picklecheck: the profile run ended without a summary; see its terminal.",
    );
    return;
  }
  try {
    panel.show(parseSummary(text), `Profile: ${path.basename(uri.fsPath)}`);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `picklecheck: cannot read the profile summary: ${String(error)}`,
    );
  }
}

/**
 * Registers `picklecheck.profileScript` (argument: the script's Uri, default the active editor).
 * `getInterpreters` names the Python that runs picklecheck and the one that runs the program.
 */
export function registerProfileCommand(
  context: vscode.ExtensionContext,
  getInterpreters: InterpreterSource,
): void {
  const panel = new ProfilePanel(profilesRoot(context));
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(PROFILE_COMMAND, (target?: unknown) =>
      profileScript(context, getInterpreters, panel, target),
    ),
  );
}

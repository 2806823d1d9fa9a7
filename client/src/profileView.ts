// "picklecheck: Profile this script with its worker processes": runs `picklecheck profile` on the
// script in a terminal (the user sees the program's output and can answer its input), then shows
// the summary.json it writes in a webview (profileHtml.ts).
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
  | ProfileInterpreters
  | undefined
  | Promise<ProfileInterpreters | undefined>;

function scriptToProfile(target: unknown): vscode.Uri | undefined {
  const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
  return uri?.scheme === "file" ? uri : undefined;
}

function outputDirectory(context: vscode.ExtensionContext, script: string): string {
  const storage = (context.storageUri ?? context.globalStorageUri).fsPath;
  const name = path.basename(script, path.extname(script)).replace(/[^\w.-]/g, "_");
  return path.join(storage, "profiles", name);
}

function startTerminal(
  context: vscode.ExtensionContext,
  interpreters: ProfileInterpreters,
  script: string,
  outdir: string,
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
    ],
    cwd: path.dirname(script),
    env: {
      PYTHONPATH: bundledPythonPath(context.extensionPath),
      // The program runs with the user's own PYTHONPATH, not the bundled one.
      PICKLECHECK_USER_PYTHONPATH: process.env.PYTHONPATH ?? "",
    },
  });
  terminal.show(true);
  return terminal;
}

/** Resolves with the summary once the run writes it, or undefined if the terminal goes first. */
function waitForSummary(file: string, startedMs: number, terminal: vscode.Terminal): Promise<string | undefined> {
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
        // summary.json is written in one go after the program ends; an older one is a stale run.
        return fs.statSync(file).mtimeMs >= startedMs - 1000 ? fs.readFileSync(file, "utf8") : undefined;
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

  show(summary: ProfileSummary, title: string): void {
    if (this.panel === undefined) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, title, vscode.ViewColumn.Beside, {
        enableScripts: true,
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
      this.panel.webview.onDidReceiveMessage((message: unknown) => void openFunction(message));
    }
    this.panel.title = title;
    const nonce = randomBytes(16).toString("base64");
    this.panel.webview.html = renderSummary(summary, nonce, this.panel.webview.cspSource);
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

async function openFunction(message: unknown): Promise<void> {
  const { type, file, line } = (message ?? {}) as { type?: unknown; file?: unknown; line?: unknown };
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
    void vscode.window.showInformationMessage("picklecheck: open a saved Python script to profile it.");
    return;
  }
  const interpreters = await getInterpreters();
  if (interpreters === undefined) {
    void vscode.window.showWarningMessage("picklecheck: no Python interpreter found to profile with.");
    return;
  }
  const document = vscode.workspace.textDocuments.find((open) => open.uri.fsPath === uri.fsPath);
  if (document?.isDirty) {
    await document.save(); // the program that runs is the file on disk
  }
  const outdir = outputDirectory(context, uri.fsPath);
  const started = Date.now();
  const terminal = startTerminal(context, interpreters, uri.fsPath, outdir);
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
    void vscode.window.showErrorMessage(`picklecheck: cannot read the profile summary: ${String(error)}`);
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
  const panel = new ProfilePanel();
  context.subscriptions.push(
    panel,
    vscode.commands.registerCommand(PROFILE_COMMAND, (target?: unknown) =>
      profileScript(context, getInterpreters, panel, target),
    ),
  );
}

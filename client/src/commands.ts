// The extension's commands. Anything that runs Python goes through the bundled picklecheck
// package, so it behaves like the server whatever is installed in the user's environment.
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";

import { bundledEnv, planLaunch } from "./launch";
import { ProfileInterpreters, registerProfileCommand } from "./profileView";
import { ServerSession } from "./session";
import { SHOW_OUTPUT_COMMAND } from "./status";

export const CHECK_WORKSPACE_COMMAND = "picklecheck.checkWorkspace";

interface RuleDoc {
  code: string;
  title: string;
  file: string;
}

export function ruleDocs(extensionPath: string): RuleDoc[] {
  const folder = path.join(extensionPath, "bundled", "docs", "rules");
  let names: string[];
  try {
    names = fs.readdirSync(folder).filter((name) => /^PKL\d{3}\.md$/.test(name));
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const file = path.join(folder, name);
    const heading = fs.readFileSync(file, "utf8").split("\n", 1)[0] ?? "";
    return { code: name.slice(0, -3), title: heading.replace(/^#\s*/, ""), file };
  });
}

async function showRuleDocs(extensionPath: string, code?: unknown): Promise<void> {
  const docs = ruleDocs(extensionPath);
  let chosen =
    typeof code === "string" ? docs.find((doc) => doc.code === code.toUpperCase()) : undefined;
  if (chosen === undefined) {
    const picked = await vscode.window.showQuickPick(
      docs.map((doc) => ({
        label: doc.code,
        description: doc.title.replace(`${doc.code}: `, ""),
        doc,
      })),
      { placeHolder: "Which picklecheck rule?", matchOnDescription: true },
    );
    chosen = picked?.doc;
  }
  if (chosen !== undefined) {
    await vscode.commands.executeCommand("markdown.showPreview", vscode.Uri.file(chosen.file));
  }
}

function pythonTerminal(
  extensionPath: string,
  name: string,
  python: string,
  args: string[],
  cwd?: string,
): void {
  const terminal = vscode.window.createTerminal({
    name,
    shellPath: python,
    shellArgs: ["-P", "-m", "picklecheck", ...args],
    env: { PYTHONPATH: bundledEnv(extensionPath).PYTHONPATH ?? null },
    ...(cwd === undefined ? {} : { cwd }),
  });
  terminal.show();
}

/** Fallback when the server offers no workspace check: the CLI in a terminal. */
function checkWorkspaceInTerminal(extensionPath: string, session: ServerSession): void {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const python = session.launchPlan?.serverPython ?? "python3";
  if (folder === undefined) {
    void vscode.window.showInformationMessage("picklecheck: open a folder to check a workspace.");
    return;
  }
  pythonTerminal(extensionPath, "picklecheck check", python, ["check", "."], folder);
}

function serverOffers(session: ServerSession, command: string): boolean {
  const commands =
    session.languageClient?.initializeResult?.capabilities.executeCommandProvider?.commands;
  return commands?.includes(command) ?? false;
}

/**
 * `picklecheck.checkWorkspace` belongs to the server when it advertises that command (the
 * language client then registers it); otherwise this fallback registration runs the CLI.
 */
export function registerCheckWorkspace(
  context: vscode.ExtensionContext,
  session: ServerSession,
): void {
  let fallback: vscode.Disposable | undefined;
  const update = (): void => {
    // Only while a client exists: during a start the client registers the server's commands.
    const wanted =
      session.languageClient !== undefined && !serverOffers(session, CHECK_WORKSPACE_COMMAND);
    if (wanted && fallback === undefined) {
      fallback = vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () =>
        checkWorkspaceInTerminal(context.extensionPath, session),
      );
    } else if (!wanted && fallback !== undefined) {
      fallback.dispose();
      fallback = undefined;
    }
  };
  context.subscriptions.push(session.onDidChangeClient(update), {
    dispose: () => fallback?.dispose(),
  });
  update();
}

/** Profiling runs the user's program on purpose: with the user's interpreter. */
async function profileInterpreters(session: ServerSession): Promise<ProfileInterpreters> {
  const plan =
    session.launchPlan ?? (await planLaunch(vscode.workspace.workspaceFolders?.[0]?.uri));
  return { picklecheckPython: plan.serverPython, programPython: plan.interpreter.path };
}

export function registerCommands(
  context: vscode.ExtensionContext,
  session: ServerSession,
  output: vscode.LogOutputChannel,
): void {
  const extensionPath = context.extensionPath;
  context.subscriptions.push(
    vscode.commands.registerCommand("picklecheck.restart", () =>
      session.restart("restart command", true),
    ),
    vscode.commands.registerCommand("picklecheck.showRuleDocs", (code?: unknown) =>
      showRuleDocs(extensionPath, code),
    ),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show(true)),
  );
  registerCheckWorkspace(context, session);
  registerProfileCommand(context, () => profileInterpreters(session));
}

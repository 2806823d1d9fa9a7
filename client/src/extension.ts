// Entry point: wires the server session, status bar, commands and the events that may need a
// new server process (interpreter or enable changes). Other settings reach the running server
// through workspace/didChangeConfiguration; it applies them without a restart.
import * as vscode from "vscode";

import { registerCommands } from "./commands";
import { onPythonInterpreterChange } from "./interpreter";
import { ServerSession } from "./session";
import { StatusItem } from "./status";

const LAUNCH_SETTINGS = ["picklecheck.enable", "picklecheck.interpreter"];

let session: ServerSession | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel("picklecheck", { log: true });
  const status = new StatusItem();
  session = new ServerSession(context.extensionPath, output, status);
  const current = session;
  context.subscriptions.push(output, status, current);
  registerCommands(context, current, output);
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (LAUNCH_SETTINGS.some((setting) => event.affectsConfiguration(setting))) {
        void current.restart("settings changed");
      }
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void current.restart("workspace trusted")),
  );
  const pythonChange = await onPythonInterpreterChange(
    () => void current.restart("Python interpreter changed"),
  );
  if (pythonChange !== undefined) {
    context.subscriptions.push(pythonChange);
  }
  await current.restart("activation");
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}

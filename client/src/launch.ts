// How the bundled server is started: `<python> -P -m picklecheck serve` over stdio, with the server
// package and its pinned dependencies (bundled/server, bundled/libs) first on PYTHONPATH, so the
// user's environment can neither break nor shadow them.
import * as path from "path";
import * as vscode from "vscode";
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from "vscode-languageclient/node";

import { Interpreter, canRunServer, fallbackPython, resolveInterpreter } from "./interpreter";

export const CLIENT_ID = "picklecheck";
const CLIENT_NAME = "picklecheck";

export interface LaunchPlan {
  /** Interpreter whose sys.path the server resolves imports with. */
  interpreter: Interpreter;
  /** Interpreter that runs the server (the same one unless it is older than 3.11). */
  serverPython: string;
}

export async function planLaunch(resource?: vscode.Uri): Promise<LaunchPlan> {
  const interpreter = await resolveInterpreter(resource);
  if (await canRunServer(interpreter.path)) {
    return { interpreter, serverPython: interpreter.path };
  }
  return { interpreter, serverPython: fallbackPython };
}

/** Equal keys mean a running server can stay: only these settings need a new process. */
export function launchKey(plan: LaunchPlan): string {
  return JSON.stringify([plan.interpreter.path, plan.serverPython]);
}

export function bundledPythonPath(extensionPath: string): string {
  const bundled = path.join(extensionPath, "bundled");
  return [path.join(bundled, "server"), path.join(bundled, "libs")].join(path.delimiter);
}

export function bundledEnv(extensionPath: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PYTHONPATH: bundledPythonPath(extensionPath),
    // The user's own PYTHONPATH, for the server's sys.path probe of the user's interpreter.
    PICKLECHECK_USER_PYTHONPATH: process.env.PYTHONPATH ?? "",
    PYTHONUNBUFFERED: "1",
  };
}

function serverOptions(extensionPath: string, plan: LaunchPlan): ServerOptions {
  return {
    command: plan.serverPython,
    // -P: never put the working directory on sys.path, so a workspace file named like a
    // server module cannot be imported into the server.
    args: ["-P", "-m", "picklecheck", "serve"],
    transport: TransportKind.stdio,
    options: {
      env: bundledEnv(extensionPath),
      cwd: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? extensionPath,
    },
  };
}

function withInterpreter(settings: unknown, interpreter: string): unknown {
  if (settings === null || typeof settings !== "object") {
    return settings;
  }
  const current = (settings as { interpreter?: unknown }).interpreter;
  if (typeof current === "string" && current.trim() !== "") {
    return settings;
  }
  return { ...settings, interpreter };
}

/** The `picklecheck` settings as plain JSON (a WorkspaceConfiguration also carries methods). */
function settingsSnapshot(): unknown {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration("picklecheck")));
}

function clientOptions(plan: LaunchPlan, output: vscode.LogOutputChannel): LanguageClientOptions {
  const fillInterpreter = (items: { section?: string }[], results: unknown[]): unknown[] =>
    results.map((result, i) =>
      items[i]?.section === "picklecheck" ? withInterpreter(result, plan.interpreter.path) : result,
    );
  return {
    documentSelector: [
      { scheme: "file", language: "python" },
      { scheme: "untitled", language: "python" },
    ],
    outputChannel: output,
    traceOutputChannel: output,
    initializationOptions: () => ({
      interpreter: plan.interpreter.path,
      settings: withInterpreter(settingsSnapshot(), plan.interpreter.path),
    }),
    synchronize: { configurationSection: "picklecheck" },
    middleware: {
      workspace: {
        // The server pulls `picklecheck`; hand it the interpreter we resolved when the
        // setting is empty (e.g. the one chosen in the Python extension).
        configuration: async (params, token, next) => {
          const results = await next(params, token);
          return Array.isArray(results) ? fillInterpreter(params.items, results) : results;
        },
      },
    },
  };
}

export function createClient(
  extensionPath: string,
  plan: LaunchPlan,
  output: vscode.LogOutputChannel,
): LanguageClient {
  return new LanguageClient(
    CLIENT_ID,
    CLIENT_NAME,
    serverOptions(extensionPath, plan),
    clientOptions(plan, output),
  );
}

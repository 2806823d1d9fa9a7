// Which Python the extension uses, in order: the `picklecheck.interpreter` setting, the interpreter
// selected in the Python extension (a soft dependency: used only if installed), `python3` on PATH.
import { execFile } from "child_process";
import * as path from "path";
import * as vscode from "vscode";

const PYTHON_EXTENSION_ID = "ms-python.python";
const FALLBACK_PYTHON = "python3";
const MIN_SERVER_PYTHON: [number, number] = [3, 11];

export type InterpreterSource = "setting" | "python extension" | "PATH";

export interface Interpreter {
  path: string;
  source: InterpreterSource;
}

// The part of the Python extension's public API we use (its `@vscode/python-extension` types).
interface PythonEnvironmentsApi {
  getActiveEnvironmentPath(resource?: vscode.Uri): { id: string; path: string };
  resolveEnvironment(
    env: { id: string; path: string } | string,
  ): Promise<{ executable: { uri?: vscode.Uri } } | undefined>;
  onDidChangeActiveEnvironmentPath: vscode.Event<unknown>;
}

interface PythonExtensionApi {
  environments?: PythonEnvironmentsApi;
}

async function pythonExtensionApi(): Promise<PythonEnvironmentsApi | undefined> {
  const extension = vscode.extensions.getExtension<PythonExtensionApi>(PYTHON_EXTENSION_ID);
  if (extension === undefined) {
    return undefined;
  }
  try {
    const api = extension.isActive ? extension.exports : await extension.activate();
    return api?.environments;
  } catch {
    return undefined; // A broken Python extension must not stop picklecheck.
  }
}

async function fromPythonExtension(resource?: vscode.Uri): Promise<string | undefined> {
  const environments = await pythonExtensionApi();
  if (environments === undefined) {
    return undefined;
  }
  try {
    const active = environments.getActiveEnvironmentPath(resource);
    const resolved = await environments.resolveEnvironment(active);
    return resolved?.executable.uri?.fsPath;
  } catch {
    return undefined;
  }
}

export function configuredInterpreter(resource?: vscode.Uri): string {
  // In untrusted workspaces VS Code hides the workspace value (restrictedConfigurations).
  const value = vscode.workspace
    .getConfiguration("picklecheck", resource)
    .get<string>("interpreter");
  return (value ?? "").trim();
}

export async function resolveInterpreter(resource?: vscode.Uri): Promise<Interpreter> {
  const chosen = await chosenInterpreter(resource);
  const runnable = chosen === undefined ? undefined : runnablePath(chosen.path);
  if (chosen !== undefined && runnable !== undefined) {
    return { path: runnable, source: chosen.source };
  }
  return { path: FALLBACK_PYTHON, source: "PATH" };
}

async function chosenInterpreter(resource?: vscode.Uri): Promise<Interpreter | undefined> {
  const configured = configuredInterpreter(resource);
  if (configured !== "") {
    return { path: expandVariables(configured), source: "setting" };
  }
  const selected = await fromPythonExtension(resource);
  if (selected !== undefined && selected !== "") {
    return { path: selected, source: "python extension" };
  }
  return undefined;
}

/**
 * The path to run: a bare name (found on PATH), an absolute path, or a relative one resolved
 * against the workspace. In an untrusted workspace nothing relative to it or inside it is run
 * (undefined: fall back to PATH), whoever named it: a user setting or the Python extension.
 */
export function runnablePath(value: string): string | undefined {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath);
  const trusted = vscode.workspace.isTrusted;
  if (!value.includes("/") && !value.includes(path.sep)) {
    return value;
  }
  if (!path.isAbsolute(value)) {
    return trusted && folders.length > 0 ? path.resolve(folders[0], value) : undefined;
  }
  return trusted || !folders.some((folder) => isInside(value, folder)) ? value : undefined;
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return !path.isAbsolute(relative) && relative !== ".." && !relative.startsWith(`..${path.sep}`);
}

/** Fires when the Python extension's selected interpreter changes (never if it is absent). */
export async function onPythonInterpreterChange(
  listener: () => void,
): Promise<vscode.Disposable | undefined> {
  const environments = await pythonExtensionApi();
  return environments?.onDidChangeActiveEnvironmentPath(() => listener());
}

function expandVariables(value: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? "";
  return value
    .replace(/\$\{workspaceFolder\}/g, folder)
    .replace(/^~(?=\/|$)/, process.env.HOME ?? "~");
}

/** True when `python` runs and is new enough for the bundled server (Python 3.11+). */
export function canRunServer(python: string): Promise<boolean> {
  const probe = `import sys; print(sys.version_info[:2] >= ${tupleText(MIN_SERVER_PYTHON)})`;
  return new Promise((resolve) => {
    // -I and the file system's root as working folder: the probe finds nothing of a workspace.
    const options = { timeout: 10_000, cwd: path.parse(process.cwd()).root };
    execFile(python, ["-I", "-c", probe], options, (error, stdout) => {
      resolve(error === null && stdout.trim() === "True");
    });
  });
}

function tupleText([major, minor]: [number, number]): string {
  return `(${major}, ${minor})`;
}

export const fallbackPython = FALLBACK_PYTHON;

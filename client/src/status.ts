// The status-bar item: server state at a glance; a click opens the output channel.
import * as vscode from "vscode";

import type { LaunchPlan } from "./launch";

export const SHOW_OUTPUT_COMMAND = "picklecheck.showOutput";

export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor() {
    this.item = vscode.window.createStatusBarItem(
      "picklecheck.status",
      vscode.StatusBarAlignment.Right,
      100,
    );
    this.item.name = "picklecheck";
    this.item.command = SHOW_OUTPUT_COMMAND;
    this.item.text = "picklecheck";
    this.item.show();
  }

  starting(plan: LaunchPlan): void {
    this.set("$(sync~spin) picklecheck", `Starting the server with ${plan.serverPython}`);
  }

  running(plan: LaunchPlan): void {
    this.set(
      "$(check) picklecheck",
      `Server running on ${plan.serverPython}\nImports resolved with ${plan.interpreter.path}` +
        ` (from ${plan.interpreter.source})`,
    );
  }

  stopped(): void {
    this.set("$(debug-stop) picklecheck", "Server stopped; run 'picklecheck: Restart Server'");
  }

  disabled(): void {
    this.set("$(circle-slash) picklecheck", "Disabled by the picklecheck.enable setting");
  }

  failed(message: string): void {
    this.set("$(error) picklecheck", `Server failed to start: ${message}`);
    this.item.backgroundColor = new vscode.ThemeColor("statusBarItem.errorBackground");
  }

  private set(text: string, tooltip: string): void {
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.backgroundColor = undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}

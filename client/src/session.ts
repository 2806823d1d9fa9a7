// One language-server session at a time. Restarts are single-flight: while one runs, further
// requests collapse into a single follow-up that reads the newest settings, and a restart whose
// launch settings equal the running server's does nothing unless forced.
import * as vscode from "vscode";
import { LanguageClient, State } from "vscode-languageclient/node";

import { LaunchPlan, createClient, launchKey, planLaunch } from "./launch";
import { StatusItem } from "./status";

export class ServerSession implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private runningKey: string | undefined;
  private current: Promise<void> = Promise.resolve();
  private followUp: Promise<void> | undefined;
  private forceFollowUp = false;
  private plan: LaunchPlan | undefined;
  private readonly changed = new vscode.EventEmitter<LanguageClient | undefined>();
  /** Fires after every (re)start or stop with the new client, if any. */
  readonly onDidChangeClient = this.changed.event;

  constructor(
    private readonly extensionPath: string,
    private readonly output: vscode.LogOutputChannel,
    private readonly status: StatusItem,
  ) {}

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  get launchPlan(): LaunchPlan | undefined {
    return this.plan;
  }

  /** Start, restart or stop the server to match the settings; `force` restarts even if same. */
  restart(reason: string, force = false): Promise<void> {
    this.forceFollowUp ||= force;
    if (this.followUp === undefined) {
      this.followUp = this.current.then(() => {
        this.followUp = undefined;
        const forced = this.forceFollowUp;
        this.forceFollowUp = false;
        return this.apply(reason, forced);
      });
      this.current = this.followUp.catch((error: unknown) => this.failed(error));
    }
    return this.current;
  }

  private async apply(reason: string, force: boolean): Promise<void> {
    if (!vscode.workspace.getConfiguration("picklecheck").get<boolean>("enable", true)) {
      await this.stop();
      this.status.disabled();
      return;
    }
    const plan = await planLaunch(vscode.workspace.workspaceFolders?.[0]?.uri);
    const key = launchKey(plan);
    if (!force && this.client?.isRunning() === true && key === this.runningKey) {
      return;
    }
    await this.stop();
    this.output.info(
      `starting server (${reason}): ${plan.serverPython}; resolving imports with ` +
        `${plan.interpreter.path} (from ${plan.interpreter.source})`,
    );
    this.status.starting(plan);
    // Lets fallback commands step aside before the client registers the server's own.
    this.changed.fire(undefined);
    const client = createClient(this.extensionPath, plan, this.output);
    client.onDidChangeState((event) => {
      if (event.newState === State.Stopped && this.client === client) {
        this.status.stopped();
      }
    });
    this.client = client;
    this.plan = plan;
    this.runningKey = key;
    await client.start();
    this.status.running(plan);
    this.changed.fire(client);
  }

  private failed(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.output.error(`server failed to start: ${message}`);
    this.status.failed(message);
    this.changed.fire(this.client);
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.runningKey = undefined;
    if (client === undefined) {
      return;
    }
    this.changed.fire(undefined);
    try {
      await client.stop(5000);
    } catch (error: unknown) {
      this.output.warn(`stopping the server: ${String(error)}`);
    }
  }

  dispose(): void {
    this.changed.dispose();
    void this.stop();
  }
}

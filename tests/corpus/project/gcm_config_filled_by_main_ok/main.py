# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same package, but the pool's initializer installs the parent's settings in each worker before any agent runs
import multiprocessing

import gco_agents


def main():
    gco_agents.config["TRANSPORT"] = "ipc"
    gco_agents.config["LINGER"] = 0
    with multiprocessing.Pool(2, gco_agents.install, (dict(gco_agents.config),)) as pool:
        print(pool.map(gco_agents.run_agent, ["alice", "bob"]))


if __name__ == "__main__":
    main()

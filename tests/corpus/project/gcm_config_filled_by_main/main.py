# runtime: fork=ok spawn=error forkserver=error
# error-contains: KeyError: 'TRANSPORT'
# summary: the program fills the package's settings dict before mapping the package's agent function over a pool; a spawned worker imports the package afresh and finds the dict as the import left it (osbrain issue 256, reproduced blind)
import multiprocessing

import gcm_agents


def main():
    gcm_agents.config["TRANSPORT"] = "ipc"
    gcm_agents.config["LINGER"] = 0
    with multiprocessing.Pool(2) as pool:
        print(pool.map(gcm_agents.run_agent, ["alice", "bob"]))  # [PKL016]


if __name__ == "__main__":
    main()

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: a dict filled in a loop holds a threading.Event in each scenario; list(scenarios.values()) goes to the pool
import multiprocessing
import threading


def simulate(scenario):
    return scenario["seed"] * 2


if __name__ == "__main__":
    scenarios = {}
    for k in range(3):
        scenarios[f"s{k}"] = {"seed": k, "finished": threading.Event()}
    with multiprocessing.Pool(2) as pool:
        print(pool.map(simulate, list(scenarios.values())))  # [PKL004]

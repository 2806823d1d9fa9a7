# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: build_scenarios() fills a dict comprehension-free registry in a loop and returns it; every value holds an Event
import multiprocessing
import threading


def build_scenarios(count):
    scenarios = {}
    for k in range(count):
        scenarios[f"s{k}"] = {"seed": k, "finished": threading.Event()}
    return scenarios


def simulate(scenario):
    return scenario["seed"]


if __name__ == "__main__":
    scenarios = build_scenarios(3)
    with multiprocessing.Pool(2) as pool:
        print(pool.map(simulate, [scenarios[k] for k in scenarios]))  # [PKL004]

# runtime: fork=error spawn=error forkserver=error
# error-contains: attribute lookup InitiatorTask on cnl_state failed
# summary: a state class of a sibling module defines its InitiatorTask namedtuple in its class body and pickles a dict display of its one attribute; a Pool worker returns a state holding such a task, and pickle looks `InitiatorTask` up at module level (raiden 2155)
from multiprocessing import Pool

from cnl_node import handle_init_initiator

if __name__ == "__main__":
    with Pool(2) as pool:
        results = [pool.apply_async(handle_init_initiator, (bytes([i]) * 4, i)) for i in range(3)]  # [PKL007]
        states = [result.get(timeout=10) for result in results]
    print("tasks:", sum(len(state.secrethashes_to_task) for state in states))

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the fix (raiden 2155): the namedtuple is made at module level and the class only names it, so pickle finds `InitiatorTask` in the module
from multiprocessing import Pool

from cnm_node import handle_init_initiator

if __name__ == "__main__":
    with Pool(2) as pool:
        results = [pool.apply_async(handle_init_initiator, (bytes([i]) * 4, i)) for i in range(3)]
        states = [result.get(timeout=10) for result in results]
    print("tasks:", sum(len(state.secrethashes_to_task) for state in states))

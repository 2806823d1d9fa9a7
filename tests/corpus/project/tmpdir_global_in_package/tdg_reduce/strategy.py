"""Delta debugging: drop chunks of commands while the input still fails."""
from multiprocessing import Pool

from . import checker


def reduce(commands, jobs=2):
    size = max(1, len(commands) // 2)
    with Pool(jobs) as pool:
        while size >= 1:
            candidates = [commands[:i] + commands[i + size :] for i in range(0, len(commands), size)]
            results = pool.map(checker.check, candidates)  # [PKL016]
            kept = [c for c, failing in zip(candidates, results) if failing]
            if kept:
                commands = kept[0]
            else:
                size //= 2
    return commands

# Boundary providers (engine/providers): which calls are boundaries and which pickler decides.
# Whole programs for each library are executed in tests/corpus/libraries; these are the edges.
import multiprocessing
import sqlite3
import threading
from concurrent.futures import InterpreterPoolExecutor, ProcessPoolExecutor

import joblib
import multiprocess
import torch.multiprocessing as tmp
from joblib import Parallel, delayed
from pathos.pools import ThreadPool
from torch.utils.data import DataLoader


def work(x):
    return x


def gen(x):
    yield x


class Rows:
    def __init__(self, path):
        self.connection = sqlite3.connect(path)
        self.lock = threading.Lock()

    def __len__(self):
        return 1

    def __getitem__(self, index):
        return index


def dataloaders(n, rows):
    none = 0
    for _ in DataLoader(rows, num_workers=none, collate_fn=lambda b: b):  # ok
        pass
    for _ in DataLoader(rows, num_workers=n, collate_fn=lambda b: b):  # PKL001
        pass
    for _ in DataLoader(Rows("db"), batch_size=2, num_workers=2):  # PKL005
        pass
    unused = DataLoader(rows, num_workers=2, worker_init_fn=lambda i: None)  # ok
    fork = DataLoader(rows, num_workers=2, multiprocessing_context="fork", collate_fn=lambda b: b)  # ok
    return list(fork)


def joblib_backends(items, backend, lock):
    Parallel()(delayed(work)(lock) for _ in items)  # ok
    Parallel(n_jobs=None)(delayed(work)(lock) for _ in items)  # ok
    Parallel(n_jobs=4, backend=backend)(delayed(work)(lock) for _ in items)  # ok
    Parallel(n_jobs=4, require="sharedmem")(delayed(work)(lock) for _ in items)  # ok
    joblib.Parallel(n_jobs=-1)([joblib.delayed(lambda x: x)(1), joblib.delayed(work)(gen(1))])  # PKL004
    Parallel(n_jobs=2)(delayed(work)(x) for x in [open("f", "rb")])  # PKL004
    Parallel(n_jobs=2)(delayed(work)(multiprocessing.Lock()) for _ in items)  # PKL006
    Parallel(n_jobs=2, backend="multiprocessing")(delayed(work)(open("f")) for _ in items)  # PKL004


def dill_pools(items):
    with multiprocess.Pool(2) as pool:
        pool.map(work, [threading.Lock(), open("f", "w")])  # ok
        pool.apply_async(work, (multiprocess.Queue(),))  # PKL006
        pool.map(work, [gen(1)])  # PKL004
    ThreadPool(2).map(lambda x: x, [gen(1)])  # ok
    multiprocessing.Pool(2).map(work, [lambda: 1])  # PKL001


def torch_mirror(items):
    with tmp.Pool(2) as pool:
        pool.map(work, [threading.Lock()])  # PKL004
    queue = tmp.Queue()
    queue.put(lambda: 1)  # PKL001
    tmp.spawn(work, args=(threading.RLock(),), nprocs=2)  # PKL004


def interpreters(items):
    with InterpreterPoolExecutor(2) as executor:
        executor.submit(lambda: 1)  # PKL001
        executor.submit(work, threading.Lock())  # ok
        executor.map(work, [gen(1)])  # ok


def executor_context(items):
    def local(x):
        return x

    fork = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(2, mp_context=fork) as executor:
        executor.submit(local, 1)  # PKL002


def mirrored_contexts(rows):
    ctx = tmp.get_context("spawn")
    with ctx.Pool(2) as pool:
        pool.map(work, [threading.Lock()])  # PKL004
    tmp.get_context("spawn").Pool(2).map(lambda x: x, [1])  # PKL001
    dill = multiprocess.get_context("spawn")
    dill.Process(target=lambda: None).start()  # ok
    with dill.Pool(2) as pool:
        pool.map(work, [(i for i in range(3))])  # PKL004
    forked = tmp.get_context("fork")
    return list(DataLoader(rows, num_workers=2, multiprocessing_context=forked, collate_fn=gen))  # PKL007

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'weakref.ReferenceType' object
# summary: a monitor keeps its started check-in process on self (self.checkin = mp.Process(...); self.checkin.start()) and then starts mp.Process(target=self._monitor), pickling the started process (auto-southwest-check-in PR 120)
import multiprocessing as mp


def check_in(confirmation):
    print("checked in", confirmation)


class ReservationMonitor:
    def __init__(self, confirmation):
        self.confirmation = confirmation
        self.checkin = None

    def start(self):
        self.checkin = mp.Process(target=check_in, args=(self.confirmation,))
        self.checkin.start()
        self.checkin.join()
        monitor = mp.Process(target=self._monitor)  # [PKL009]
        monitor.start()
        monitor.join()

    def _monitor(self):
        print("monitoring", self.confirmation)


if __name__ == "__main__":
    ReservationMonitor("ABC123").start()

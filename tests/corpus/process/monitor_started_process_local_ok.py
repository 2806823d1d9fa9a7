# runtime: fork=ok spawn=ok forkserver=ok
# summary: the monitor's check-in process is a local variable, not kept on self, so starting mp.Process(target=self._monitor) pickles only plain state
import multiprocessing as mp


def check_in(confirmation):
    print("checked in", confirmation)


class ReservationMonitor:
    def __init__(self, confirmation):
        self.confirmation = confirmation

    def start(self):
        checkin = mp.Process(target=check_in, args=(self.confirmation,))
        checkin.start()
        checkin.join()
        monitor = mp.Process(target=self._monitor)
        monitor.start()
        monitor.join()

    def _monitor(self):
        print("monitoring", self.confirmation)


if __name__ == "__main__":
    ReservationMonitor("ABC123").start()

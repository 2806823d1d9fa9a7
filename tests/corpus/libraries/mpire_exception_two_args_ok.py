# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: the look-alike of an exception pickle cannot rebuild: mpire sends a worker's exception as its class, args and __dict__ and rebuilds it without calling __init__, so the caller catches it whole
from mpire import WorkerPool


class CalibrationError(Exception):
    def __init__(self, sensor, drift):
        self.sensor = sensor
        self.drift = drift
        super().__init__(f"sensor={sensor}, drift={drift}")


def calibrate(sensor, value):
    if value > 100:
        raise CalibrationError(sensor, value - 100)
    return value * 0.5


if __name__ == "__main__":
    with WorkerPool(n_jobs=2) as pool:
        try:
            print(pool.map(calibrate, [("t1", 20), ("t2", 140)]))
        except CalibrationError as error:
            print("calibration failed", error.sensor, error.drift)

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the script calls the library that forces spawn under its main guard: the spawned workers import the script without running the call (look-alike of stumpy 323)
import spawnlib_guarded

if __name__ == "__main__":
    series = [((i * 7) % 11) / 10 for i in range(16)]
    profile = spawnlib_guarded.matrix_profile(series, devices=2)
    print("profile min", min(profile))

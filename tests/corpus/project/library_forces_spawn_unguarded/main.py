# runtime: fork=error spawn=error forkserver=error
# error-contains: BrokenProcessPool
# summary: a script calls a library's matrix_profile(..., devices=2) at module level with no main guard; the library forces set_start_method("spawn") before starting its executor (stumpy 323), so its spawned workers re-run the script whatever the platform's default
import spawnlib_profile

series = [((i * 7) % 11) / 10 for i in range(16)]
profile = spawnlib_profile.matrix_profile(series, devices=2)  # [PKL010]
print("profile min", min(profile))

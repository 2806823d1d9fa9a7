# runtime: fork=ok spawn=ok forkserver=ok
# summary: the screen manager's `add_widget(screen)` stores only its own name on the screen it is given, so the screen's bound method started as a Process target pickles under spawn
import multiprocessing


class ScreenManager:
    def __init__(self):
        self.name = "main"
        self.screens = []

    def add_widget(self, screen):
        screen.manager_name = self.name
        self.screens.append(screen.name)


class LoadingScreen:
    def __init__(self, name):
        self.name = name
        self.manager_name = None

    def loading_animation(self):
        print("animating", self.name, "of", self.manager_name)


if __name__ == "__main__":
    manager = ScreenManager()
    screen = LoadingScreen("menu")
    manager.add_widget(screen)
    process = multiprocessing.Process(target=screen.loading_animation)
    process.start()
    process.join()
    print("exit code:", process.exitcode)
    if process.exitcode:
        raise SystemExit("the animation process failed")

# runtime: fork=ok spawn=error forkserver=error
# error-contains: cannot pickle 'WeakMethod' object
# summary: a screen manager's `add_widget(screen)` stores a WeakMethod callback on the screen it is given; the screen's bound method started as a Process target carries it under spawn (kivy 6915)
import multiprocessing
import weakref


class ScreenManager:
    def __init__(self):
        self.screens = []

    def add_widget(self, screen):
        screen.on_enter_callback = weakref.WeakMethod(self.screen_entered)
        self.screens.append(screen.name)

    def screen_entered(self):
        print("entered")


class LoadingScreen:
    def __init__(self, name):
        self.name = name
        self.on_enter_callback = None

    def loading_animation(self):
        print("animating", self.name)


if __name__ == "__main__":
    manager = ScreenManager()
    screen = LoadingScreen("menu")
    manager.add_widget(screen)
    process = multiprocessing.Process(target=screen.loading_animation)  # [PKL009]
    process.start()
    process.join()
    print("exit code:", process.exitcode)
    if process.exitcode:
        raise SystemExit("the animation process failed")

class SubtitleError(Exception):
    pass


class FormatError(SubtitleError):
    def __init__(self, content, formats):
        self.content = content
        self.formats = formats
        super().__init__(f"no single format for {len(content)} characters: {formats!r}")

class SubtitleError(Exception):
    pass


class FormatError(SubtitleError):
    def __init__(self, content, formats):
        self.content = content
        self.formats = formats
        super().__init__(content, formats)  # args rebuilds the error from both

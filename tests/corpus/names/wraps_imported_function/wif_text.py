def parse(text):
    return [field.strip() for field in text.split(",")]

def run(text):
    return text.strip()

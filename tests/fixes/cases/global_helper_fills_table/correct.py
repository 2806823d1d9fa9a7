if __name__ == "__main__":
    print([amount * 2 for amount in [10, 20]])

# runtime: fork=ok spawn=ok forkserver=ok
# summary: the same catalogue, but the task builder returns a partial of a static method with the zeropoint: nothing of the catalogue crosses
from fgo_stars import Butler, StarCatalogue

if __name__ == "__main__":
    catalogue = StarCatalogue({"zeropoint": 25.0}, Butler("/repo/main"))
    print(catalogue.compute([0.1, 0.2, 0.3, 0.4]))

# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle '_thread.lock' object
# summary: the catalogue's task builder returns a partial of its own bound method with the chunks; mapping it pickles the catalogue and the repository client it keeps, whose lock cannot be pickled (fgcm PR 51, reproduced blind)
from fgp_stars import Butler, StarCatalogue

if __name__ == "__main__":
    catalogue = StarCatalogue({"zeropoint": 25.0}, Butler("/repo/main"))
    print(catalogue.compute([0.1, 0.2, 0.3, 0.4]))

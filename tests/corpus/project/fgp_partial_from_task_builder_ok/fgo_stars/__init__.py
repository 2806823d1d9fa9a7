from fgo_stars.butler import Butler
from fgo_stars.catalogue import StarCatalogue

__all__ = ["Butler", "StarCatalogue"]

from fgp_stars.butler import Butler
from fgp_stars.catalogue import StarCatalogue

__all__ = ["Butler", "StarCatalogue"]

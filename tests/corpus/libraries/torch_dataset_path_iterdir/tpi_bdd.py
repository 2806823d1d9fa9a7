from tpi_autodrive import AutoDriveDataset


class BddDataset(AutoDriveDataset):
    def _get_db(self):
        return [len(p.name) for p in sorted(self.mask_root.iterdir())]

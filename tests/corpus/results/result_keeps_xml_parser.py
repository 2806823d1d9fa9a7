# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'xml.etree.ElementTree.XMLParser' object
# summary: a crawler's pool jobs return dataset objects that keep the ElementTree XMLParser they parsed with; getting the results fails because the parser cannot be pickled back (jupyterlab_thredds 16)
import multiprocessing
import xml.etree.ElementTree as ET

CATALOG = '<catalog><dataset name="bathy" urlPath="b.nc"/><dataset name="sst" urlPath="s.nc"/></catalog>'


class LeafDataset:
    def __init__(self, xml_text):
        self.parser = ET.XMLParser()
        self.parser.feed(xml_text)
        self.element = self.parser.close()
        self.name = self.element.get("name")


def make_leaf(xml_text):
    return LeafDataset(xml_text)


if __name__ == "__main__":
    leaves = [ET.tostring(d, encoding="unicode") for d in ET.fromstring(CATALOG).iter("dataset")]
    with multiprocessing.Pool(2) as pool:
        jobs = [pool.apply_async(make_leaf, (leaf,)) for leaf in leaves]  # [PKL007]
        print([job.get(timeout=30).name for job in jobs])

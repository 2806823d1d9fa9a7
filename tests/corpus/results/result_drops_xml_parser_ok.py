# runtime: fork=ok spawn=ok forkserver=ok
# summary: the dataset objects the pool jobs return parse with a local ElementTree XMLParser and keep only the element, which pickles
import multiprocessing
import xml.etree.ElementTree as ET

CATALOG = '<catalog><dataset name="bathy" urlPath="b.nc"/><dataset name="sst" urlPath="s.nc"/></catalog>'


class LeafDataset:
    def __init__(self, xml_text):
        parser = ET.XMLParser()
        parser.feed(xml_text)
        self.element = parser.close()
        self.name = self.element.get("name")


def make_leaf(xml_text):
    return LeafDataset(xml_text)


if __name__ == "__main__":
    leaves = [ET.tostring(d, encoding="unicode") for d in ET.fromstring(CATALOG).iter("dataset")]
    with multiprocessing.Pool(2) as pool:
        jobs = [pool.apply_async(make_leaf, (leaf,)) for leaf in leaves]
        print([job.get(timeout=30).name for job in jobs])

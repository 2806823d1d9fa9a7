from prc_pipeline import PipelineConfig


def build_config(n):
    def double(x):
        return 2 * x

    return PipelineConfig(src=list(range(n)), stages=[double])

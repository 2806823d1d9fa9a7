from prm_pipeline import PipelineConfig


def double(x):
    return 2 * x


def build_config(n):
    return PipelineConfig(src=list(range(n)), stages=[double])

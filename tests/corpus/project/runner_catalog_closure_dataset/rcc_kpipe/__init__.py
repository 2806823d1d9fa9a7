from .datasets import LambdaDataSet, lambda_data_set_factory
from .runner import ParallelRunner

__all__ = ["LambdaDataSet", "lambda_data_set_factory", "ParallelRunner"]

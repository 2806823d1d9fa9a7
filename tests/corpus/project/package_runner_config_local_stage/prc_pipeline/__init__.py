from .config import PipelineConfig
from .runner import run_in_subprocess

__all__ = ["PipelineConfig", "run_in_subprocess"]

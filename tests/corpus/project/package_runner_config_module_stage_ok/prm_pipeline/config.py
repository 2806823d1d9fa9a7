from dataclasses import dataclass, field
from typing import Callable, List


@dataclass
class PipelineConfig:
    src: list
    stages: List[Callable] = field(default_factory=list)
    buffer_size: int = 4

from gcm_agents.settings import config
from gcm_agents.agent import run_agent

__all__ = ["config", "run_agent"]

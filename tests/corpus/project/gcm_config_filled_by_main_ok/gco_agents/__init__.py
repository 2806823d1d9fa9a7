from gco_agents.settings import config, install
from gco_agents.agent import run_agent

__all__ = ["config", "install", "run_agent"]

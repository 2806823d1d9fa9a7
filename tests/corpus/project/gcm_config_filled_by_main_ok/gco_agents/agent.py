from gco_agents.settings import config


def run_agent(name):
    return f"{name}:{config['TRANSPORT']}:linger={config['LINGER']}"

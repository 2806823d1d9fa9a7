from wmo_logging._action import log_call, start_action

__all__ = ["log_call", "start_action"]

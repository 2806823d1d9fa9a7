from pwo_robot.scanner import Scanner

__all__ = ["Scanner"]

from pwk_robot.scanner import Scanner

__all__ = ["Scanner"]

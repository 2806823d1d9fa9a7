# runtime: fork=ok spawn=ok forkserver=ok
# error-contains: -
# summary: formatters loaded by dotted module name keep only the module path and import it where they run; a helper of another module sends the list to ProcessPoolExecutor.map through itertools.repeat
from frn_ext import load_formatters
from frn_jobs import format_all

SPEC = [("upper", "frn_ext.shout"), ("trim", "frn_ext.trim")]

if __name__ == "__main__":
    formatters = load_formatters(SPEC)
    print(format_all(formatters, ["  a  ", "b "]))

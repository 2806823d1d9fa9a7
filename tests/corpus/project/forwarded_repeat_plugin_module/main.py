# runtime: fork=error spawn=error forkserver=error
# error-contains: cannot pickle 'module' object
# summary: formatters loaded by dotted module name keep the imported module on self; a helper of another module sends the list to ProcessPoolExecutor.map through itertools.repeat
from frm_ext import load_formatters
from frm_jobs import format_all

SPEC = [("upper", "frm_ext.shout"), ("trim", "frm_ext.trim")]

if __name__ == "__main__":
    formatters = load_formatters(SPEC)
    print(format_all(formatters, ["  a  ", "b "]))  # [PKL005]

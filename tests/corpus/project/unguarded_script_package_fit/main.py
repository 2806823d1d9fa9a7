# runtime: fork=ok spawn=error forkserver=error
# error-contains: An attempt has been made to start a new process before the
# summary: pyLIMA 66's shape: a script with no main guard builds a model and calls the fitter's fit(), whose package module maps the population over a ProcessPoolExecutor; spawned and forkserver children re-run the script and try to start processes while bootstrapping
from ulf_lensfit import DEfit, PSPLModel

event = [(t, 1.0 + 0.5 / (1.0 + (t - 5.0) ** 2)) for t in range(10)]
model = PSPLModel(event)
fit = DEfit(model)
print("best", fit.fit())  # [PKL010]

"""`briefbot doctor`: checks that say what is wrong with a deployment and how to fix it."""

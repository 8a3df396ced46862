"""The domain: routines, the session engine and the rules around them. Plain Python, no Qt."""

"""A small valid routine file, for tests to break one piece at a time."""

VALID = """\
id = "test-feet"
title = "Test feet"
summary = "A short routine for tests."
area = "feet"
performer = "either"
precautions = ["Light pressure."]
sources = ["nccih-massage"]

[[blocks]]
sides = "both"

[[blocks.steps]]
id = "check"
title = "Check"
text = "Look at both feet."
text_caregiver = "Look at both their feet."
say = "Look at your feet."
say_caregiver = "Look at their feet."
seconds = 20
technique = "check"
pressure = "none"
illustration = { base = "foot-sole" }

[[blocks]]
sides = "right-left"

[[blocks.steps]]
id = "glide"
title = "Glide the {side} foot"
text = "Glide over your {side} foot."
text_caregiver = "Glide over their {side} foot."
say = "Glide over your {side} foot."
say_caregiver = "Glide over their {side} foot."
seconds = 60
pace = 10
technique = "glide"
pressure = "light"
illustration = { base = "foot-top", marks = [{ kind = "arrow", points = [[0.4, 0.4], [0.5, 0.9]] }] }

[[blocks.steps]]
id = "circles"
title = "Circles"
text = "Small circles."
text_caregiver = "Small circles on their sole."
say = "Small circles."
say_caregiver = "Small circles on their sole."
seconds = 30
technique = "circle"
pressure = "light"
illustration = { base = "foot-sole", marks = [{ kind = "circle", at = [0.5, 0.5] }] }
"""

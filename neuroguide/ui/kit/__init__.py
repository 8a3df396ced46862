"""What every page and dialog is built from: widgets, style, icons and pictures, the illustration,
charts, and words."""

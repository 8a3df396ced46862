"""What is printed or saved as a document: the clinician report, the about-me card, PDF."""

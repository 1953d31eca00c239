"""Other file formats in and out of the model (OpenJourney .ojf, CSV). No Qt here."""

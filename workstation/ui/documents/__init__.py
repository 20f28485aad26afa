"""Documents: the case's documents panel, preview, batches, verification, print settings."""

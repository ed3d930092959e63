"""deskmate's shared services: config, storage, jobs, the inference worker, the web shell."""

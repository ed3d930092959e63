"""The web shell: the FastAPI app every product mounts its pages and API on."""

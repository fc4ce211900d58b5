"""Payer profiles: how the insurance gateway talks to each payer (openIMIS FHIR REST, or an asynchronous national
exchange in the HCX/NHCX style). `config.load_profiles` builds them from the gateway's TOML file."""

// @apollo/gateway sends usage metrics to Apollo and probes cloud metadata addresses to describe the host unless this
// is set. The platform talks to nothing it was not configured to talk to.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

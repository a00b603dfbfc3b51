#!/bin/sh
# Maps the environment the Helm chart sets (helm/screening/templates/console-deployment.yaml)
# onto the console's command-line options; extra options arrive as arguments ("$@").
# CONSOLE_DB_USER and CONSOLE_DB_PASSWORD are read by the console itself.
set -eu
set -- --bind 0.0.0.0 --port "${CONSOLE_PORT:-8080}" "$@"
if [ -n "${CONSOLE_DB_URL:-}" ]; then
  set -- --jdbc-url "$CONSOLE_DB_URL" "$@"
fi
if [ -n "${CONSOLE_KAFKA_BOOTSTRAP_SERVERS:-}" ]; then
  set -- --kafka "$CONSOLE_KAFKA_BOOTSTRAP_SERVERS" "$@"
fi
if [ -n "${CONSOLE_KAFKA_GROUP_ID:-}" ]; then
  set -- --group-id "$CONSOLE_KAFKA_GROUP_ID" "$@"
fi
exec java ${JAVA_OPTS:-} -cp '/opt/console/lib/*' dev.moneytrail.console.ConsoleCommand "$@"

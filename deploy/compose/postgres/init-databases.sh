#!/usr/bin/env bash
# Runs once, on the first start of an empty data folder: creates the role the services sign in
# with and one database per service that owns data (policy, challenge), owned by that role.
set -euo pipefail
password=$(cat "${TWOFA_PASSWORD_FILE:?TWOFA_PASSWORD_FILE names the twofa role password file}")

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set=twofa_password="$password" <<'SQL'
CREATE ROLE twofa LOGIN PASSWORD :'twofa_password';
CREATE DATABASE policy OWNER twofa;
CREATE DATABASE challenge OWNER twofa;
REVOKE ALL ON DATABASE policy FROM PUBLIC;
REVOKE ALL ON DATABASE challenge FROM PUBLIC;
SQL

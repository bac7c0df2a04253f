#!/usr/bin/env bash
# Makes the keys and passwords that docker-compose.yml reads, in deploy/compose/secrets (or the
# folder given as the first argument). None of them is ever committed. A file that exists is
# kept, so running this again never changes a key under data that was sealed with it.
#
#   keys/private.pem, keys/public.pem   RS256 pair: the services verify tokens with the public
#                                       half; bin/token signs with the private half
#   postgres-superuser-password         the PostgreSQL container's superuser
#   twofa-database-password             the role the services sign in with
#   code-transport.key                  AES-256 key sealing codes from challenge to notification
#   totp-encryption.key                 AES-256 key sealing TOTP secrets at rest
#   <service>.env                       each service's secrets as environment variables
#
# Files mounted into containers as compose secrets are readable by all (the containers run as
# their own users and compose mounts the file as it is); the folder itself is private.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
folder=${1:-$here/secrets}
key_id=compose-1

umask 077
mkdir -p "$folder/keys"
chmod 700 "$folder"
cd "$folder"

random_base64() { head -c "$1" /dev/urandom | base64 | tr -d '\n'; }
random_word() { head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | cut -c "1-$1"; }
random_hex() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }

# Writes standard input to FILE with MODE unless FILE exists.
create() {
    local file=$1 mode=$2 content
    content=$(cat)
    [ -e "$file" ] && return 0
    printf '%s\n' "$content" >"$file"
    chmod "$mode" "$file"
    echo "created $folder/$file"
}

if [ ! -e keys/private.pem ]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out keys/private.pem 2>/dev/null
    chmod 600 keys/private.pem
    echo "created $folder/keys/private.pem"
fi
openssl pkey -in keys/private.pem -pubout | create keys/public.pem 644

random_word 32 | create postgres-superuser-password 644
random_word 32 | create twofa-database-password 644
random_base64 32 | create code-transport.key 600
random_base64 32 | create totp-encryption.key 600

database_password=$(cat twofa-database-password)
code_transport_key=$(cat code-transport.key)

create policy-service.env 600 <<ENV
POSTGRES_PASSWORD=$database_password
ENV

create challenge-service.env 600 <<ENV
POSTGRES_PASSWORD=$database_password
CODE_TRANSPORT_KEY_ID=$key_id
CODE_TRANSPORT_KEY=$code_transport_key
TOTP_ENCRYPTION_KEY_ID=$key_id
TOTP_ENCRYPTION_KEY=$(cat totp-encryption.key)
ENV

create notification-service.env 600 <<ENV
CODE_TRANSPORT_KEY_ID=$key_id
CODE_TRANSPORT_KEY=$code_transport_key
SMS_ACCOUNT_SID=AC$(random_hex 16)
SMS_AUTH_TOKEN=$(random_hex 16)
SMTP_USERNAME=notification-service
SMTP_PASSWORD=$(random_word 24)
ENV

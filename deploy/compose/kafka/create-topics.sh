#!/usr/bin/env bash
# Creates the system's topics on the compose broker, once; a topic that exists is left as it is.
# The settings are those of the KafkaTopic resources in deploy/k8s/topics on a single broker
# (deploy/k8s/overlays/dev/topics), and a test keeps the two in step.
set -euo pipefail
bootstrap=${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}

create_topic() {
    local name=$1 partitions=$2 setting
    local settings=()
    shift 2
    for setting in "$@"; do
        settings+=(--config "$setting")
    done
    /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
        --topic "$name" --partitions "$partitions" --replication-factor 1 "${settings[@]}"
}

create_topic practice-two-factor-settings 12 min.insync.replicas=1 cleanup.policy=compact \
    min.compaction.lag.ms=3600000 segment.ms=86400000
create_topic practice-memberships 12 min.insync.replicas=1 cleanup.policy=compact \
    min.compaction.lag.ms=3600000 segment.ms=86400000
create_topic otp-deliveries 12 min.insync.replicas=1 cleanup.policy=delete \
    retention.ms=900000 segment.ms=300000
create_topic otp-deliveries-dead-letter 12 min.insync.replicas=1 cleanup.policy=delete \
    retention.ms=259200000
create_topic notification-outcomes 12 min.insync.replicas=1 cleanup.policy=delete \
    retention.ms=604800000
create_topic two-factor-security-events 12 min.insync.replicas=1 cleanup.policy=delete \
    retention.ms=34560000000

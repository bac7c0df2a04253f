package dev.practice2fa.policy.outbox;

/** An event read from the outbox, ready to publish. */
record PendingMessage(long id, String topic, String key, String payload) {
    /** Never the payload: it may carry contact details. */
    @Override
    public String toString() {
        return "PendingMessage[" + id + " on " + topic + "]";
    }
}

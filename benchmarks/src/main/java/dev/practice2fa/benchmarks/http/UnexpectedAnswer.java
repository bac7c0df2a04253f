package dev.practice2fa.benchmarks.http;

/** A service answered something other than what the harness asked for. */
public final class UnexpectedAnswer extends RuntimeException {
    private final int status;

    public UnexpectedAnswer(String request, int status) {
        super(request + " answered " + status);
        this.status = status;
    }

    public UnexpectedAnswer(String request, int status, String what) {
        super(request + " answered " + status + " with " + what);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** True when the path or method does not exist (yet) on the service. */
    public boolean endpointMissing() {
        return status == 404 || status == 405 || status == 501;
    }
}

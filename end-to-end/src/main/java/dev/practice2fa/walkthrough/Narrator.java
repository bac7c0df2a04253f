package dev.practice2fa.walkthrough;

import java.io.PrintStream;

/** Tells the story as a person would follow it: numbered steps, then what happened in each. */
public final class Narrator {
    private final PrintStream out;

    public Narrator(PrintStream out) {
        this.out = out;
    }

    void step(int number, String title) {
        out.println();
        out.printf("%d. %s%n", number, title);
    }

    void ok(String what) {
        out.println("   ✓ " + what);
    }

    void note(String what) {
        out.println("     (" + what + ")");
    }
}

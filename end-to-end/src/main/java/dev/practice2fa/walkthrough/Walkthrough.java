package dev.practice2fa.walkthrough;

import java.security.SecureRandom;

/**
 * Walks a practice through mandatory two-factor sign-in against the running system and prints
 * each step as a person would follow it. Every run uses new practice and user ids, so it can be
 * told as often as wanted against the same servers.
 */
public final class Walkthrough {
    private Walkthrough() {
    }

    public static void main(String[] args) {
        Narrator narrator = new Narrator(System.out);
        try {
            new PracticeStory(Endpoints.fromEnvironment(), narrator, newRunId()).tell();
            System.out.println();
            System.out.println("Every step succeeded.");
        } catch (JourneyFailure failure) {
            System.out.println();
            System.out.println("   ✗ " + failure.getMessage());
            System.exit(1);
        }
    }

    /** Six lowercase letters and digits: short enough to read, unique enough for a local run. */
    static String newRunId() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }
}

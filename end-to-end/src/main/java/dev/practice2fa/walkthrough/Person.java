package dev.practice2fa.walkthrough;

/** Someone in the story: a user id, a display name and the account's email address. */
record Person(String userId, String name, String email) {
    /** A person whose ids are unique to this run, so that the story can be told again and again. */
    static Person of(String firstName, String title, String run) {
        String handle = firstName.toLowerCase();
        return new Person(handle + "-" + run, title + " " + firstName, handle + "." + run + "@harbour.example");
    }
}

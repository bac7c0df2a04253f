package dev.practice2fa.walkthrough;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * An authenticator app on a phone, played by two independent programs: {@code zbarimg} scans
 * the enrolment QR code and {@code oathtool} computes codes from the secret it carries. Nothing
 * of the service's own TOTP code is used, so a mistake there cannot hide itself.
 */
final class PhoneApp {
    private static final int STEP_SECONDS = 30;

    private final Narrator narrator;
    private String secret;
    private long lastStepUsed = -1;

    PhoneApp(Narrator narrator) {
        this.narrator = narrator;
    }

    /** Scans a QR code given as PNG bytes (or a data URI) and keeps the secret it holds. */
    String scan(String qrCode) {
        String base64 = qrCode.startsWith("data:") ? qrCode.substring(qrCode.indexOf(',') + 1) : qrCode;
        try {
            Path image = Files.createTempFile("enrolment-qr", ".png");
            try {
                Files.write(image, Base64.getDecoder().decode(base64));
                String uri = run("zbarimg", "-q", "--raw", image.toString()).trim();
                secret = queryParameter(URI.create(uri), "secret");
                return uri;
            } finally {
                Files.deleteIfExists(image);
            }
        } catch (IOException e) {
            throw new JourneyFailure("The QR code could not be scanned: " + e.getMessage());
        }
    }

    /**
     * The code the app shows now; if that time step was already used, waits for the next one,
     * as a person waits for the app to show a fresh code.
     */
    String freshCode() {
        long step = Instant.now().getEpochSecond() / STEP_SECONDS;
        if (step <= lastStepUsed) {
            long wait = (lastStepUsed + 1) * STEP_SECONDS - Instant.now().getEpochSecond();
            narrator.note("waiting " + wait + " s for the app's next code");
            Pause.sleep(Duration.ofSeconds(wait));
            step = lastStepUsed + 1;
        }
        lastStepUsed = step;
        return run("oathtool", "--totp", "-b", "-N", "@" + step * STEP_SECONDS, secret).trim();
    }

    /** The code the app showed for the step already used: what a replaying attacker would send. */
    String lastCode() {
        return run("oathtool", "--totp", "-b", "-N", "@" + lastStepUsed * STEP_SECONDS, secret).trim();
    }

    private static String queryParameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        throw new JourneyFailure("The scanned URI has no " + name + ": " + uri);
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(20, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new JourneyFailure(command[0] + " failed");
            }
            return output;
        } catch (IOException e) {
            throw new JourneyFailure(command[0] + " is not installed (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyFailure("interrupted");
        }
    }
}

package dev.practice2fa.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RS256 key pair of the local stack: the services verify bearer tokens with its public
 * half, and {@link TokenMinter} signs them with its private half. It is made on first use and
 * lives only in the stack's state folder, so no private key is ever part of the repository.
 */
public final class LocalKeyPair {
    static final String PUBLIC_KEY_FILE = "public.pem";
    static final String PRIVATE_KEY_FILE = "private.pem";

    private final Path folder;

    public LocalKeyPair(Path folder) {
        this.folder = folder;
    }

    /** Creates the pair unless it already exists; an existing pair is never replaced. */
    public void ensureExists() throws IOException, GeneralSecurityException {
        if (Files.exists(folder.resolve(PRIVATE_KEY_FILE))) {
            return;
        }
        Files.createDirectories(folder);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();

        writePem(folder.resolve(PUBLIC_KEY_FILE), "PUBLIC KEY", pair.getPublic().getEncoded());
        Path privateKey = folder.resolve(PRIVATE_KEY_FILE);
        writePem(privateKey, "PRIVATE KEY", pair.getPrivate().getEncoded());
        Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
    }

    public Path publicKeyFile() {
        return folder.resolve(PUBLIC_KEY_FILE);
    }

    public PrivateKey privateKey() throws IOException, GeneralSecurityException {
        String pem = Files.readString(folder.resolve(PRIVATE_KEY_FILE));
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static void writePem(Path file, String label, byte[] der) throws IOException {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        Files.writeString(file, "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n");
    }

    /** Command line: {@code LocalKeyPair FOLDER} creates the pair in FOLDER if missing. */
    public static void main(String[] args) throws Exception {
        new LocalKeyPair(Path.of(args[0])).ensureExists();
    }
}

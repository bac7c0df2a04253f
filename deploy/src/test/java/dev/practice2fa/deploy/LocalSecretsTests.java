package dev.practice2fa.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/compose/generate-local-secrets.sh, run for real into a scratch folder. */
class LocalSecretsTests {
    private static final String SECRETS = "./deploy/compose/secrets/";

    @TempDir
    static Path scratch;
    private static Path folder;

    @BeforeAll
    static void generate() throws Exception {
        folder = scratch.resolve("secrets");
        run(folder);
    }

    @Test
    void createsEveryFileDockerComposeReads() {
        ComposeFile compose = ComposeFile.load();
        Yaml.map(compose.root().get("secrets")).values().forEach(secret ->
                assertThat(generated(Yaml.text(Yaml.map(secret), "file"))).isRegularFile());
        compose.services().keySet().forEach(service -> compose.envFiles(service).forEach(file ->
                assertThat(EnvFile.names(generated(file)))
                        .as(file)
                        .containsExactlyElementsOf(EnvFile.names(
                                Repository.path(file + ".example")))));
    }

    @Test
    void keysAreThirtyTwoRandomBytesSharedWhereTheServicesMustAgree() {
        Map<String, String> challenge = EnvFile.read(folder.resolve("challenge-service.env"));
        Map<String, String> notification =
                EnvFile.read(folder.resolve("notification-service.env"));

        for (String key : new String[] {"CODE_TRANSPORT_KEY", "TOTP_ENCRYPTION_KEY"}) {
            assertThat(Base64.getDecoder().decode(challenge.get(key))).as(key).hasSize(32);
        }
        assertThat(challenge.get("CODE_TRANSPORT_KEY"))
                .isNotEqualTo(challenge.get("TOTP_ENCRYPTION_KEY"))
                .isEqualTo(notification.get("CODE_TRANSPORT_KEY"));
        assertThat(challenge.get("CODE_TRANSPORT_KEY_ID"))
                .isEqualTo(notification.get("CODE_TRANSPORT_KEY_ID"));
        assertThat(challenge.get("POSTGRES_PASSWORD"))
                .hasSizeGreaterThanOrEqualTo(24)
                .isEqualTo(Repository.read(folder.resolve("twofa-database-password")).strip())
                .isEqualTo(EnvFile.read(folder.resolve("policy-service.env"))
                        .get("POSTGRES_PASSWORD"));
    }

    @Test
    void tokenKeyPairSignsAndVerifiesAsRs256() throws Exception {
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        PrivateKey privateKey = rsa.generatePrivate(new PKCS8EncodedKeySpec(
                pem(folder.resolve("keys/private.pem"))));
        PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(
                pem(folder.resolve("keys/public.pem"))));
        byte[] message = "header.payload".getBytes(StandardCharsets.UTF_8);

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(message);

        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void onlyWhatContainersMountIsReadableByOthers() throws Exception {
        assertThat(permissions(folder)).isEqualTo("rwx------");
        assertThat(permissions(folder.resolve("keys/private.pem"))).isEqualTo("rw-------");
        assertThat(permissions(folder.resolve("keys/public.pem"))).isEqualTo("rw-r--r--");
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.toString().endsWith(".env"))
                    .forEach(file -> assertThat(permissions(file)).as(file.toString())
                            .isEqualTo("rw-------"));
        }
    }

    @Test
    void runningAgainChangesNothing() throws Exception {
        Map<Path, String> before = contents(folder);

        run(folder);

        assertThat(contents(folder)).isEqualTo(before);
    }

    private static Path generated(String composePath) {
        assertThat(composePath).startsWith(SECRETS);
        return folder.resolve(composePath.substring(SECRETS.length()));
    }

    private static void run(Path target) throws Exception {
        Process process = new ProcessBuilder("bash",
                Repository.path("deploy/compose/generate-local-secrets.sh").toString(),
                target.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    private static byte[] pem(Path file) {
        String body = Repository.read(file).replaceAll("-----[A-Z ]+-----", "")
                .replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static String permissions(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<Path, String> contents(Path root) throws IOException {
        Map<Path, String> contents = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> contents.put(file, Repository.read(file)));
        }
        return contents;
    }
}

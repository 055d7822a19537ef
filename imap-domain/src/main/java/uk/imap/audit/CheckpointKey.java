package uk.imap.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The Ed25519 key that signs audit checkpoints (R19), read from PEM files that are never in the database: the
 * private key in PKCS#8 ({@code openssl genpkey -algorithm ed25519}) and the public key beside it with ".pub"
 * added ({@code openssl pkey -pubout}). When neither exists, a key pair is made once, readable by its owner only.
 */
public final class CheckpointKey {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private CheckpointKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The key at {@code privateFile}, made there first if it does not exist yet. */
    public static CheckpointKey at(Path privateFile) throws IOException, GeneralSecurityException {
        Path publicFile = publicFileOf(privateFile);
        if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
            make(privateFile, publicFile);
        }
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pem(privateFile, "PRIVATE KEY")));
        return new CheckpointKey(privateKey, publicKey(publicFile));
    }

    /** A public key alone, for verifying checkpoints where the private key must not be. */
    public static PublicKey publicKey(Path publicFile) throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(pem(publicFile, "PUBLIC KEY")));
    }

    public static Path publicFileOf(Path privateFile) {
        return privateFile.resolveSibling(privateFile.getFileName() + ".pub");
    }

    private static void make(Path privateFile, Path publicFile) throws IOException, GeneralSecurityException {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.createDirectories(privateFile.toAbsolutePath().getParent());
        Files.writeString(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] pem(Path file, String label) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        int begin = text.indexOf("-----BEGIN " + label + "-----");
        int end = text.indexOf("-----END " + label + "-----");
        if (begin < 0 || end < begin) {
            throw new IOException(file.getFileName() + " holds no PEM " + label);
        }
        String body = text.substring(begin + label.length() + 16, end);
        return Base64.getMimeDecoder().decode(body);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }
}

package uk.imap.signing;

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
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * A key pair that signs what IMAP vouches for (audit checkpoints, R19, with Ed25519; access tokens with EC P-256),
 * read from PEM files that are never in the database: the private key in PKCS#8 ({@code openssl genpkey}) and the
 * public key beside it with ".pub" added ({@code openssl pkey -pubout}). When neither exists, a key pair is made
 * once, readable by its owner only.
 */
public final class SigningKeyPair {

    /** The kinds of key IMAP signs with. */
    public enum Algorithm {
        ED25519("Ed25519", null),
        EC_P256("EC", "secp256r1");

        final String keyFactory;
        final String curve;

        Algorithm(String keyFactory, String curve) {
            this.keyFactory = keyFactory;
            this.curve = curve;
        }
    }

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SigningKeyPair(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** The Ed25519 key at {@code privateFile}, made there first if it does not exist yet. */
    public static SigningKeyPair at(Path privateFile) throws IOException, GeneralSecurityException {
        return at(privateFile, Algorithm.ED25519);
    }

    /** The key of this algorithm at {@code privateFile}, made there first if it does not exist yet. */
    public static SigningKeyPair at(Path privateFile, Algorithm algorithm)
            throws IOException, GeneralSecurityException {
        Path publicFile = publicFileOf(privateFile);
        if (!Files.exists(privateFile) && !Files.exists(publicFile)) {
            make(privateFile, publicFile, algorithm);
        }
        KeyFactory factory = KeyFactory.getInstance(algorithm.keyFactory);
        PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(pem(privateFile, "PRIVATE KEY")));
        return new SigningKeyPair(privateKey, publicKey(publicFile, algorithm));
    }

    /** A public Ed25519 key alone, for verifying checkpoints where the private key must not be. */
    public static PublicKey publicKey(Path publicFile) throws IOException, GeneralSecurityException {
        return publicKey(publicFile, Algorithm.ED25519);
    }

    private static PublicKey publicKey(Path publicFile, Algorithm algorithm)
            throws IOException, GeneralSecurityException {
        return KeyFactory.getInstance(algorithm.keyFactory)
                .generatePublic(new X509EncodedKeySpec(pem(publicFile, "PUBLIC KEY")));
    }

    public static Path publicFileOf(Path privateFile) {
        return privateFile.resolveSibling(privateFile.getFileName() + ".pub");
    }

    private static void make(Path privateFile, Path publicFile, Algorithm algorithm)
            throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyFactory);
        if (algorithm.curve != null) {
            generator.initialize(new ECGenParameterSpec(algorithm.curve));
        }
        KeyPair pair = generator.generateKeyPair();
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

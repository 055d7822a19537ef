package uk.imap.access.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import uk.imap.access.AccessToken;
import uk.imap.signing.SigningKeyPair;

/**
 * Signs IMAP's own access tokens (ES256 JWTs, with a key pair kept beside the audit checkpoint key and shared by
 * servers that share that folder) and checks tokens sent with API calls: IMAP's own, or, when configured, the
 * council's identity provider's (Microsoft Entra ID, Keycloak: its issuer, its published keys, the audience and the
 * claim that holds the account name). Checking costs a signature verification the first time a token is seen
 * (and every few minutes after), never a password hash.
 */
@ApplicationScoped
public class BearerTokens {

    /** What a token check found: the account it names, or why it was refused (and the name it claimed, if any). */
    public record Check(String username, String refusal, String claimedName) {

        public static Check accepted(String username) {
            return new Check(username, null, username);
        }

        public static Check refused(String why, String claimedName) {
            return new Check(null, why, claimedName);
        }

        public boolean accepted() {
            return username != null;
        }
    }

    private final Clock clock = Clock.systemUTC();
    private final Map<CouncilProvider, ConfigurableJWTProcessor<SecurityContext>> councilProcessors =
            new ConcurrentHashMap<>();
    private final VerifiedTokens verified = new VerifiedTokens(10_000);
    private Path keyFile;
    private volatile Signing signing;

    private record Signing(ECDSASigner signer, ConfigurableJWTProcessor<SecurityContext> processor) {
    }

    /** The council's identity provider as configured now; read at each check, so a change needs no restart. */
    private record CouncilProvider(String issuer, String keysUrl, String audience, String nameClaim) {

        static CouncilProvider configured() {
            String issuer = setting("imap.tokens.council.issuer", "IMAP_TOKENS_COUNCIL_ISSUER", null);
            String keys = setting("imap.tokens.council.jwks-url", "IMAP_TOKENS_COUNCIL_JWKS_URL", null);
            if (issuer == null || keys == null) {
                return null;
            }
            return new CouncilProvider(issuer, keys,
                    setting("imap.tokens.council.audience", "IMAP_TOKENS_COUNCIL_AUDIENCE", AccessToken.AUDIENCE),
                    setting("imap.tokens.council.name-claim", "IMAP_TOKENS_COUNCIL_NAME_CLAIM", "preferred_username"));
        }
    }

    @PostConstruct
    void configure() {
        Path data = Path.of(System.getProperty("imap.data.dir", System.getProperty("jboss.server.data.dir", ".")),
                "imap-tokens");
        String configured = setting("imap.tokens.key", "IMAP_TOKENS_KEY", null);
        keyFile = configured != null ? Path.of(configured) : data.resolve("token-key.pem");
    }

    /** IMAP's own issuer name, in each token it signs. */
    public static String ownIssuer() {
        return setting("imap.tokens.issuer", "IMAP_TOKENS_ISSUER", "imap");
    }

    /** A new token for this account, valid for {@link AccessToken#LIFETIME}. */
    public AccessToken issue(String username) {
        Instant now = clock.instant();
        Instant expires = now.plus(AccessToken.LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ownIssuer()).subject(username)
                .audience(AccessToken.AUDIENCE).issueTime(Date.from(now)).expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            token.sign(signing().signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("An access token cannot be signed", e);
        }
        return new AccessToken(token.serialize(), expires);
    }

    /** Whether this token is good now, and for which account. */
    public Check check(String token) {
        Instant now = clock.instant();
        CouncilProvider council = CouncilProvider.configured();
        Optional<VerifiedTokens.Verified> known = verified.recall(token, now);
        if (known.isPresent() && trusts(known.get().issuer(), council)) {
            return Check.accepted(known.get().username());
        }
        String issuer;
        String claimedName;
        try {
            JWTClaimsSet unverified = SignedJWT.parse(token).getJWTClaimsSet();
            issuer = unverified.getIssuer();
            claimedName = unverified.getSubject();
        } catch (ParseException notAToken) {
            return Check.refused("not a signed token", null);
        }
        try {
            if (ownIssuer().equals(issuer)) {
                JWTClaimsSet claims = signing().processor().process(token, null);
                return accepted(token, claims.getSubject(), claims, now);
            }
            if (council != null && council.issuer().equals(issuer)) {
                JWTClaimsSet claims = councilProcessors.computeIfAbsent(council, BearerTokens::processorFor)
                        .process(token, null);
                String name = claims.getStringClaim(council.nameClaim());
                return name == null || name.isBlank() ? Check.refused("no " + council.nameClaim() + " claim", null)
                        : accepted(token, name, claims, now);
            }
            return Check.refused("issuer not trusted", claimedName);
        } catch (BadJOSEException e) {
            return Check.refused(e.getMessage(), claimedName);
        } catch (ParseException | JOSEException e) {
            return Check.refused("unreadable: " + e.getMessage(), claimedName);
        }
    }

    private static boolean trusts(String issuer, CouncilProvider council) {
        return ownIssuer().equals(issuer) || council != null && council.issuer().equals(issuer);
    }

    private Check accepted(String token, String username, JWTClaimsSet claims, Instant now) {
        verified.remember(token, username, claims.getIssuer(), claims.getExpirationTime().toInstant(), now);
        return Check.accepted(username);
    }

    private Signing signing() {
        if (signing == null) {
            synchronized (this) {
                if (signing == null) {
                    try {
                        SigningKeyPair pair = SigningKeyPair.at(keyFile, SigningKeyPair.Algorithm.EC_P256);
                        ECKey key = new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.publicKey()).build();
                        signing = new Signing(new ECDSASigner((ECPrivateKey) pair.privateKey()),
                                processor(Set.of(JWSAlgorithm.ES256), new ImmutableJWKSet<>(new JWKSet(key)),
                                        ownIssuer(), AccessToken.AUDIENCE));
                    } catch (IOException | GeneralSecurityException | JOSEException e) {
                        throw new IllegalStateException("The access token key cannot be read: " + e.getMessage(), e);
                    }
                }
            }
        }
        return signing;
    }

    private static ConfigurableJWTProcessor<SecurityContext> processorFor(CouncilProvider council) {
        try {
            return processor(Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256),
                    JWKSourceBuilder.create(URI.create(council.keysUrl()).toURL()).retrying(true).build(),
                    council.issuer(), council.audience());
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("imap.tokens.council.jwks-url is not a URL: " + council.keysUrl(), e);
        }
    }

    // Signature, issuer, audience, expiry and not-before are all checked; a token without an expiry is refused.
    private static ConfigurableJWTProcessor<SecurityContext> processor(
            Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys,
            String issuer, String audience) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp", "iat")));
        return processor;
    }

    private static String setting(String property, String environment, String otherwise) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null || value.isBlank() ? otherwise : value;
    }
}

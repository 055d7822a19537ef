package uk.imap.benchmark;

import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * The data generator (issue 16): fills the database the server uses with a council's hub, through the REST API, from
 * a fixed seed, then verifies the audit chain. The server is the one the integration tests start (H2 by default,
 * PostgreSQL with {@code -Ppostgresql}); its database keeps what was made for the benchmarks that follow.
 *
 * <pre>
 * mvn verify -pl imap-ear -am -Pbenchmark,postgresql -Dit.test=CouncilDataGenerator \
 *     -Dimap.generate.scale=1 -Dimap.generate.seed=2026 -Dimap.generate.threads=8
 * </pre>
 *
 * Scale 1 is 100,000 enquiries and 2,000 accounts; 0.01 is 1,000 enquiries and 21 accounts, for a first look.
 * {@code -Dimap.generate.enquiries=N} sets the number of enquiries apart from the scale (0 for accounts alone);
 * {@code -Dimap.generate.from=N} continues a run that stopped after making N enquiries.
 */
class CouncilDataGenerator extends OverTheApi {

    static final double SCALE = Double.parseDouble(System.getProperty("imap.generate.scale", "1"));
    static final long SEED = Long.getLong("imap.generate.seed", 2026);
    static final Integer ENQUIRIES = Integer.getInteger("imap.generate.enquiries");
    static final int THREADS = Integer.getInteger("imap.generate.threads", 8);
    // A run that stopped is continued from the number of enquiries it made (see CouncilData.make).
    static final int FROM = Integer.getInteger("imap.generate.from", 0);
    // The generated accounts' password: the demo one unless given, for a server that has the demo accounts.
    static final String GENERATED_PASSWORD = System.getProperty("imap.generate.password", PASSWORD);

    @Test
    void generate() throws Exception {
        CouncilPlan plan = ENQUIRIES == null ? CouncilPlan.of(SEED, SCALE) : new CouncilPlan(SEED, SCALE, ENQUIRIES);
        CouncilData.Made made = new CouncilData(api, plan, GENERATED_PASSWORD)
                .make("admin.eve", PASSWORD, THREADS, FROM);
        long started = System.nanoTime();
        Api.Answer verified = api.get("audit/verification", "audit.max", PASSWORD);
        System.out.printf("CouncilData: audit chain %s in %.1f s: %s%n", verified.status() == 200 ? "checked"
                : "not checked", (System.nanoTime() - started) / 1e9, verified.raw().body());
        System.out.printf("CouncilData: %,.0f calls a second over the whole run%n", made.calls() / made.seconds());
    }
}

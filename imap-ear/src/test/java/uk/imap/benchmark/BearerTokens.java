package uk.imap.benchmark;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.imap.Api;

/**
 * Partner systems' way in, for the generator and the benchmarks: a bearer token per account, asked for once with HTTP
 * Basic (one password check) and again two minutes before it expires.
 */
final class BearerTokens {

    private record Held(String header, long renewAt) {
    }

    private final Api api;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Map<String, Object> renewing = new ConcurrentHashMap<>();

    BearerTokens(Api api) {
        this.api = api;
    }

    /** The {@code Authorization} header value for the account. */
    String header(String account, String password) throws Exception {
        Held current = held.get(account);
        if (current != null && System.nanoTime() < current.renewAt()) {
            return current.header();
        }
        // One renewal an account: threads that find the same token old would each pay a password check for it.
        synchronized (renewing.computeIfAbsent(account, name -> new Object())) {
            current = held.get(account);
            if (current != null && System.nanoTime() < current.renewAt()) {
                return current.header();
            }
            return issued(account, password);
        }
    }

    private String issued(String account, String password) throws Exception {
        Api.Answer issued = api.post("tokens", account, password, "");
        for (int retry = 0; issued.status() == 503 && retry < 10; retry++) {
            Thread.sleep(1_000); // as Retry-After asks: the account's password checks were all under way
            issued = api.post("tokens", account, password, "");
        }
        if (issued.status() != 201) {
            throw new IllegalStateException("POST tokens as " + account + ": " + issued.status() + " "
                    + issued.raw().body());
        }
        JsonObject token = issued.json();
        Held fresh = new Held("Bearer " + token.getString("accessToken"),
                System.nanoTime() + (token.getInt("expiresIn") - 120) * 1_000_000_000L);
        held.put(account, fresh);
        return fresh.header();
    }
}
